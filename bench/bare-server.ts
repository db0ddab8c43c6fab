// The physical limit for measure 6: bare Node http + mysql2 (or better-sqlite3) answering the same page as the GraphQL
// query asks for — the same fields of each row, hasNextPage and the end cursor — as JSON.
import http from 'node:http';
import { hydrate } from '../server/src/core/ledger/query/ledger-store.js';
import { encodeCursor, parseSort } from '../server/src/core/ledger/query/sort-parser.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { openRaw } from '../seeds/scale-target.js';

const { BARE_URL, BARE_DATA_DIR, BARE_SQL, BARE_PARAMS, BARE_FIELDS, BARE_ORDER, PORT } = process.env;
const raw = openRaw({ url: BARE_URL || null, dataDir: BARE_DATA_DIR ?? '.' }, 20);
const sql = BARE_SQL!;
const params = JSON.parse(BARE_PARAMS ?? '[]');
const fields: string[] = JSON.parse(BARE_FIELDS ?? '[]');
const keys = parseSort(complaintLedger, JSON.parse(BARE_ORDER ?? '[]'));

/** The page's JSON, as the GraphQL answer has it: only the asked fields, hasNextPage, endCursor. */
export function pageBody(rows: Array<Record<string, unknown>>): string {
  const page = rows.slice(0, 100);
  const edges = page.map((r) => ({ node: Object.fromEntries(fields.map((f) => [f, r[f] ?? null])) }));
  const last = page.at(-1);
  const endCursor = last ? encodeCursor(keys, hydrate(complaintLedger, last)) : null;
  return JSON.stringify({ data: { complaints: { edges, pageInfo: { hasNextPage: rows.length > 100, endCursor } } } });
}

http
  .createServer(async (_req, res) => {
    const body = pageBody(await raw.rows(sql, params));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  })
  .listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
