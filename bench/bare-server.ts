// The physical limit for measure 6: bare Node http + mysql2 (or better-sqlite3) running exactly the statements the
// GraphQL server ran for the page — the session lookup, the page, each reference — in the same waves, and answering the
// same JSON: the asked fields of each row, each reference's asked fields, hasNextPage and the end cursor.
import http from 'node:http';
import { hydrate } from '../server/src/core/ledger/query/ledger-store.js';
import { encodeCursor, parseSort } from '../server/src/core/ledger/query/sort-parser.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { openRaw } from '../seeds/scale-target.js';

/** One statement the server ran, and what its rows are for the answer. */
export interface ReplayedStatement {
  sql: string;
  params: unknown[];
  /** 'page': the rows; a reference: the referenced rows of `idField`, shown as `field { fields }`; else only run. */
  use: null | 'page' | { field: string; idField: string; fields: string[] };
}

const { BARE_URL, BARE_DATA_DIR, BARE_WAVES, BARE_FIELDS, BARE_ORDER, PORT } = process.env;
const raw = openRaw({ url: BARE_URL || null, dataDir: BARE_DATA_DIR ?? '.' }, 20);
const waves: ReplayedStatement[][] = JSON.parse(BARE_WAVES ?? '[]');
const fields: string[] = JSON.parse(BARE_FIELDS ?? '[]');
const keys = parseSort(complaintLedger, JSON.parse(BARE_ORDER ?? '[]'));
const refs = waves.flat().flatMap((s) => (s.use && s.use !== 'page' ? [s.use] : []));

/** The page's JSON, as the GraphQL answer has it. */
function pageBody(rows: Array<Record<string, unknown>>, referenced: Map<string, Map<number, Record<string, unknown>>>) {
  const page = rows.slice(0, 100);
  const edges = page.map((r) => {
    const node: Record<string, unknown> = {};
    for (const f of fields) node[f] = r[f] ?? null;
    for (const ref of refs) {
      const id = r[ref.idField];
      const target = id == null ? undefined : referenced.get(ref.field)?.get(Number(id));
      node[ref.field] = target ? Object.fromEntries(ref.fields.map((f) => [f, target[f] ?? null])) : null;
    }
    return { node };
  });
  const last = page.at(-1);
  const endCursor = last ? encodeCursor(keys, hydrate(complaintLedger, last)) : null;
  return JSON.stringify({ data: { complaints: { edges, pageInfo: { hasNextPage: rows.length > 100, endCursor } } } });
}

async function answer(): Promise<string> {
  let rows: Array<Record<string, unknown>> = [];
  const referenced = new Map<string, Map<number, Record<string, unknown>>>();
  for (const wave of waves) {
    const results = await Promise.all(wave.map((s) => raw.rows(s.sql, s.params)));
    wave.forEach((s, i) => {
      if (s.use === 'page') rows = results[i];
      else if (s.use) referenced.set(s.use.field, new Map(results[i].map((t) => [Number(t.id), t])));
    });
  }
  return pageBody(rows, referenced);
}

http
  .createServer((_req, res) => {
    answer().then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      },
      (e: Error) => {
        res.writeHead(500);
        res.end(e.message);
      },
    );
  })
  .listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
