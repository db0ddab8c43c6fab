import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited } from '../server/src/core/ledger/query/cell-format.js';
import { storageField } from '../server/src/core/ledger/schema/define-ledger.js';
import type { ColumnDef, LedgerDef } from '../server/src/core/ledger/schema/ledger.types.js';
import { LEDGERS } from '../server/src/modules/index.js';
import type { Page, SaveOut } from './helpers/answers.js';
import { CannotMakeRows, ensureRows } from './helpers/ledger-rows.js';

/** A row of scalar cells, as the generic suite reads every ledger. */
type Cell = string | number | boolean | null;
type Node = { id: number; version: number } & Record<string, Cell>;
/** Two cells of one column, compared as the database orders them (same JS type on both sides). */
const lt = (a: Cell, b: Cell) => (a as number) < (b as number);
const le = (a: Cell, b: Cell) => (a as number) <= (b as number);
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { seedUsers } from '../seeds/demo-data.js';

let s: TestServer;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  token = await s.login('admin');
});
afterAll(async () => s?.close());

function scalarFields(l: LedgerDef): string {
  return ['id', 'version', ...l.columns.map(storageField)].join(' ');
}

async function all(l: LedgerDef, args: { filter?: unknown; orderBy?: unknown } = {}, first = 500): Promise<Node[]> {
  const out: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const r: { data: Record<string, Page<Node>>; errors: unknown } = await s.gql<Record<string, Page<Node>>>(
      `query($first: Int, $after: String, $filter: ${l.typeName}Filter, $orderBy: [${l.typeName}OrderBy!]) {
        ${l.plural}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { edges { node { ${scalarFields(l)} } } pageInfo { hasNextPage endCursor } } }`,
      { first, after, ...args },
      token,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    out.push(...r.data[l.plural].edges.map((e) => e.node));
    if (!r.data[l.plural].pageInfo.hasNextPage) return out;
    after = r.data[l.plural].pageInfo.endCursor;
  }
}

/** A value from the data for each filter operator of a column, and what it must match. */
function probes(c: ColumnDef, rows: Node[]): Array<{ op: Record<string, unknown>; match: (v: Cell) => boolean }> {
  const f = storageField(c);
  const values = rows.map((r) => r[f]).filter((v) => v !== null && v !== undefined);
  if (!values.length) return [{ op: { isNull: true }, match: (v) => v === null }];
  const sorted = [...values].sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
  const mid = sorted[Math.floor(sorted.length / 2)];
  const lo = sorted[Math.floor(sorted.length / 4)];
  const list: Array<{ op: Record<string, unknown>; match: (v: Cell) => boolean }> = [
    { op: { isNull: false }, match: (v) => v !== null },
    { op: { isNull: true }, match: (v) => v === null },
  ];
  if (c.type === 'text')
    list.push({
      op: { contains: String(mid).slice(1, 3) },
      match: (v) => v !== null && String(v).includes(String(mid).slice(1, 3)),
    });
  if (c.type !== 'text' && c.type !== 'datetime') list.push({ op: { eq: mid }, match: (v) => v === mid });
  if (['enum', 'string', 'int', 'ref'].includes(c.type))
    list.push({ op: { in: [mid, lo] }, match: (v) => v === mid || v === lo });
  if (['int', 'decimal', 'date', 'datetime', 'string', 'ref'].includes(c.type)) {
    list.push({ op: { gte: lo, lte: mid }, match: (v) => v !== null && le(lo, v) && le(v, mid) });
  }
  if (c.type === 'string')
    list.push({
      op: { contains: String(mid).slice(0, 2) },
      match: (v) => v !== null && String(v).includes(String(mid).slice(0, 2)),
    });
  return list;
}

describe.each(LEDGERS.map((l) => [l.name, l] as const))('ledger %s', (_name, l) => {
  let rows: Node[];
  beforeAll(async () => {
    await ensureRows(s, token, l, 5); // the demo data has them; a new ledger gets its own
    rows = await all(l);
    expect(rows.length).toBeGreaterThanOrEqual(5);
  });

  it('filters every filterable column with every operator, in SQL, exactly as the data says', async () => {
    for (const c of l.columns.filter((x) => x.filterable !== false)) {
      for (const p of probes(c, rows)) {
        const got = await all(l, { filter: { [storageField(c)]: p.op } });
        const want = rows.filter((r) => p.match(r[storageField(c)]));
        expect(got.map((r) => r.id).sort(), `${c.field} ${JSON.stringify(p.op)}`).toEqual(want.map((r) => r.id).sort());
      }
    }
  });

  it('pages every sortable column both ways, keyset-stable across ties, without gaps or repeats', async () => {
    const sortable = l.columns.filter((c) => c.sortable !== false && c.type !== 'text');
    for (const c of sortable) {
      for (const direction of ['ASC', 'DESC']) {
        const paged = await all(l, { orderBy: [{ field: storageField(c), direction }] }, 29);
        expect(paged.length, c.field).toBe(rows.length);
        expect(new Set(paged.map((r) => r.id)).size).toBe(rows.length);
        const f = storageField(c);
        for (let i = 1; i < paged.length; i++) {
          const [a, b] = [paged[i - 1][f], paged[i][f]];
          if (a === b)
            expect(
              direction === 'ASC' ? paged[i - 1].id < paged[i].id : paged[i - 1].id > paged[i].id,
              `${c.field} tie order`,
            ).toBe(true);
          else if (a !== null && b !== null)
            expect(
              direction === 'ASC' ? lt(a, b) || typeof a !== typeof b : lt(b, a),
              `${c.field} ${direction} at ${i}`,
            ).toBe(true);
        }
      }
    }
  });

  it('refuses undeclared columns, bad operators, bad cursors and page sizes, naming the argument', async () => {
    const q = (args: string) => s.gql(`{ ${l.plural}(${args}) { edges { cursor } } }`, {}, token);
    expect((await q('first: 501')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await q('first: 0')).errors?.[0].extensions.field).toBe('first');
    expect((await q('after: "garbage"')).errors?.[0].extensions).toMatchObject({
      field: 'after',
      reason: 'INVALID_CURSOR',
    });
    expect((await q('filter: { nope: { eq: 1 } }')).errors?.[0].message).toMatch(/nope/);
    const textCol = l.columns.find((c) => c.type === 'text');
    if (textCol) expect((await q(`orderBy: [{ field: ${textCol.field}, direction: ASC }]`)).errors).toBeDefined();
  });

  it('rolls back the whole batch when one row is bad, and audits a good batch in the same transaction', async () => {
    const q = (x: string) => s.ds.driver.escape(x);
    const audit = async () => Number((await s.ds.query(`SELECT COUNT(*) AS n FROM ${q('audit_event')}`))[0].n);
    const SAVE = `mutation($input: Save${l.typeName}Input!) { save${l.typeName}s(input: $input) { ok batchId errors { row field code } saved { id version } } }`;
    const save = async (input: unknown) =>
      (await s.gql<Record<string, SaveOut>>(SAVE, { input }, token)).data[`save${l.typeName}s`];
    const editable = (c: ColumnDef) => (c.editableBy ?? l.writeRoles).includes('ADMIN');
    // free text first; a unique key takes the edit too (the value differs row by row) where a ledger has nothing else
    const rank = (c: ColumnDef) => (c.unique ? 2 : c.type === 'text' ? 0 : 1);
    const free = l.columns
      .filter((c) => editable(c) && (c.type === 'text' || c.type === 'string') && !c.check)
      .sort((a, b) => rank(a) - rank(b));
    const required = l.columns.find((c) => c.required && editable(c));
    if (!required) {
      // kept by the system (a balance its movements move): there is no batch save to send anything to
      expect(l.columns.some(editable)).toBe(false);
      expect((await s.gql(SAVE, { input: {} }, token)).errors?.map((e) => e.message).join('; ')).toMatch(
        new RegExp(`save${l.typeName}s`),
      );
      return;
    }
    const fresh = await all(l);

    // a good row and a row with an emptied required cell: refused, nothing written, audit untouched
    const before = await audit();
    const bad = await save({
      updates: [
        { id: fresh[0].id, version: fresh[0].version, values: free[0] ? { [free[0].field]: '回滚测试' } : {} },
        { id: fresh[1].id, version: fresh[1].version, values: { [required.field]: null } },
      ],
    });
    expect(bad.ok).toBe(false);
    expect(bad.errors.length).toBeGreaterThan(0);
    expect(bad.errors.every((e) => ['REQUIRED', 'FROZEN', 'USE_COMMAND'].includes(e.code))).toBe(true);
    expect(await audit()).toBe(before);
    expect((await all(l)).map((r) => r.version)).toEqual(fresh.map((r) => r.version));

    // the first row that may still change takes an edit; its audit rows carry the batch id
    if (!free.length) return; // a ledger of numbers and references only (调查明细): nothing to write text into
    const codes = new Set<string>();
    for (const row of fresh.slice(0, 40)) {
      for (const c of free) {
        const good = await save({
          updates: [{ id: row.id, version: row.version, values: { [c.field]: `批量保存 ${row.id}` } }],
        });
        if (!good.ok) {
          for (const e of good.errors) codes.add(e.code);
          continue;
        }
        expect(good.saved).toEqual([{ id: row.id, version: row.version + 1 }]);
        const trail: unknown[] = await s.ds.query(
          `SELECT ${q('action')}, ${q('field')}, ${q('newValue')} FROM ${q('audit_event')} WHERE ${q('batchId')} = ?`,
          [good.batchId],
        );
        // the typed cell, and at most the cells the system derives from it (反馈期限 from 意见与建议)
        expect(trail).toContainEqual({ action: 'UPDATE', field: c.field, newValue: `批量保存 ${row.id}` });
        const derived = (trail as Array<{ field: string }>).filter((t) => t.field !== c.field);
        for (const d of derived) {
          const col = l.columns.find((x) => storageField(x) === d.field);
          expect(col && !editable(col), `${d.field} is set by the system`).toBe(true);
        }
        return;
      }
    }
    // no row could change: only legitimate when every one is frozen (lines of issued requisitions…)
    expect([...codes]).toEqual(['FROZEN']);
  });

  it('exports every filtered row', async () => {
    const res = await fetch(`${s.url}/export/${l.name}.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const table = parseDelimited(await res.text());
    expect(table.length - 1).toBe((await all(l)).length);
    expect(
      table
        .slice(1)
        .map((r) => Number(r[0]))
        .sort((a, b) => a - b),
    ).toEqual((await all(l)).map((r) => r.id).sort((a, b) => a - b));
  });
});

describe('rows for the generic suite, from the declarations alone', () => {
  let empty: TestServer;
  let admin: string;
  beforeAll(async () => {
    empty = await startTestServer({ demo: false });
    await seedUsers(empty.ds);
    admin = await empty.login('admin');
  });
  afterAll(async () => empty?.close());

  it('fills every ledger of an empty database that its batch save can create, and says why of the others', async () => {
    const refused: Record<string, string> = {};
    for (const l of LEDGERS) {
      try {
        await ensureRows(empty, admin, l, 5);
        const r = await empty.gql<Record<string, Page>>(`{ ${l.plural}(first: 1) { totalCount } }`, {}, admin);
        expect(r.data[l.plural].totalCount, l.name).toBeGreaterThanOrEqual(5);
      } catch (e) {
        if (!(e instanceof CannotMakeRows)) throw e;
        refused[l.name] = e.message;
      }
    }
    // only rows a command makes (返工单 from a return order) and their lines, 调查明细 of a survey, a
    // service report (on a dispatched request), the spare-part balance its movements keep, and a
    // movement out of an empty store (the maker cannot know to receive the part first)
    expect(
      Object.entries(refused).filter(([, why]) => !/USE_COMMAND|须由|返工单|只能|command|OUT_OF_STOCK/.test(why)),
    ).toEqual([]);
    expect(Object.keys(refused).length).toBeLessThanOrEqual(7);
  });
});
