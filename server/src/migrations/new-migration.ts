// `npm run migration:new -- <name>`: a migration from the difference between the ledger
// declarations and the last migrated state (ledger-tables.snapshot.json).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { LEDGERS } from '../modules/index.js';
import { writeMigration } from './generate.js';

const USAGE =
  "usage: npm run migration:new -- <kebab-case-name>   (a migration from the ledger declarations' difference to the last migrated state)";
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const name = args[0];
if (!name || args.length > 1 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    `${name && name.startsWith('-') ? `unknown argument "${name}"` : 'give one kebab-case name'}\n${USAGE}`,
  );
  process.exit(2);
}
const out = writeMigration(path.resolve('server/src/migrations'), name, LEDGERS);
if (!out) console.log('the declarations match the last migration; nothing to write');
else {
  // written as the rest of the code is formatted (Prettier is a development tool, as this script is)
  const prettier = await import('prettier');
  for (const f of out.written) {
    const options = await prettier.resolveConfig(f);
    fs.writeFileSync(f, await prettier.format(fs.readFileSync(f, 'utf8'), { ...options, filepath: f }));
  }
  console.log(
    `wrote ${path.relative(process.cwd(), out.file)} (${out.steps.map((s) => s.op).join(', ')}) and moved the snapshot forward`,
  );
}
