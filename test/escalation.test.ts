import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLease, lastRun } from '../server/src/core/jobs/lease.js';
import { runIfLeased } from '../server/src/core/jobs/scheduler.js';
import { escalationJob, runEscalation } from '../server/src/modules/complaint/escalation.js';
import { ESCALATION_REASONS } from '../server/src/modules/complaint/escalation.rules.js';
import { hashPassword } from '../server/src/modules/user/password.js';
import { createUser } from '../server/src/modules/user/user-accounts.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { pinClock } from './setup/simulated-clock.js';

// about fixed calendar facts (the 2026 Spring Festival, March 2026's working days): on a clock of its own
pinClock('2026-04-20T10:00:00+08:00');

let s: TestServer;
let clerk: string;
const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field message } rows { id complaintNo dueAt } } }`;
type Row = { id: number; complaintNo: string; dueAt: string };

beforeAll(async () => {
  s = await startTestServer({ demo: false });
  await createUser(
    s.ds,
    { username: 'admin', displayName: '管理员', role: 'ADMIN' },
    await hashPassword('升级测试的管理员密码'),
  );
  const admin = await s.login('admin', '升级测试的管理员密码');
  // a customer, a model and a unit to complain about
  await s.gql(
    `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
    { i: { creates: [{ ref: 'c', values: { code: 'E1', name: '升级测试厂', tier: 'REGULAR' } }] } },
    admin,
  );
  await s.gql(
    `mutation($i: SaveProductModelInput!) { saveProductModels(input: $i) { ok } }`,
    { i: { creates: [{ ref: 'm', values: { code: 'EX1', name: '测试机', category: '空压机', active: true } }] } },
    admin,
  );
  clerk = admin;
});
afterAll(async () => s?.close());

async function complaint(over: Record<string, unknown>): Promise<Row> {
  const values = {
    receivedAt: '2026-03-02T10:00:00+08:00',
    channel: 'PHONE',
    customer: 'E1',
    kind: 'APPEAL',
    description: '升级测试',
    handlingScope: 'GENERAL',
    ...over,
  };
  const r = await s.gql<{ saveComplaints: { ok: boolean; errors: unknown[]; rows: Row[] } }>(
    SAVE,
    { input: { creates: [{ ref: 'x', values }] } },
    clerk,
  );
  expect(r.data.saveComplaints.errors).toEqual([]);
  return r.data.saveComplaints.rows[0];
}
const escalation = async (id: number) =>
  (
    await s.gql<{ complaint: { escalated: boolean; escalationReason: string | null } }>(
      `query($id: Int!) { complaint(id: $id) { escalated escalationReason } }`,
      { id },
      clerk,
    )
  ).data.complaint;

describe('deadline rules', () => {
  it('gives general complaints 3 working days, complex ones 7 (10 once extended with a reason), enquiries 1 hour', async () => {
    // Monday 2026-03-02 10:00: 3 working days → end of Thursday; 7 → end of Wednesday 03-11; 10 → end of Monday 03-16
    expect((await complaint({ handlingScope: 'GENERAL' })).dueAt).toBe('2026-03-05T15:59:59.999Z');
    expect((await complaint({ handlingScope: 'ENQUIRY' })).dueAt).toBe('2026-03-02T03:00:00.000Z');
    const c = await complaint({ handlingScope: 'COMPLEX' });
    expect(c.dueAt).toBe('2026-03-11T15:59:59.999Z');
    const EXTEND = `mutation($id: Int!, $v: Int!, $r: String!) { extendComplaintDeadline(id: $id, version: $v, reason: $r) { version dueAt deadlineExtended extensionReason } }`;
    const ext = await s.gql<{
      extendComplaintDeadline: { version: number; dueAt: string; deadlineExtended: boolean; extensionReason: string };
    }>(EXTEND, { id: c.id, v: 1, r: '需供应商检测报告' }, clerk);
    expect(ext.data.extendComplaintDeadline).toMatchObject({
      dueAt: '2026-03-16T15:59:59.999Z',
      deadlineExtended: true,
      extensionReason: '需供应商检测报告',
    });
    const twice = await s.gql(EXTEND, { id: c.id, v: ext.data.extendComplaintDeadline.version, r: '再延' }, clerk);
    expect(twice.errors?.[0].extensions).toMatchObject({ field: 'deadlineExtended' });
    const general = await complaint({ handlingScope: 'GENERAL' });
    expect((await s.gql(EXTEND, { id: general.id, v: 1, r: '想延期' }, clerk)).errors?.[0].extensions).toMatchObject({
      field: 'handlingScope',
    });
  });
});

describe('automatic escalation', () => {
  it('escalates each cause once, with its reason, by the system, at the injected moment', async () => {
    const overdue = await complaint({ handlingScope: 'ENQUIRY', receivedAt: '2026-04-01T09:00:00+08:00' });
    const media = await complaint({
      channel: 'MEDIA',
      receivedAt: '2026-04-01T09:00:00+08:00',
      handlingScope: 'COMPLEX',
    });
    const cluster = await Promise.all(
      [1, 2, 3].map((d) =>
        complaint({
          model: 'EX1',
          causeCategory: 'QUALITY',
          handlingScope: 'COMPLEX',
          receivedAt: `2026-04-0${d}T09:00:00+08:00`,
        }),
      ),
    );
    const quiet = await complaint({
      handlingScope: 'COMPLEX',
      receivedAt: '2026-04-01T09:00:00+08:00',
      causeCategory: 'WORK_ERROR',
      scopeReason: '涉及多个网点，按复杂投诉处理',
    });
    const Q = (n: string) => s.ds.driver.escape(n);
    const unsatisfied = await complaint({
      handlingScope: 'COMPLEX',
      receivedAt: '2026-04-01T09:00:00+08:00',
      description: '回访不满意',
    });
    await s.ds.query(`UPDATE ${Q('complaint')} SET ${Q('satisfied')} = ? WHERE ${Q('id')} = ?`, [0, unsatisfied.id]);

    // 2026-04-03 12:00 China time: the enquiry is hours late; the complex ones are not due yet
    const now = new Date('2026-04-03T04:00:00Z');
    const run = await runEscalation(s.ds, now);
    expect((await escalation(overdue.id)).escalationReason).toBe(ESCALATION_REASONS.OVERDUE);
    expect((await escalation(media.id)).escalationReason).toBe(ESCALATION_REASONS.MEDIA);
    for (const c of cluster) expect((await escalation(c.id)).escalationReason).toBe('同型号同原因 30 天内达 3 起');
    expect((await escalation(unsatisfied.id)).escalationReason).toBe(ESCALATION_REASONS.UNSATISFIED);
    expect((await escalation(quiet.id)).escalated).toBe(false);
    expect(run.byReason[ESCALATION_REASONS.MEDIA]).toBe(1);
    const trail: Array<{ u: number | null; r: string }> = await s.ds.query(
      `SELECT ${Q('userId')} AS u, ${Q('reason')} AS r FROM ${Q('audit_event')} WHERE ${Q('action')} = 'AUTO_ESCALATE' AND ${Q('entityId')} = ? AND ${Q('field')} = 'escalated'`,
      [media.id],
    );
    expect(trail).toEqual([{ u: null, r: ESCALATION_REASONS.MEDIA }]);
    // once escalated, never again
    expect((await runEscalation(s.ds, now)).escalated).toBe(0);
    // a repeat: the same customer and unit within 90 days
    await complaint({ serialNo: 'EX1-R1', receivedAt: '2026-04-02T09:00:00+08:00', handlingScope: 'COMPLEX' });
    const again = await complaint({
      serialNo: 'EX1-R1',
      receivedAt: '2026-04-02T10:00:00+08:00',
      handlingScope: 'COMPLEX',
    });
    await runEscalation(s.ds, now);
    expect((await escalation(again.id)).escalationReason).toBe(ESCALATION_REASONS.REPEAT);
  });

  it('runs on exactly one of two instances, and passes to the other when the holder stops renewing', async () => {
    const job = escalationJob(5);
    const at = new Date('2026-04-03T05:00:00Z');
    const ran = await Promise.all([runIfLeased(s.ds, job, 'instance-a', at), runIfLeased(s.ds, job, 'instance-b', at)]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    const holder = ran[0] ? 'instance-a' : 'instance-b';
    const other = holder === 'instance-a' ? 'instance-b' : 'instance-a';
    expect((await lastRun(s.ds, job.name))?.toISOString()).toBe(at.toISOString());
    // the holder renews; the other waits
    expect(await acquireLease(s.ds, job.name, other, 600_000, new Date(at.getTime() + 60_000))).toBe(false);
    expect(await acquireLease(s.ds, job.name, holder, 600_000, new Date(at.getTime() + 60_000))).toBe(true);
    // the holder died: past its lease the other takes over
    expect(await runIfLeased(s.ds, job, other, new Date(at.getTime() + 60 * 60_000))).toBe(true);
  });
});
