import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedColumns } from '../server/src/core/ledger/query/ledger-store.js';
import { pageQuery } from '../server/src/core/ledger/query/list-query.js';
import { encodeCursor, parseSort } from '../server/src/core/ledger/query/sort-parser.js';
import { hydrate } from '../server/src/core/ledger/query/ledger-store.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { startTestServer, TEST_DB, type TestServer } from './helpers/test-server.js';

// A filtered keyset page 100,000 rows deep is an index seek on both engines: the plan starts the
// walk at the cursor (MariaDB: a range, reading about one page; SQLite: a SEARCH bounded on the sort key)
let s: TestServer;
const DEPTH = 100_000;
const ARGS = {
  filter: { status: { eq: 'INVESTIGATING' } },
  orderBy: [{ field: 'receivedAt', direction: 'DESC' as const }],
};

/**
 * Doubles the complaints until enough are under investigation: two copies in three, the rest closed,
 * so the filtered value is common enough that MariaDB would read it by `ref` (raw SQL: test data, not the trail).
 */
async function grow(min: number): Promise<number> {
  const cols = storedColumns(complaintLedger)
    .map((c) => c.field)
    .filter((f) => f !== 'id');
  const q = (f: string) => (TEST_DB === 'mysql' ? `\`${f}\`` : `"${f}"`);
  let n = 0;
  for (let round = 1; ; round++) {
    n = Number(
      (
        await s.ds.query(
          `SELECT COUNT(*) AS n FROM complaint WHERE status = 'INVESTIGATING' AND ${q('voidedAt')} IS NULL`,
        )
      )[0].n,
    );
    if (n >= min) return n;
    const select = cols.map((f) => {
      if (f === 'complaintNo') return TEST_DB === 'mysql' ? `CONCAT('K${round}-', t.id)` : `'K${round}-' || t.id`;
      if (f === 'status') return `CASE WHEN t.id % 3 = 0 THEN 'CLOSED' ELSE 'INVESTIGATING' END`;
      if (f === 'voidedAt' || f === 'voidReason') return 'NULL';
      return `t.${q(f)}`;
    });
    await s.ds.query(`INSERT INTO complaint (${cols.map(q).join(', ')}) SELECT ${select.join(', ')} FROM complaint t`);
  }
}

/** The SQL of the page `DEPTH` rows into the filtered, newest-first list, as the list query writes it. */
async function deepPage(): Promise<{ sql: string; params: unknown[] }> {
  const keys = parseSort(complaintLedger, ARGS.orderBy);
  const q = (f: string) => (TEST_DB === 'mysql' ? `\`${f}\`` : `"${f}"`);
  const [row] = await s.ds.query(
    `SELECT * FROM complaint WHERE status = 'INVESTIGATING' AND ${q('voidedAt')} IS NULL ORDER BY ${q('receivedAt')} DESC, id DESC LIMIT 1 OFFSET ${DEPTH}`,
  );
  const after = encodeCursor(keys, hydrate(complaintLedger, row));
  return pageQuery(s.ds.manager, complaintLedger, { ...ARGS, after }, 100);
}

/** Every object in a MariaDB ANALYZE FORMAT=JSON tree that describes a table access. */
function tableAccesses(node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.access_type === 'string') out.push(o);
    for (const v of Object.values(o)) tableAccesses(v, out);
  }
  return out;
}

beforeAll(async () => {
  s = await startTestServer();
  await grow(DEPTH + 1000);
  if (TEST_DB === 'mysql') await s.ds.query('ANALYZE TABLE complaint');
  else await s.ds.query('ANALYZE');
}, 300_000);
afterAll(async () => s?.close());

describe('keyset pages seek', () => {
  it(`starts a filtered page ${DEPTH.toLocaleString('en')} rows deep at the cursor`, async () => {
    const page = await deepPage();
    expect(page.sql).toMatch(/receivedAt`? <= \?|"receivedAt" <= \?/);
    if (TEST_DB === 'mysql') {
      const [[{ ANALYZE: json }]] = [await s.ds.query(`ANALYZE FORMAT=JSON ${page.sql}`, page.params)];
      const access = tableAccesses(JSON.parse(json));
      expect(access).toHaveLength(1);
      expect(access[0].access_type).toBe('range');
      // (status, receivedAt) or (receivedAt): either starts at the cursor's receivedAt
      expect(access[0].used_key_parts).toEqual(expect.arrayContaining(['receivedAt']));
      // about one page of rows read, not the 100,000 before it
      expect(Number(access[0].r_rows)).toBeLessThan(1000);
      console.log(`MariaDB: ${access[0].access_type} on ${String(access[0].key)}, ${access[0].r_rows} rows read`);
    } else {
      const plan: Array<{ detail: string }> = await s.ds.query(`EXPLAIN QUERY PLAN ${page.sql}`, page.params);
      const details = plan.map((p) => p.detail).join(' | ');
      expect(details).toMatch(/SEARCH t USING (COVERING )?INDEX \S+ \(status=\? AND receivedAt<\?\)/);
      expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      console.log(`SQLite: ${details}`);
    }
    const rows = await s.ds.query(page.sql, page.params);
    expect(rows).toHaveLength(101);
  });
});
