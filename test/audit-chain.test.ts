import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, auditHead, newBatchId, verifyAuditChain } from '../server/src/core/audit/audit-trail.js';
import { writeCheckpoint } from '../server/src/core/audit/checkpoint.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { seedUsers } from '../seeds/demo-data.js';
import { recomputeChainFrom as recomputeFrom } from './helpers/insider.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const q = (ds: DataSource) => (n: string) => ds.driver.escape(n);

/** Appends `n` plain entries (a clerk's edits), as the app would. */
async function entries(ds: DataSource, n: number, text = '备注'): Promise<void> {
  await inTransaction(ds, (em) =>
    appendAudit(
      em,
      Array.from({ length: n }, (_, i) => ({
        userId: 1,
        action: 'UPDATE',
        entity: 'complaint',
        entityId: i + 1,
        field: 'remark',
        oldValue: null,
        newValue: `${text} ${i}`,
        reason: null,
      })),
      newBatchId(),
    ),
  );
}

describe('the audit trail holds', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ demo: false });
    await seedUsers(s.ds);
  });
  afterAll(async () => s?.close());

  it('text the databases store differently from JavaScript (emoji, 4-byte CJK, combining marks, NUL, lone surrogates) leaves the chain verifiable', async () => {
    const clerk = await s.login('clerk');
    const odd = '😀 𠀀𪚥 e\u0301 \u0000 \ud800 x \udc00';
    // through the API: NUL and lone surrogates are refused there, the rest is saved
    const saved = await s.gql<{ saveCustomers: { ok: boolean } }>(
      `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
      { i: { creates: [{ ref: 'a', values: { code: 'ODD1', name: '😀 𠀀𪚥 e\u0301 客户', tier: 'KEY' } }] } },
      clerk,
    );
    expect(saved.data.saveCustomers.ok).toBe(true);
    // and straight into the trail, as a careless import or another path might write it
    await entries(s.ds, 3, odd);
    const report = await verifyAuditChain(s.ds);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('four writers and a verifier: no false alarm', async () => {
    const clerk = await s.login('clerk');
    let stop = false;
    let saves = 0;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        await s.gql(
          `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
          {
            i: { creates: [{ ref: 'c', values: { code: `W${w}-${i}`, name: `并发客户 ${w}-${i}`, tier: 'REGULAR' } }] },
          },
          clerk,
        );
        saves++;
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    const reports = [];
    while (saves < 80) {
      reports.push(await verifyAuditChain(s.ds));
      await new Promise((r) => setTimeout(r, 2));
    }
    stop = true;
    await Promise.all(writers);
    expect(reports.filter((r) => !r.ok).map((r) => r.problem)).toEqual([]);
    expect(reports.at(-1)!.checked).toBeGreaterThan(reports[0].checked);
  });
});

describe('what a database writer does unseen is caught', () => {
  let s: TestServer;
  /** The chain before the 30 entries of each test (the official calendar is already in it). */
  let b = 0;
  beforeEach(async () => {
    s = await startTestServer({ demo: false });
    b = (await auditHead(s.ds)).seq;
    await entries(s.ds, 30);
  });
  afterEach(async () => s?.close());

  it('every altered or missing entry is reported, not only the first', async () => {
    const Q = q(s.ds);
    await s.ds.query(`UPDATE ${Q('audit_event')} SET ${Q('newValue')} = '改过' WHERE ${Q('seq')} IN (?, ?)`, [
      b + 7,
      b + 21,
    ]);
    await s.ds.query(`DELETE FROM ${Q('audit_event')} WHERE ${Q('seq')} = ?`, [b + 12]);
    const r = await verifyAuditChain(s.ds);
    expect(r.ok).toBe(false);
    expect(r.breaks.map((x) => [x.seq, x.problem])).toEqual([
      [b + 7, `第 ${b + 7} 条被改动（哈希不符）`],
      [b + 12, `第 ${b + 12} 条缺失（被删除）`],
      [b + 21, `第 ${b + 21} 条被改动（哈希不符）`],
    ]);
  });

  it('moving the head back over deleted entries is caught by the signed checkpoint', async () => {
    await writeCheckpoint(s.ds, 'TEST');
    const Q = q(s.ds);
    const [{ h }] = await s.ds.query(`SELECT ${Q('hash')} AS h FROM ${Q('audit_event')} WHERE ${Q('seq')} = ?`, [
      b + 25,
    ]);
    await s.ds.query(`DELETE FROM ${Q('audit_event')} WHERE ${Q('seq')} > ?`, [b + 25]);
    await s.ds.query(`UPDATE ${Q('audit_head')} SET ${Q('seq')} = ?, ${Q('hash')} = ? WHERE ${Q('id')} = 1`, [
      b + 25,
      h,
    ]);
    const r = await verifyAuditChain(s.ds);
    expect(r.ok).toBe(false);
    expect(r.problem).toMatch(
      new RegExp(`^审计链被回退：已签名的检查点 2（.*）担保 ${b + 30} 条，链头只有 ${b + 25} 条$`),
    );
  });

  it('an edit with the whole chain recomputed after it is caught by the signed checkpoint', async () => {
    await writeCheckpoint(s.ds, 'TEST');
    const Q = q(s.ds);
    await s.ds.query(`UPDATE ${Q('audit_event')} SET ${Q('newValue')} = '伪造' WHERE ${Q('seq')} = ?`, [b + 10]);
    await recomputeFrom(s.ds, b + 10);
    const r = await verifyAuditChain(s.ds);
    expect(r.ok).toBe(false);
    expect(r.breaks).toEqual([
      {
        seq: b + 30,
        problem: expect.stringMatching(new RegExp(`^第 ${b + 30} 条与已签名的检查点 2（.*）不符：审计链被重算或改动$`)),
      },
    ]);
  });

  it('a checkpoint written without the key is refused', async () => {
    await writeCheckpoint(s.ds, 'TEST');
    const Q = q(s.ds);
    await s.ds.query(`UPDATE ${Q('audit_checkpoint')} SET ${Q('signature')} = ?`, ['0'.repeat(64)]);
    expect((await verifyAuditChain(s.ds)).problem).toMatch(/^检查点 1（.*）签名不符：伪造或被改动$/);
  });
});

describe('reconcile: rows edited outside the application', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(); // the demo story, written through the app
  });
  afterAll(async () => s?.close());

  it('finds nothing on rows written through the application, then lists a direct UPDATE, a direct INSERT and a direct void with their cells', async () => {
    const auditor = await s.login('auditor');
    const RECONCILE = `query($l: String!) { reconcileLedger(ledger: $l) { checked differing rows { id problem fields { field stored audited } } } }`;
    const meta = await s.gql<{ ledgerDefinitions: Array<{ name: string }> }>(
      `{ ledgerDefinitions { name } }`,
      {},
      auditor,
    );
    for (const { name: ledger } of meta.data.ledgerDefinitions) {
      const r = await s.gql<{ reconcileLedger: { checked: number; differing: number; rows: unknown[] } }>(
        RECONCILE,
        { l: ledger },
        auditor,
      );
      expect(r.errors, ledger).toBeUndefined();
      expect(r.data.reconcileLedger.checked, ledger).toBeGreaterThan(0);
      expect(r.data.reconcileLedger.rows, ledger).toEqual([]);
    }
    const Q = q(s.ds);
    const [{ id, description }] = await s.ds.query(
      `SELECT ${Q('id')} AS id, ${Q('description')} AS description FROM ${Q('complaint')} ORDER BY ${Q('id')} LIMIT 1`,
    );
    await s.ds.query(
      `UPDATE ${Q('complaint')} SET ${Q('description')} = '被改过的内容', ${Q('claimAmount')} = 99999 WHERE ${Q('id')} = ?`,
      [id],
    );
    await s.ds.query(
      `UPDATE ${Q('complaint')} SET ${Q('voidedAt')} = ${Q('updatedAt')}, ${Q('voidReason')} = '悄悄作废' WHERE ${Q('id')} = ?`,
      [Number(id) + 1],
    );
    await s.ds.query(
      `INSERT INTO ${Q('customer')} (${Q('code')}, ${Q('name')}, ${Q('tier')}, ${Q('version')}, ${Q('createdAt')}, ${Q('updatedAt')}) SELECT 'GHOST', '幽灵客户', 'KEY', 1, ${Q('createdAt')}, ${Q('updatedAt')} FROM ${Q('customer')} WHERE ${Q('id')} = 1`,
    );
    const complaints = await s.gql<{
      reconcileLedger: {
        differing: number;
        rows: Array<{
          id: number;
          problem: string;
          fields: Array<{ field: string; stored: string | null; audited: string | null }>;
        }>;
      };
    }>(RECONCILE, { l: 'complaint' }, auditor);
    expect(complaints.data.reconcileLedger.differing).toBe(2);
    const [edited, voided] = complaints.data.reconcileLedger.rows;
    expect(edited.id).toBe(Number(id));
    expect(edited.problem).toBe('DIFFERS');
    expect(edited.fields.map((f) => f.field).sort()).toEqual(['claimAmount', 'description']);
    expect(edited.fields.find((f) => f.field === 'description')).toEqual({
      field: 'description',
      stored: '被改过的内容',
      audited: description,
    });
    expect(voided).toMatchObject({ id: Number(id) + 1, problem: 'VOID_DIFFERS' });
    const customers = await s.gql<{ reconcileLedger: { rows: Array<{ problem: string }> } }>(
      RECONCILE,
      { l: 'customer' },
      auditor,
    );
    expect(customers.data.reconcileLedger.rows.map((r) => r.problem)).toEqual(['NO_TRAIL']);
    // the same, streamed with progress
    const res = await fetch(`${s.url}/audit/reconcile/complaint`, { headers: { authorization: `Bearer ${auditor}` } });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ progress: expect.any(Number), total: expect.any(Number) });
    expect(lines.at(-1).result.differing).toBe(2);
    expect(
      (
        await fetch(`${s.url}/audit/reconcile/complaint`, {
          headers: { authorization: `Bearer ${await s.login('clerk')}` },
        })
      ).status,
    ).toBe(403);
  });

  it('shows a record as it stood at a moment, and a page of a ledger as of then in two statements', async () => {
    const clerk = await s.login('clerk');
    const created = await s.gql<{ saveComplaints: { rows: Array<{ id: number; version: number }> } }>(
      `mutation($i: SaveComplaintInput!) { saveComplaints(input: $i) { rows { id version } } }`,
      {
        i: {
          creates: [
            {
              ref: 'a',
              values: {
                receivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
                channel: 'HOTLINE',
                customer: 'C0001',
                kind: 'APPEAL',
                description: '当时的内容',
                handlingScope: 'DEPARTMENT',
              },
            },
          ],
        },
      },
      clerk,
    );
    const { id, version } = created.data.saveComplaints.rows[0];
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await s.gql(
      `mutation($i: SaveComplaintInput!) { saveComplaints(input: $i) { ok } }`,
      { i: { updates: [{ id, version, values: { description: '后来的内容' } }] } },
      clerk,
    );
    const AS_OF = `query($id: Int!, $at: DateTimeISO!) { recordAsOf(ledger: "complaint", id: $id, at: $at) { id voided cells } }`;
    const then = await s.gql<{ recordAsOf: { cells: Record<string, string | null>; voided: boolean } }>(
      AS_OF,
      { id, at: before.toISOString() },
      clerk,
    );
    expect(then.errors).toBeUndefined();
    expect(then.data.recordAsOf.cells).toMatchObject({ description: '当时的内容', status: 'RECEIVED' });
    const now = await s.gql<{ recordAsOf: { cells: Record<string, string | null> } }>(
      AS_OF,
      { id, at: new Date().toISOString() },
      clerk,
    );
    expect(now.data.recordAsOf.cells.description).toBe('后来的内容');
    expect(
      (await s.gql<{ recordAsOf: null }>(AS_OF, { id, at: '2020-01-01T00:00:00Z' }, clerk)).data.recordAsOf,
    ).toBeNull();
    // a page of 100 costs two statements, whatever is on it
    const PAGE = `query($at: DateTimeISO!) { ledgerAsOf(ledger: "complaint", at: $at, first: 100) { hasMore rows { id cells } } }`;
    s.counter.reset();
    const page = await s.gql<{ ledgerAsOf: { hasMore: boolean; rows: Array<{ id: number }> } }>(
      PAGE,
      { at: before.toISOString() },
      clerk,
    );
    expect(page.data.ledgerAsOf.rows).toHaveLength(100);
    const statements = s.counter.count;
    s.counter.reset();
    await s.gql(
      `query($at: DateTimeISO!) { ledgerAsOf(ledger: "complaint", at: $at, first: 10) { rows { id } } }`,
      { at: before.toISOString() },
      clerk,
    );
    expect(s.counter.count).toBe(statements);
  });

  it('the audit log reads in Chinese, records by their numbers, filtered by user, ledger and period, page by page', async () => {
    const auditor = await s.login('auditor');
    type E = {
      seq: number;
      at: string;
      userName: string;
      actionLabel: string;
      ledgerLabel: string;
      record: string;
      fieldLabel: string | null;
      newValue: string | null;
    };
    const LOG = `query($f: AuditLogFilterInput, $b: Int) { auditEvents(filter: $f, first: 5, before: $b) { hasMore entries { seq at userName actionLabel ledgerLabel record fieldLabel newValue } } }`;
    const f = { user: 'clerk', ledger: 'complaint', from: '2020-01-01T00:00:00Z', to: new Date().toISOString() };
    const p1 = await s.gql<{ auditEvents: { hasMore: boolean; entries: E[] } }>(LOG, { f }, auditor);
    expect(p1.errors).toBeUndefined();
    const { entries, hasMore } = p1.data.auditEvents;
    expect(hasMore).toBe(true);
    expect(
      entries.every(
        (e) => e.userName === '王丽（客服）' && e.ledgerLabel === '投诉台账' && /^TS-\d{4}-\d{6}$/.test(e.record),
      ),
    ).toBe(true);
    expect(entries.every((e) => !/^[A-Za-z_]+$/.test(e.actionLabel))).toBe(true);
    const p2 = await s.gql<{ auditEvents: { entries: E[] } }>(LOG, { f, b: entries.at(-1)!.seq }, auditor);
    expect(p2.data.auditEvents.entries[0].seq).toBeLessThan(entries.at(-1)!.seq);
    const status = await s.gql<{ auditEvents: { entries: E[] } }>(
      `{ auditEvents(filter: { ledger: "complaint", action: "CREATE" }, first: 50) { entries { fieldLabel newValue } } }`,
      {},
      auditor,
    );
    expect(status.data.auditEvents.entries.find((e) => e.fieldLabel === '状态')?.newValue).toBe('已受理'); // not RECEIVED
    expect((await s.gql(LOG, { f }, await s.login('clerk'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
