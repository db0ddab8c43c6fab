// `npm run migration:new -- <name>`: a migration from the difference between the ledger
// declarations and the last migrated state (ledger-tables.snapshot.json).
import 'reflect-metadata';
import path from 'node:path';
import { LEDGERS } from '../modules/index.js';
import { writeMigration } from './generate.js';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run migration:new -- <kebab-case-name>');
  process.exit(1);
}
const out = writeMigration(path.resolve('server/src/migrations'), name, LEDGERS);
if (!out) console.log('the declarations match the last migration; nothing to write');
else console.log(`wrote ${path.relative(process.cwd(), out.file)} (${out.steps.map((s) => s.op).join(', ')}) and moved the snapshot forward`);
