import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chainHash } from '../server/src/core/audit/audit-hash.js';
import { COLS, toRecord } from '../server/src/core/audit/audit-record.js';
import { appendAudit, newBatchId, verifyAuditChain } from '../server/src/core/audit/audit-trail.js';
import { writeCheckpoint } from '../server/src/core/audit/checkpoint.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { seedUsers } from '../seeds/demo-data.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const q = (ds: DataSource) => (n: string) => ds.driver.escape(n);

/** Appends `n` plain entries (a clerk's edits), as the app would. */
async function entries(ds: DataSource, n: number, text = '备注'): Promise<void> {
  await inTransaction(ds, (em) => appendAudit(em, Array.from({ length: n }, (_, i) => ({ userId: 1, action: 'UPDATE', entity: 'complaint', entityId: i + 1, field: 'remark', oldValue: null, newValue: `${text} ${i}`, reason: null })), newBatchId()));
}

/** What a database writer without the key can do: recompute every hash from `from` on and move the head. */
async function recomputeFrom(ds: DataSource, from: number): Promise<void> {
  const Q = q(ds);
  const rows = (await ds.query(`SELECT ${COLS.map(Q).join(', ')} FROM ${Q('audit_event')} WHERE ${Q('seq')} >= ? ORDER BY ${Q('seq')}`, [from])).map(toRecord);
  let [prev] = (await ds.query(`SELECT ${Q('hash')} AS h FROM ${Q('audit_event')} WHERE ${Q('seq')} = ?`, [from - 1])).map((r: { h: string }) => r.h);
  for (const r of rows) {
    const hash = chainHash(r, prev);
    await ds.query(`UPDATE ${Q('audit_event')} SET ${Q('prevHash')} = ?, ${Q('hash')} = ? WHERE ${Q('seq')} = ?`, [prev, hash, r.seq]);
    prev = hash;
  }
  await ds.query(`UPDATE ${Q('audit_head')} SET ${Q('hash')} = ? WHERE ${Q('id')} = 1`, [prev]);
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
    const saved = await s.gql<{ saveCustomers: { ok: boolean } }>(`mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`, { i: { creates: [{ ref: 'a', values: { code: 'ODD1', name: '😀 𠀀𪚥 e\u0301 客户', tier: 'KEY' } }] } }, clerk);
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
        await s.gql(`mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`, { i: { creates: [{ ref: 'c', values: { code: `W${w}-${i}`, name: `并发客户 ${w}-${i}`, tier: 'REGULAR' } }] } }, clerk);
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
  beforeEach(async () => {
    s = await startTestServer({ demo: false });
    await entries(s.ds, 30);
  });
  afterEach(async () => s?.close());

  it('every altered or missing entry is reported, not only the first', async () => {
    const Q = q(s.ds);
    await s.ds.query(`UPDATE ${Q('audit_event')} SET ${Q('newValue')} = '改过' WHERE ${Q('seq')} IN (7, 21)`);
    await s.ds.query(`DELETE FROM ${Q('audit_event')} WHERE ${Q('seq')} = 12`);
    const r = await verifyAuditChain(s.ds);
    expect(r.ok).toBe(false);
    expect(r.breaks.map((b) => [b.seq, b.problem.replace(/ \(.*\)$/, '')])).toEqual([
      [7, 'entry 7 was altered'], [12, 'entry 12 is missing'], [21, 'entry 21 was altered'],
    ]);
  });

  it('moving the head back over deleted entries is caught by the signed checkpoint', async () => {
    await writeCheckpoint(s.ds, 'TEST');
    const Q = q(s.ds);
    const [{ h }] = await s.ds.query(`SELECT ${Q('hash')} AS h FROM ${Q('audit_event')} WHERE ${Q('seq')} = 25`);
    await s.ds.query(`DELETE FROM ${Q('audit_event')} WHERE ${Q('seq')} > 25`);
    await s.ds.query(`UPDATE ${Q('audit_head')} SET ${Q('seq')} = 25, ${Q('hash')} = ? WHERE ${Q('id')} = 1`, [h]);
    const r = await verifyAuditChain(s.ds);
    expect(r.ok).toBe(false);
    expect(r.problem).toMatch(/rolled back.*vouches for 30 entries, the head says 25/);
  });

  it('an edit with the whole chain recomputed after it is caught by the signed checkpoint', async () => {
    await writeCheckpoint(s.ds, 'TEST');
    const Q = q(s.ds);
    await s.ds.query(`UPDATE ${Q('audit_event')} SET ${Q('newValue')} = '伪造' WHERE ${Q('seq')} = 10`);
    await recomputeFrom(s.ds, 10);
    const r = await verifyAuditChain(s.ds);
    expect(r.ok).toBe(false);
    expect(r.breaks).toEqual([{ seq: 30, problem: expect.stringMatching(/differs from the signed checkpoint/) }]);
  });

  it('a checkpoint written without the key is refused', async () => {
    await writeCheckpoint(s.ds, 'TEST');
    const Q = q(s.ds);
    await s.ds.query(`UPDATE ${Q('audit_checkpoint')} SET ${Q('signature')} = ?`, ['0'.repeat(64)]);
    expect((await verifyAuditChain(s.ds)).problem).toMatch(/wrong signature/);
  });
});
