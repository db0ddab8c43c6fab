import { Foundation1764000000001 } from './0001-foundation.js';

/** Every migration, in order; the same ones run on SQLite and MySQL. */
export const migrations = [Foundation1764000000001];
