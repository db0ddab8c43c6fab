import type { DataSource } from 'typeorm';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHead, verifyAuditChain } from '../server/src/core/audit/audit-trail.js';
import { checkpointJob, writeCheckpoint } from '../server/src/core/audit/checkpoint.js';
import { trailAlarm } from '../server/src/core/audit/trail-alarm.js';
import { openDatabase } from '../server/src/database.js';
import { auditEntry as entry, launderEntry, recomputeChainFrom as recomputeFrom } from './helpers/insider.js';
import { startTestServer, TEST_DB, type TestServer } from './helpers/test-server.js';

/**
 * The insider the trail answers: someone who can write the database but does not hold the key. Each
 * test tampers with the database directly, then lets the product do what it does next (an export, the
 * periodic checkpoint) and checks that nothing was signed over the tampering and that verify still
 * names it.
 */
const Q = (ds: DataSource) => (n: string) => ds.driver.escape(n);

async function checkpointCount(ds: DataSource): Promise<number> {
  const q = Q(ds);
  return Number((await ds.query(`SELECT COUNT(*) AS n FROM ${q('audit_checkpoint')}`))[0].n);
}

describe('a database writer without the key', () => {
  let s: TestServer;
  let auditor: string;
  beforeEach(async () => {
    s = await startTestServer();
    auditor = await s.login('auditor');
  });
  afterEach(async () => s?.close());

  /** An export, read to its end (its own audit event is written before the last byte). */
  const exportCsv = async () => {
    const res = await fetch(`${s.url}/export/customer.csv`, { headers: { authorization: `Bearer ${auditor}` } });
    const body = await res.text();
    return { status: res.status, json: () => JSON.parse(body) };
  };
  const verify = async () =>
    (
      await s.gql<{
        verifyAuditChain: { ok: boolean; problem: string | null; breaks: Array<{ seq: number; problem: string }> };
      }>(`{ verifyAuditChain { ok problem breaks { seq problem } } }`, {}, auditor)
    ).data.verifyAuditChain;

  it('edits an entry and recomputes the chain: the next export and the periodic checkpoint sign nothing, and verify still names the entry', async () => {
    expect((await exportCsv()).status).toBe(200); // a checkpoint past the demo data
    const target = (await auditHead(s.ds)).seq - 40;
    await launderEntry(s.ds, target, '¥99,999');
    const before = await checkpointCount(s.ds);

    const refused = await exportCsv();
    expect(refused.status).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'TRAIL_BROKEN' });
    await expect(checkpointJob(10).run(s.ds, new Date())).rejects.toThrow(/审计链被重算或改动/);
    const xlsx = await fetch(`${s.url}/audit/events.xlsx`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(xlsx.status).toBe(409);
    expect(await checkpointCount(s.ds)).toBe(before);

    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.breaks.map((b) => b.problem)).toContainEqual(
      expect.stringMatching(/^第 \d+ 条与已签名的检查点 \d+（.*）不符：审计链被重算或改动$/),
    );
    // reported, not only refused: /readyz is degraded and the auditor's home says so
    const ready = await (await fetch(`${s.url}/readyz`)).json();
    expect(ready).toMatchObject({
      status: 'degraded',
      audit: { status: 'broken', problem: expect.stringContaining('审计链被重算或改动') },
    });
    const work = await s.gql<{ myWork: Array<{ key: string; label: string; urgent: boolean }> }>(
      `{ myWork { key label urgent } }`,
      {},
      auditor,
    );
    expect(work.data.myWork[0]).toMatchObject({
      key: 'audit.trailBroken',
      urgent: true,
      label: expect.stringContaining('审计链校验未通过'),
    });
  });

  it('truncates the last 500 entries and moves the head back: nothing signs the shorter chain', async () => {
    expect((await exportCsv()).status).toBe(200);
    const head = await auditHead(s.ds);
    const q = Q(s.ds);
    await s.ds.query(`DELETE FROM ${q('audit_event')} WHERE ${q('seq')} > ?`, [head.seq - 500]);
    const last = await entry(s.ds, head.seq - 500);
    await s.ds.query(`UPDATE ${q('audit_head')} SET ${q('seq')} = ?, ${q('hash')} = ? WHERE ${q('id')} = 1`, [
      last.seq,
      last.hash,
    ]);
    expect((await exportCsv()).status).toBe(409);
    await expect(writeCheckpoint(s.ds, 'PERIODIC')).rejects.toThrow(/审计链被回退/);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.problem).toMatch(
      new RegExp(`^审计链被回退：已签名的检查点 2（.*）担保 ${head.seq - 1} 条，链头只有 ${head.seq - 500} 条$`),
    );
  });

  it('deletes every checkpoint and recomputes: no export, no checkpoint, and verify is an alarm, never ok', async () => {
    const q = Q(s.ds);
    const target = (await auditHead(s.ds)).seq - 10;
    await s.ds.query(`UPDATE ${q('audit_event')} SET ${q('newValue')} = ? WHERE ${q('seq')} = ?`, ['改', target]);
    await recomputeFrom(s.ds, target);
    await s.ds.query(`DELETE FROM ${q('audit_checkpoint')}`);
    expect((await exportCsv()).status).toBe(409);
    await expect(writeCheckpoint(s.ds, 'PERIODIC')).rejects.toThrow(/没有任何已签名的检查点/);
    expect(await checkpointCount(s.ds)).toBe(0);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.breaks.map((b) => b.problem)).toContainEqual(
      expect.stringMatching(/却没有任何已签名的检查点：检查点被删除$/),
    );
  });

  it("removes, reorders or replaces checkpoints: the checkpoints' own chain breaks", async () => {
    for (let i = 0; i < 4; i++) {
      const clerk = await s.login('clerk');
      await s.gql(
        `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
        { i: { creates: [{ ref: 'x', values: { code: `CP${i}`, name: `检查点测试 ${i}`, tier: 'REGULAR' } }] } },
        clerk,
      );
      await writeCheckpoint(s.ds, 'TEST');
    }
    const q = Q(s.ds);
    const ordinals = (
      await s.ds.query(
        `SELECT ${q('ordinal')} AS o FROM ${q('audit_checkpoint')} WHERE ${q('ordinal')} IS NOT NULL ORDER BY ${q('ordinal')}`,
      )
    ).map((r: { o: number }) => Number(r.o));
    expect(ordinals).toEqual([1, 2, 3, 4, 5]);
    expect((await verify()).ok).toBe(true);

    await s.ds.query(`DELETE FROM ${q('audit_checkpoint')} WHERE ${q('ordinal')} = 3`);
    expect((await verify()).breaks.map((b) => b.problem)).toEqual(['检查点 3–3 被删除']);

    // renumbered to close the gap: the next one no longer follows the one before it
    for (const o of [4, 5])
      await s.ds.query(`UPDATE ${q('audit_checkpoint')} SET ${q('ordinal')} = ? WHERE ${q('ordinal')} = ?`, [o - 1, o]);
    expect((await verify()).breaks.map((b) => b.problem)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^检查点 3（.*）没有接在检查点 2 之后：被替换或调换了顺序$/)]),
    );

    // the newest removed: this instance saw it, and says so
    await s.ds.query(`DELETE FROM ${q('audit_checkpoint')} WHERE ${q('ordinal')} >= 3`);
    const v = await verify();
    expect(v.breaks.map((b) => b.problem)).toContainEqual(
      expect.stringMatching(/^检查点 5（.*）被删除（现存最新的是检查点 2）$/),
    );
    // an instance that never saw it still finds the entries after the newest left uncovered once the periodic job would have signed them
    const later = await verifyAuditChain(s.ds, { now: new Date(Date.now() + 31 * 60_000) });
    expect(later.breaks.map((b) => b.problem)).toContainEqual(
      expect.stringMatching(/没有检查点担保：较新的检查点被删除，或定期签名停了$/),
    );
  });

  it('an instance started with another key refuses to start in production, and signs nothing otherwise', async () => {
    const twin = {
      databaseUrl: TEST_DB === 'mysql' ? ((s.ds.options as { url?: string }).url ?? null) : null,
      dataDir: os.tmpdir(),
      sqliteFile: (s.ds.options as { database?: string }).database,
    };
    const otherKey = 'another key that nobody configured on purpose '.repeat(2);
    await expect(openDatabase({ ...twin, auditKey: otherKey, production: true })).rejects.toThrow(
      /AUDIT_KEY: this instance's key \(fingerprint [0-9a-f]{16}\) is not the key that signed the audit trail \(fingerprint [0-9a-f]{16}\)/,
    );
    const dev = await openDatabase({ ...twin, auditKey: otherKey });
    try {
      await expect(writeCheckpoint(dev, 'PERIODIC')).rejects.toThrow(/is not the key that signed the audit trail/);
      expect(trailAlarm(dev)).toBeNull(); // a wrong key is the instance's fault, not the trail's
      expect((await verify()).ok).toBe(true); // and it wrote nothing that breaks the others' chain
    } finally {
      await dev.destroy();
    }
  });
});
