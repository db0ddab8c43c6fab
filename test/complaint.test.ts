import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, HistoryEntry, Node, Page, SaveOut } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { pinClock } from './setup/simulated-clock.js';

// about fixed calendar facts (the 2026 Spring Festival, March 2026's working days): on a clock of its own
pinClock('2026-04-20T10:00:00+08:00');

type C = Node & {
  complaintNo: string;
  status: string;
  receiver: string;
  dueAt: string;
  customer: { code: string };
  result: string | null;
  voidReason: string | null;
};
type Saved = { saveComplaints: SaveOut<C> };

let s: TestServer;
let clerk: string;
beforeAll(async () => {
  s = await startTestServer();
  clerk = await s.login('clerk');
});
afterAll(async () => s?.close());

const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) {
  ok batchId errors { row field code message } conflicts { row id fields current { id version result } }
  saved { row id version } rows { id version complaintNo status receivedAt dueAt replyDueAt receiver customer { code } result } } }`;

const row = (ref: string, over: Record<string, unknown> = {}) => ({
  ref,
  values: {
    receivedAt: '2026-03-06T10:00:00+08:00',
    channel: 'HOTLINE',
    customer: 'C0001',
    kind: 'APPEAL',
    description: '设备异响',
    handlingScope: 'DEPARTMENT',
    ...over,
  },
});

async function count(): Promise<number> {
  const r = await s.gql<{ complaints: Page }>(`{ complaints(first: 1) { totalCount } }`, {}, clerk);
  return r.data.complaints.totalCount;
}

describe('complaint batch save', () => {
  it('creates rows with server numbers, receiver and deadlines on the working calendar', async () => {
    const res = await s.gql<Saved>(
      SAVE,
      {
        input: {
          creates: [row('a'), row('b', { receivedAt: '2026-02-13T09:00:00+08:00', handlingScope: 'CROSS_REGION' })],
        },
      },
      clerk,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data.saveComplaints;
    expect(out.ok).toBe(true);
    expect(out.saved.map((x) => x.row)).toEqual(['a', 'b']);
    const [a, b] = out.rows;
    expect(a.complaintNo).toMatch(/^TS-2026-\d{6}$/);
    expect(b.complaintNo).not.toBe(a.complaintNo);
    expect(a.status).toBe('RECEIVED');
    expect(a.receiver).toBe('王丽（客服）');
    expect(a.customer.code).toBe('C0001');
    // Friday 10:00 + 24 clock hours: Saturday 10:00 (「不得超过24小时」 runs on the clock)
    expect(a.dueAt).toBe('2026-03-07T02:00:00.000Z');
    // Fri 2026-02-13 + 4 working days: make-up Saturday 02-14, then after Spring Festival 02-24, 25, 26
    expect(b.dueAt).toBe('2026-02-26T15:59:59.999Z');
    expect(a.version).toBe(1);
  });

  it('answers per-cell errors and writes nothing when any cell is bad', async () => {
    const before = await count();
    const res = await s.gql<Saved>(
      SAVE,
      {
        input: {
          creates: [
            row('ok1'),
            row('bad1', { customer: 'NO-SUCH', channel: null }),
            row('bad2', { kind: 'NON_QUALITY', claimAmount: 100, receivedAt: '2099-01-01T00:00:00Z' }),
          ],
        },
      },
      clerk,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data.saveComplaints;
    expect(out.ok).toBe(false);
    const cells = out.errors.map((e) => `${e.row}.${e.field}:${e.code}`).sort();
    expect(cells).toEqual([
      'bad1.channel:REQUIRED',
      'bad1.customer:NOT_FOUND',
      'bad2.claimAmount:INVALID',
      'bad2.receivedAt:INVALID',
    ]);
    expect(out.errors.find((e) => e.field === 'customer')?.message).toContain('NO-SUCH');
    expect(await count()).toBe(before);
  });

  it('answers an empty list filter with no rows, not an error', async () => {
    const r = await s.gql<{ complaints: Page }>(
      `{ complaints(filter: { causeCategory: { in: [] } }) { totalCount edges { node { id } } } }`,
      {},
      clerk,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.complaints.totalCount).toBe(0);
    expect(r.data.complaints.edges).toEqual([]);
  });

  it('refuses a stale version with the current values, and writes nothing of the batch', async () => {
    const created = (await s.gql<Saved>(SAVE, { input: { creates: [row('v1'), row('v2')] } }, clerk)).data
      .saveComplaints.rows;
    const [x, y] = created;
    const first = await s.gql<Saved>(
      SAVE,
      { input: { updates: [{ id: x.id, version: 1, values: { result: '先到者' } }] } },
      clerk,
    );
    expect(first.data.saveComplaints.ok).toBe(true);
    const quality = await s.login('quality');
    const second = await s.gql<Saved>(
      SAVE,
      {
        input: {
          updates: [
            { id: x.id, version: 1, values: { result: '后到者' } },
            { id: y.id, version: 1, values: { result: '同批另一行' } },
          ],
        },
      },
      quality,
    );
    const out = second.data.saveComplaints;
    expect(out.ok).toBe(false);
    expect(out.conflicts).toEqual([
      { row: String(x.id), id: x.id, fields: ['result'], current: { id: x.id, version: 2, result: '先到者' } },
    ]);
    const yNow = await s.gql<{ complaint: Node }>(
      `query($id: Int!) { complaint(id: $id) { version result } }`,
      { id: y.id },
      clerk,
    );
    expect(yNow.data.complaint).toEqual({ version: 1, result: null });
  });

  it('changes only the fields sent, keeps null as a clear, and audits each change', async () => {
    const [x] = (
      await s.gql<Saved>(SAVE, { input: { creates: [row('p', { contactName: '张伟', remark: '备注' })] } }, clerk)
    ).data.saveComplaints.rows;
    const res = await s.gql<Saved>(
      SAVE,
      { input: { updates: [{ id: x.id, version: 1, values: { remark: null, responsibleDept: '品质部' } }] } },
      clerk,
    );
    expect(res.data.saveComplaints.ok).toBe(true);
    const now = await s.gql<{ complaint: Node }>(
      `query($id: Int!) { complaint(id: $id) { version contactName remark responsibleDept { code name } } }`,
      { id: x.id },
      clerk,
    );
    expect(now.data.complaint).toEqual({
      version: 2,
      contactName: '张伟',
      remark: null,
      responsibleDept: { code: 'QA', name: '品质部' },
    });
    const unknown = await s.gql<Saved>(
      SAVE,
      { input: { updates: [{ id: x.id, version: 2, values: { responsibleDept: '不存在的部门' } }] } },
      clerk,
    );
    expect(unknown.data.saveComplaints.errors[0]).toMatchObject({ field: 'responsibleDept' });
    const h = await s.gql<{ history: HistoryEntry[] }>(
      `query($id: Int!) { history(entity: "complaint", id: $id, field: "remark") { action oldValue newValue userName } }`,
      { id: x.id },
      clerk,
    );
    expect(h.data.history).toEqual([
      { action: 'CREATE', oldValue: null, newValue: '备注', userName: '王丽（客服）' },
      { action: 'UPDATE', oldValue: '备注', newValue: null, userName: '王丽（客服）' },
    ]);
  });

  it('refuses cells the role may not edit and roles that may not write', async () => {
    const [x] = (await s.gql<Saved>(SAVE, { input: { creates: [row('r')] } }, clerk)).data.saveComplaints.rows;
    const ro = await s.gql<Saved>(
      SAVE,
      { input: { updates: [{ id: x.id, version: 1, values: { rootCause: '轴承' } }] } },
      clerk,
    );
    expect(ro.data.saveComplaints.errors).toMatchObject([{ field: 'rootCause', code: 'READ_ONLY' }]);
    const auditor = await s.login('auditor');
    const denied = await s.gql<Saved>(SAVE, { input: { creates: [row('z')] } }, auditor);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await s.gql<Saved>(SAVE, { input: { creates: [row('z')] } }, null);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('voids with a reason instead of deleting', async () => {
    const [x] = (await s.gql<Saved>(SAVE, { input: { creates: [row('d')] } }, clerk)).data.saveComplaints.rows;
    const noReason = await s.gql<Saved>(SAVE, { input: { voids: [{ id: x.id, version: 1, reason: ' ' }] } }, clerk);
    expect(noReason.data.saveComplaints.errors?.[0]).toMatchObject({ field: 'voidReason', code: 'REQUIRED' });
    const ok = await s.gql<Saved>(SAVE, { input: { voids: [{ id: x.id, version: 1, reason: '重复录入' }] } }, clerk);
    expect(ok.data.saveComplaints.ok).toBe(true);
    const listed = await s.gql<{ a: Page<C>; b: Page<C> }>(
      `query($id: Int!) { a: complaints(filter: { id: { eq: $id } }) { totalCount } b: complaints(filter: { id: { eq: $id } }, includeVoided: true) { edges { node { voidedAt voidReason } } } }`,
      { id: x.id },
      clerk,
    );
    expect(listed.data.a.totalCount).toBe(0);
    expect(listed.data.b.edges[0].node.voidReason).toBe('重复录入');
  });
});

describe('complaint workflow commands', () => {
  const FIELDS = 'id version status escalated closedAt verifiedAt callbackResult';
  async function fresh(over: Record<string, unknown> = {}) {
    return (await s.gql<Saved>(SAVE, { input: { creates: [row('w', over)] } }, clerk)).data.saveComplaints.rows[0];
  }
  const cmd = async (name: string, token: string, c: { id: number; version: number }, extra = '') => {
    const r = await s.gql<Record<string, C>>(
      `mutation($id: Int!, $v: Int!) { ${name}(id: $id, version: $v${extra}) { ${FIELDS} } }`,
      { id: c.id, v: c.version },
      token,
    );
    return r;
  };

  it('walks the whole loop and refuses to close without a verified countermeasure where the company was responsible', async () => {
    const quality = await s.login('quality');
    let c = await fresh({ responsibleDept: '品质部' });
    c = (await cmd('acknowledgeComplaint', clerk, c)).data.acknowledgeComplaint;
    expect(c.status).toBe('ACKNOWLEDGED');
    c = (await cmd('startComplaintInvestigation', clerk, c)).data.startComplaintInvestigation;
    const missing = await cmd('recordComplaintCountermeasure', quality, c);
    expect(missing.errors?.[0].extensions).toMatchObject({ reason: 'PRECONDITION', field: 'rootCause' });
    const upd = await s.gql<Saved>(
      SAVE,
      {
        input: {
          updates: [
            {
              id: c.id,
              version: c.version,
              values: {
                rootCause: '轴承批次不良',
                correctiveAction: '更换轴承',
                companyResponsible: true,
                result: '已更换轴承',
              },
            },
          ],
        },
      },
      quality,
    );
    expect(upd.data.saveComplaints.ok).toBe(true);
    c = { ...c, version: upd.data.saveComplaints.saved[0].version };
    c = (await cmd('recordComplaintCountermeasure', quality, c)).data.recordComplaintCountermeasure;
    // the proposal is approved before the reply: not by whoever recorded the countermeasure, and it can be sent back
    expect((await cmd('respondToComplaint', clerk, c)).errors?.[0].extensions.reason).toBe('INVALID_STATE');
    expect((await cmd('approveComplaintProposal', quality, c)).errors?.[0].message).toContain('职责分离');
    const manager = await s.login('manager');
    const back = await cmd('sendBackComplaintProposal', manager, c, ', reason: "纠正措施不具体"');
    c = back.data.sendBackComplaintProposal;
    expect(c.status).toBe('INVESTIGATING');
    c = (await cmd('recordComplaintCountermeasure', quality, c)).data.recordComplaintCountermeasure;
    c = (await cmd('approveComplaintProposal', manager, c, ', note: "同意"')).data.approveComplaintProposal;
    expect(c.status).toBe('APPROVED');
    // the company is responsible and no containment was stated: 品质部 confirms the effect before the reply
    const unverified = await cmd('respondToComplaint', clerk, c);
    expect(unverified.errors?.[0].extensions).toMatchObject({ reason: 'PRECONDITION', field: 'verifiedAt' });
    c = (await cmd('verifyComplaintCountermeasure', quality, c)).data.verifyComplaintCountermeasure;
    expect(c.verifiedAt).not.toBeNull();
    c = (await cmd('respondToComplaint', clerk, c)).data.respondToComplaint;
    expect(c.status).toBe('RESPONDED');
    c = (await cmd('recordComplaintCallback', clerk, c, ', callbackResult: "满意", satisfied: true')).data
      .recordComplaintCallback;
    // received in March, closed now: past its deadline, so the delay needs its reason
    const late = await cmd('closeComplaint', quality, c);
    expect(late.errors?.[0].extensions).toMatchObject({ reason: 'PRECONDITION', field: 'delayReason' });
    c = (await cmd('closeComplaint', quality, c, ', delayReason: "等待供应商更换轴承"')).data.closeComplaint;
    expect(c.status).toBe('CLOSED');
    const reopened = (await cmd('reopenComplaint', clerk, c, ', reason: "同一故障再次出现"')).data.reopenComplaint;
    expect(reopened).toMatchObject({ status: 'REOPENED', escalated: true, closedAt: null });
    const h = await s.gql<{ history: HistoryEntry[] }>(
      `query($id: Int!) { history(entity: "complaint", id: $id, field: "status") { action newValue } }`,
      { id: c.id },
      clerk,
    );
    expect(h.data.history.map((e) => e.newValue)).toEqual([
      'RECEIVED',
      'ACKNOWLEDGED',
      'INVESTIGATING',
      'COUNTERMEASURE',
      'INVESTIGATING',
      'COUNTERMEASURE',
      'APPROVED',
      'RESPONDED',
      'CALLBACK',
      'CLOSED',
      'REOPENED',
    ]);
  });

  it('lets the head of the handling unit (承办部门) approve its proposals, and nobody else below a manager', async () => {
    const admin = await s.login('admin');
    const users = await s.gql<{ users: Page<{ id: number; version: number }> }>(
      `{ users(filter: { username: { eq: "quality" } }) { edges { node { id version } } } }`,
      {},
      admin,
    );
    const q = users.data.users.edges[0].node;
    const head = await s.gql<{ saveUsers: { ok: boolean } }>(
      `mutation($i: SaveUserInput!) { saveUsers(input: $i) { ok } }`,
      { i: { updates: [{ id: q.id, version: q.version, values: { deptHead: true } }] } },
      admin,
    );
    expect(head.data.saveUsers.ok).toBe(true);
    const quality = await s.login('quality');
    const actions = async (id: number, token: string) =>
      (
        await s.gql<{ complaint: { availableActions: Action[] } }>(
          `query($id: Int!) { complaint(id: $id) { availableActions { name } } }`,
          { id },
          token,
        )
      ).data.complaint.availableActions.map((a) => a.name);
    // 品质部 works out both; the clerk's own unit (客户服务部) handles the second, so its head approves, not 陈刚
    for (const [dept, may] of [
      ['品质部', true],
      [null, false],
    ] as const) {
      let c = await fresh({ responsibleDept: '品质部', ...(dept ? { handlingDept: dept } : {}) });
      expect(
        (
          await s.gql<{ complaint: { handlingDept: { name: string } } }>(
            `query($id: Int!) { complaint(id: $id) { handlingDept { name } } }`,
            { id: c.id },
            clerk,
          )
        ).data.complaint.handlingDept.name,
      ).toBe(dept ?? '客户服务部');
      c = (await cmd('acknowledgeComplaint', clerk, c)).data.acknowledgeComplaint;
      c = (await cmd('startComplaintInvestigation', clerk, c)).data.startComplaintInvestigation;
      const upd = await s.gql<Saved>(
        SAVE,
        { input: { updates: [{ id: c.id, version: c.version, values: { result: '已免费更换' } }] } },
        clerk,
      );
      c = { ...c, version: upd.data.saveComplaints.saved[0].version };
      expect((await actions(c.id, quality)).includes('approveProposal'), String(dept)).toBe(may);
      const r = await cmd('approveComplaintProposal', quality, c);
      if (may) expect(r.data.approveComplaintProposal.status).toBe('APPROVED');
      else expect(r.errors?.[0].message).toContain('部门负责人');
    }
    // a claim above ¥10,000 is beyond a department head's authority (不得超越核决权限)
    let claim = await fresh({ responsibleDept: '品质部', handlingDept: '品质部', kind: 'CLAIM', claimAmount: 20000 });
    claim = (await cmd('acknowledgeComplaint', clerk, claim)).data.acknowledgeComplaint;
    claim = (await cmd('startComplaintInvestigation', clerk, claim)).data.startComplaintInvestigation;
    const upd = await s.gql<Saved>(
      SAVE,
      { input: { updates: [{ id: claim.id, version: claim.version, values: { result: '赔偿 2 万元' } }] } },
      clerk,
    );
    claim = { ...claim, version: upd.data.saveComplaints.saved[0].version };
    expect((await actions(claim.id, quality)).includes('approveProposal')).toBe(false);
    expect((await cmd('approveComplaintProposal', quality, claim)).errors?.[0].message).toBe(
      '索赔金额超过 ¥10,000，须总经理室核准',
    );
    expect(
      (await cmd('approveComplaintProposal', await s.login('manager'), claim)).data.approveComplaintProposal.status,
    ).toBe('APPROVED');
  });

  it('checks role, state and version', async () => {
    const c = await fresh();
    const auditor = await s.login('auditor');
    expect((await cmd('acknowledgeComplaint', auditor, c)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await cmd('closeComplaint', await s.login('quality'), c)).errors?.[0].extensions.reason).toBe(
      'INVALID_STATE',
    );
    const ok = (await cmd('acknowledgeComplaint', clerk, c)).data.acknowledgeComplaint;
    const stale = await cmd('acknowledgeComplaint', clerk, c);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: ok.version });
    const noReason = await cmd('rejectComplaint', await s.login('quality'), ok, ', reason: ""');
    expect(noReason.errors?.[0].extensions).toMatchObject({ reason: 'REQUIRED', field: 'reason' });
  });

  it('keeps status out of the batch save', async () => {
    const c = await fresh();
    const res = await s.gql<Saved>(
      SAVE,
      { input: { updates: [{ id: c.id, version: c.version, values: { status: 'CLOSED' } }] } },
      clerk,
    );
    // only a paper record entered after the fact (补录) may bring its status; a live one's is the workflow's
    expect(res.data.saveComplaints.ok).toBe(false);
    expect(res.data.saveComplaints.errors.map((e) => [e.field, e.message])).toEqual([
      ['status', '「状态」不能由当前角色修改'],
    ]);
  });
});

describe('complaint queries', () => {
  it('runs a constant number of SQL statements for a page with its customers', async () => {
    const q = `query($n: Int!) { complaints(first: $n) { edges { node { id complaintNo overdue customer { code name } } } } }`;
    s.counter.reset();
    await s.gql(q, { n: 5 }, clerk);
    const small = s.counter.count;
    s.counter.reset();
    await s.gql(q, { n: 100 }, clerk);
    const large = s.counter.count;
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3); // session, page, customers
  });
});

describe('complaint actions', () => {
  it('offers each role only the commands it may run from the current status', async () => {
    const [c] = (await s.gql<Saved>(SAVE, { input: { creates: [row('act')] } }, clerk)).data.saveComplaints.rows;
    const q = `query($id: Int!) { complaint(id: $id) { availableActions { name mutation needs } } }`;
    const forClerk = (
      await s.gql<{ complaint: { availableActions: Action[] } }>(q, { id: c.id }, clerk)
    ).data.complaint.availableActions.map((a) => a.name);
    // 客服部 judges whether the company is responsible, and explains to the customer when it is not
    expect(forClerk).toEqual(['acknowledge', 'reject', 'withdraw', 'escalate']);
    const forQuality = (
      await s.gql<{ complaint: { availableActions: Action[] } }>(q, { id: c.id }, await s.login('quality'))
    ).data.complaint.availableActions;
    expect(forQuality.map((a) => a.name)).toEqual(['acknowledge', 'reject', 'withdraw', 'escalate']);
    expect(forQuality.find((a) => a.name === 'reject')).toEqual({
      name: 'reject',
      mutation: 'rejectComplaint',
      needs: ['reason'],
    });
    expect(
      (await s.gql<{ complaint: { availableActions: Action[] } }>(q, { id: c.id }, await s.login('auditor'))).data
        .complaint.availableActions,
    ).toEqual([]);
  });
});

describe('repeat complaints (the same customer about the same unit within 90 days)', () => {
  type R = { id: number; version: number; complaintNo: string; isRepeat: boolean };
  const UNIT = 'RPT-UNIT-0001';
  const SAVE_R = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { row field message } rows { id version complaintNo isRepeat } } }`;
  const at = (day: string) => `2025-${day}T10:00:00+08:00`;
  async function marks(): Promise<Record<string, boolean>> {
    const r = await s.gql<{ complaints: Page<R & { receivedAt: string }> }>(
      `query($f: ComplaintFilter) { complaints(filter: $f, first: 50, orderBy: [{ field: receivedAt }]) { edges { node { id version receivedAt isRepeat } } } }`,
      { f: { serialNo: { eq: UNIT } } },
      clerk,
    );
    return Object.fromEntries(r.data.complaints.edges.map((e) => [e.node.receivedAt.slice(5, 10), e.node.isRepeat]));
  }
  async function node(day: string): Promise<R> {
    const r = await s.gql<{ complaints: Page<R> }>(
      `query($f: ComplaintFilter) { complaints(filter: $f, first: 1) { edges { node { id version complaintNo isRepeat } } } }`,
      { f: { serialNo: { eq: UNIT }, receivedAt: { gte: at(day), lte: at(day) } } },
      clerk,
    );
    return r.data.complaints.edges[0].node;
  }

  it('marks the later one, follows a backdated entry, a void and a changed unit, every change audited', async () => {
    const created = await s.gql<{ saveComplaints: { ok: boolean } }>(
      SAVE_R,
      {
        input: {
          creates: [
            row('r1', { serialNo: UNIT, receivedAt: at('01-10') }),
            row('r2', { serialNo: UNIT, receivedAt: at('03-01') }),
            row('r3', { serialNo: UNIT, receivedAt: at('09-01') }),
          ],
        },
      },
      clerk,
    );
    expect(created.data.saveComplaints.ok).toBe(true);
    expect(await marks()).toEqual({ '01-10': false, '03-01': true, '09-01': false });
    // a complaint entered late, received in between: the one after it now repeats it
    await s.gql(SAVE_R, { input: { creates: [row('r4', { serialNo: UNIT, receivedAt: at('07-15') })] } }, clerk);
    expect(await marks()).toEqual({ '01-10': false, '03-01': true, '07-15': false, '09-01': true });
    // voided, it counts no more
    const late = await node('07-15');
    await s.gql(SAVE_R, { input: { voids: [{ id: late.id, version: late.version, reason: '录入错误' }] } }, clerk);
    expect(await marks()).toEqual({ '01-10': false, '03-01': true, '09-01': false });
    // the first one was about another unit after all
    const first = await node('01-10');
    await s.gql(
      SAVE_R,
      { input: { updates: [{ id: first.id, version: first.version, values: { serialNo: 'RPT-UNIT-OTHER' } }] } },
      clerk,
    );
    expect(await marks()).toEqual({ '03-01': false, '09-01': false });
    const second = await node('03-01');
    const history = await s.gql<{ history: HistoryEntry[] }>(
      `query($id: Int!) { history(entity: "complaint", id: $id, field: "isRepeat") { action newValue } }`,
      { id: second.id },
      await s.login('auditor'),
    );
    expect(history.data.history.map((h) => [h.action, h.newValue])).toEqual(
      expect.arrayContaining([
        ['REPEAT_CHECK', 'true'],
        ['REPEAT_CHECK', 'false'],
      ]),
    );
  });
});

describe('the scope the cause gives (一般/复杂投诉)', () => {
  const create = (values: Record<string, unknown>) =>
    s.gql<Saved>(
      SAVE,
      {
        input: {
          creates: [
            {
              ref: 'x',
              values: {
                receivedAt: '2026-02-13T09:00:00+08:00',
                channel: 'PHONE',
                customer: 'C0001',
                kind: 'NON_QUALITY',
                description: '服务态度差',
                ...values,
              },
            },
          ],
        },
      },
      clerk,
    );

  it('fills 一般投诉 from 服务态度 when no scope is typed: three working days, 14 Feb 2026 (调休) counted', async () => {
    const r = await create({ causeCategory: 'SERVICE_ATTITUDE' });
    expect(r.data.saveComplaints.errors).toEqual([]);
    const [row] = r.data.saveComplaints.rows;
    expect(row.dueAt).toBe(new Date('2026-02-25T23:59:59.999+08:00').toISOString());
  });

  it('takes another scope only with its reason, which the trail keeps', async () => {
    const refused = await create({ causeCategory: 'SERVICE_ATTITUDE', handlingScope: 'DEPARTMENT' });
    expect(refused.data.saveComplaints.ok).toBe(false);
    expect(refused.data.saveComplaints.errors).toMatchObject([{ field: 'scopeReason', code: 'REQUIRED' }]);
    const taken = await create({
      causeCategory: 'SERVICE_ATTITUDE',
      handlingScope: 'DEPARTMENT',
      scopeReason: '客户要求当天答复',
    });
    expect(taken.data.saveComplaints.ok).toBe(true);
    expect(taken.data.saveComplaints.rows[0].dueAt).toBe(new Date('2026-02-14T09:00:00+08:00').toISOString()); // 24 clock hours
  });

  it('records the urgency (一般 unless said) and the order or shipment number at intake', async () => {
    const plain = await create({ causeCategory: 'PACKAGING', handlingScope: 'GENERAL' });
    expect(plain.data.saveComplaints.ok).toBe(true);
    const id = plain.data.saveComplaints.rows[0].id;
    const urgent = await create({
      causeCategory: 'CONTRACT_MISMATCH',
      handlingScope: 'DEPARTMENT',
      urgency: 'CRITICAL',
      orderNo: 'SO-2026-0213',
    });
    expect(urgent.data.saveComplaints.ok).toBe(true);
    const read = await s.gql<{ complaints: Page<{ id: number; urgency: string; orderNo: string | null }> }>(
      `query($ids: [Int!]) { complaints(filter: { id: { in: $ids } }, orderBy: [{ field: id, direction: ASC }]) { edges { node { id urgency orderNo } } } }`,
      { ids: [id, urgent.data.saveComplaints.rows[0].id] },
      clerk,
    );
    expect(read.data.complaints.edges.map((e) => [e.node.urgency, e.node.orderNo])).toEqual([
      ['NORMAL', null],
      ['CRITICAL', 'SO-2026-0213'],
    ]);
  });

  it('keeps the person complained about (被投诉人) from receiving, handling or approving it', async () => {
    // the clerk cannot receive a complaint about herself; typed as people say it, 王丽 is 王丽（客服）
    const own = await create({ causeCategory: 'SERVICE_ATTITUDE', accusedPerson: '王丽' });
    expect(own.data.saveComplaints.errors).toMatchObject([{ field: 'accusedPerson', code: 'CONFLICT_OF_INTEREST' }]);
    const quality = await s.login('quality');
    const about = await s.gql<Saved>(
      SAVE,
      {
        input: {
          creates: [
            {
              ref: 'q',
              values: {
                receivedAt: '2026-02-13T09:00:00+08:00',
                channel: 'PHONE',
                customer: 'C0001',
                kind: 'NON_QUALITY',
                description: '客服态度',
                causeCategory: 'SERVICE_ATTITUDE',
                accusedPerson: '王丽',
              },
            },
          ],
        },
      },
      quality,
    );
    expect(about.data.saveComplaints.ok).toBe(true);
    const row = about.data.saveComplaints.rows[0];
    const q = `query($id: Int!) { complaint(id: $id) { accusedPerson availableActions { name } } }`;
    const seen = await s.gql<{ complaint: { accusedPerson: string; availableActions: Action[] } }>(
      q,
      { id: row.id },
      clerk,
    );
    expect(seen.data.complaint.accusedPerson).toBe('王丽（客服）');
    expect(seen.data.complaint.availableActions.map((a) => a.name)).toEqual(['escalate']);
    const refused = await s.gql(
      `mutation($id: Int!, $v: Int!) { acknowledgeComplaint(id: $id, version: $v) { id } }`,
      { id: row.id, v: row.version },
      clerk,
    );
    expect(refused.errors?.[0].message).toContain('非当事人');
    const byQuality = await s.gql(
      `mutation($id: Int!, $v: Int!) { acknowledgeComplaint(id: $id, version: $v) { id } }`,
      { id: row.id, v: row.version },
      quality,
    );
    expect(byQuality.errors).toBeUndefined();
  });

  it('logs what the customer was told — progress, a delay with its reason, the outcome — by whom, when and how', async () => {
    const c = (await create({ causeCategory: 'SERVICE_ATTITUDE' })).data.saveComplaints.rows[0];
    type Contact = { contactedBy: string; kind: string; complaint: { complaintNo: string } };
    const contacts = (rows: Array<[string, Record<string, unknown>]>) =>
      s.gql<{ saveComplaintContacts: SaveOut<Contact> }>(
        `mutation($input: SaveComplaintContactInput!) { saveComplaintContacts(input: $input) { ok errors { row field code } rows { contactedBy kind method complaint { complaintNo } } } }`,
        { input: { creates: rows.map(([ref, values]) => ({ ref, values: { complaint: c.complaintNo, ...values } })) } },
        clerk,
      );
    const delay = {
      contactedAt: '2026-02-20T10:00:00+08:00',
      method: 'PHONE',
      kind: 'DELAY',
      content: '等待供应商备件，预计 2 月 27 日前答复',
      contactPerson: '赵经理',
    };
    const told = await contacts([
      ['d', delay],
      ['f', { contactedAt: '2099-01-01T10:00:00+08:00', method: 'WRITTEN', kind: 'RESULT', content: '未来的联络' }],
    ]);
    expect(told.data.saveComplaintContacts.errors).toMatchObject([{ row: 'f', field: 'contactedAt', code: 'INVALID' }]);
    const ok = await contacts([['d', delay]]);
    expect(ok.data.saveComplaintContacts.rows[0]).toMatchObject({
      contactedBy: '王丽（客服）',
      kind: 'DELAY',
      complaint: { complaintNo: c.complaintNo },
    });
  });

  it('proposes the route and the 对策单位 from the cause, which the clerk confirms or changes (3.4.1, 3.6)', async () => {
    type Routed = { route: string | null; responsibleDept: { name: string } | null };
    const routed = async (values: Record<string, unknown>) => {
      const r = await create({ handlingScope: 'DEPARTMENT', ...values });
      expect(r.data.saveComplaints.errors).toEqual([]);
      const id = r.data.saveComplaints.rows[0].id;
      return (
        await s.gql<{ complaint: Routed }>(
          `query($id: Int!) { complaint(id: $id) { route responsibleDept { name } } }`,
          { id },
          clerk,
        )
      ).data.complaint;
    };
    expect(await routed({ causeCategory: 'QUALITY', kind: 'APPEAL' })).toEqual({
      route: 'QUALITY_DEPT',
      responsibleDept: { name: '品质部' },
    });
    expect(await routed({ causeCategory: 'ECONOMIC_DISPUTE' })).toEqual({
      route: 'LEGAL',
      responsibleDept: { name: '法务部' },
    });
    expect(await routed({ causeCategory: 'THIRD_PARTY' })).toEqual({
      route: 'GM_JOINT',
      responsibleDept: { name: '总经理室' },
    });
    // a contract matter alone: signed with an opinion and taken to the supervisor; the unit is the clerk's to name
    expect(await routed({ causeCategory: 'CONTRACT_TERMS' })).toEqual({ route: 'SUPERVISOR', responsibleDept: null });
    // what the clerk typed stands
    expect(
      await routed({ causeCategory: 'QUALITY', kind: 'APPEAL', responsibleDept: '生产部', route: 'DEPARTMENT' }),
    ).toEqual({
      route: 'DEPARTMENT',
      responsibleDept: { name: '生产部' },
    });
  });

  it('proposes nothing where the installation has no such department, instead of refusing the complaint', async () => {
    const legal = await s.gql<{ departments: Page<{ id: number; version: number }> }>(
      `{ departments(filter: { name: { eq: "法务部" } }) { edges { node { id version } } } }`,
      {},
      await s.login('admin'),
    );
    const d = legal.data.departments.edges[0].node;
    const voided = await s.gql<{ saveDepartments: { ok: boolean } }>(
      `mutation($i: SaveDepartmentInput!) { saveDepartments(input: $i) { ok } }`,
      { i: { voids: [{ id: d.id, version: d.version, reason: '本公司无法务部' }] } },
      await s.login('admin'),
    );
    expect(voided.data.saveDepartments.ok).toBe(true);
    const r = await create({ causeCategory: 'ECONOMIC_DISPUTE', handlingScope: 'DEPARTMENT' });
    expect(r.data.saveComplaints.errors).toEqual([]);
    const typed = await create({
      causeCategory: 'ECONOMIC_DISPUTE',
      handlingScope: 'DEPARTMENT',
      responsibleDept: '法务部',
    });
    expect(typed.data.saveComplaints.errors).toMatchObject([{ field: 'responsibleDept', code: 'NOT_FOUND' }]);
  });
});
