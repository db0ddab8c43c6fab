import { Foundation1764000000001 } from './0001-foundation.js';
import { AfterSalesLoop1764000000002 } from './0002-after-sales-loop.js';

/** Every migration, in order; the same ones run on SQLite and MySQL. */
export const migrations = [Foundation1764000000001, AfterSalesLoop1764000000002];
