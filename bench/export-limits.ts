// Measure 5's physical limit: the database's own command-line client dumping the same columns and joins as an
// export (every stored column, each reference's key), streaming to a pipe; and the rows a file actually holds.
import { spawn } from 'node:child_process';
import { refOf, storageField } from '../server/src/core/ledger/schema/define-ledger.js';
import type { LedgerDef } from '../server/src/core/ledger/schema/ledger.types.js';
import { storedColumns } from '../server/src/core/ledger/query/ledger-store.js';
import { sqliteFileOf, type BenchDb } from '../seeds/scale-target.js';

/** The export's columns and joins as one statement: the live rows, every stored column, each reference's key. */
export function dumpSql(ledger: LedgerDef): string {
  const refs = ledger.columns.filter((c) => c.type === 'ref');
  const cols = [
    ...storedColumns(ledger).map((c) => `t.\`${c.field}\``),
    ...refs.map((c, i) => `r${i}.\`${refOf(c).key}\``),
  ];
  const joins = refs.map(
    (c, i) => `LEFT JOIN \`${refOf(c).ledger().table}\` r${i} ON r${i}.\`id\` = t.\`${storageField(c)}\``,
  );
  return `SELECT ${cols.join(', ')} FROM \`${ledger.table}\` t ${joins.join(' ')} WHERE t.\`voidedAt\` IS NULL ORDER BY t.\`id\``;
}

/** Runs the dump through `mysql --batch --quick` (or `sqlite3`) into a pipe; answers the data rows it wrote and the seconds. */
export async function rawDump(db: BenchDb, ledger: LedgerDef): Promise<{ rows: number; secs: number }> {
  const sql = dumpSql(ledger);
  let cmd: string;
  let args: string[];
  if (db.url) {
    const u = new URL(db.url);
    cmd = 'mysql';
    args = [
      '--batch',
      '--quick',
      '--skip-column-names',
      '--default-character-set=utf8mb4',
      '-h',
      u.hostname,
      '-P',
      u.port || '3306',
      '-u',
      decodeURIComponent(u.username),
      ...(u.password ? [`-p${decodeURIComponent(u.password)}`] : []),
      u.pathname.slice(1),
      '-e',
      sql,
    ];
  } else {
    cmd = 'sqlite3';
    args = ['-batch', '-separator', '\t', sqliteFileOf(db), sql];
  }
  const start = process.hrtime.bigint();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let lines = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) for (const b of chunk) if (b === 10) lines++;
  const code = await new Promise<number>((resolve) => child.once('close', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`${cmd} exited ${code}`);
  return { rows: lines, secs: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Counts a CSV's records as they stream by (a line break inside quotes is part of a cell); the header is one. */
export class CsvRecords {
  records = 0;
  private quoted = false;
  add(chunk: Uint8Array): void {
    for (const b of chunk) {
      if (b === 34) this.quoted = !this.quoted;
      else if (b === 10 && !this.quoted) this.records++;
    }
  }
}

/** The data rows of an XLSX file: the <row> elements of its ledger sheets, less each sheet's header (via `unzip -p`). */
export async function xlsxDataRows(file: string, sheets: number): Promise<number> {
  const child = spawn(
    'unzip',
    ['-p', file, ...Array.from({ length: sheets }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`)],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let rows = 0;
  let tail = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const text = tail + chunk.toString('latin1');
    rows += text.split('<row ').length - 1;
    tail = text.slice(-4); // too short to hold a whole '<row ', long enough for one cut between chunks
  }
  return rows - sheets;
}
