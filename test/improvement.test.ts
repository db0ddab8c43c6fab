import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveOut } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { pinClock } from './setup/simulated-clock.js';

// the demo's improvement loop is laid out from this day: last month's review meeting, notices due around it
pinClock('2026-04-20T10:00:00+08:00');

type R = {
  id: number;
  version: number;
  rectificationNo: string;
  status: string;
  report: string | null;
  reportedBy: string | null;
  verifiedBy: string | null;
  verificationNote: string | null;
  department: { name: string } | null;
};
type Item = { key: string; label: string; count: number; urgent: boolean; filter: Record<string, unknown> | null };

let s: TestServer;
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['clerk', 'quality', 'production', 'manager', 'admin', 'pmc', 'auditor']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

const FIELDS = 'id version rectificationNo status report reportedBy verifiedBy verificationNote department { name }';
const SAVE = `mutation($input: SaveRectificationInput!) { saveRectifications(input: $input) {
  ok errors { row field code message } rows { ${FIELDS} } } }`;

async function save(who: string, creates: Array<Record<string, unknown>>) {
  const r = await s.gql<{ saveRectifications: SaveOut<R> }>(
    SAVE,
    { input: { creates: creates.map((values, i) => ({ ref: `n${i}`, values })) } },
    tok[who],
  );
  return r;
}

async function run(command: string, who: string, row: { id: number; version: number }, args = '') {
  return s.gql<Record<string, R>>(
    `mutation($id: Int!, $v: Int!) { ${command}(id: $id, version: $v${args}) { ${FIELDS} } }`,
    { id: row.id, v: row.version },
    tok[who],
  );
}

const myWork = async (who: string) =>
  (await s.gql<{ myWork: Item[] }>(`{ myWork { key label count urgent filter } }`, {}, tok[who])).data.myWork;

const notice = (over: Record<string, unknown> = {}) => ({
  issuedOn: '2026-04-20',
  source: 'ANALYSIS',
  department: '生产部',
  problem: '包装破损投诉上升',
  requirement: '改进包装防护，提交整改报告',
  dueDate: '2026-04-30',
  ...over,
});

describe('整改通知单 (rectification notices)', () => {
  it('puts the demo loop on each desk: the overdue one on 生产部 and the issuers, the reported one on quality', async () => {
    const production = await myWork('production');
    expect(production.find((i) => i.key === 'rectification.overdue')).toMatchObject({
      label: '本部门已逾期的整改通知单',
      count: 1,
      urgent: true,
    });
    expect(production.find((i) => i.key === 'rectification.report')).toMatchObject({ count: 1 });
    const quality = await myWork('quality');
    expect(quality.find((i) => i.key === 'rectification.verify')).toMatchObject({
      label: '待验证的整改报告',
      count: 1,
    });
    expect((await myWork('clerk')).find((i) => i.key === 'rectification.overdue')).toMatchObject({
      label: '已逾期的整改通知单',
      count: 1,
    });
    // PMC's department has no notice: nothing overdue on its desk
    expect((await myWork('pmc')).some((i) => i.key.startsWith('rectification.'))).toBe(false);
    expect((await myWork('auditor')).some((i) => i.key.startsWith('rectification.'))).toBe(false);
  });

  it('refuses a notice whose source names nothing, or whose deadline comes before it, naming the cell; writes nothing', async () => {
    const before = (
      await s.gql<{ rectifications: { totalCount: number } }>(`{ rectifications { totalCount } }`, {}, tok.clerk)
    ).data.rectifications.totalCount;
    const r = await save('clerk', [
      notice({ source: 'COMPLAINT' }),
      notice({ dueDate: '2026-04-10' }),
      notice({ department: '不存在的部门' }),
    ]);
    expect(r.data.saveRectifications.ok).toBe(false);
    const errors = r.data.saveRectifications.errors.map((e) => [e.row, e.field, e.message]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['n0', 'sourceComplaint', '来源为此类时须填写「来源投诉」'],
        ['n1', 'dueDate', '「整改期限」不能早于「下发日期」'],
        expect.arrayContaining(['n2', 'department']),
      ]),
    );
    const after = (
      await s.gql<{ rectifications: { totalCount: number } }>(`{ rectifications { totalCount } }`, {}, tok.clerk)
    ).data.rectifications.totalCount;
    expect(after).toBe(before);
  });

  it('is reported by its own department only, verified by quality — not by whoever reported — and sent back with a reason', async () => {
    const created = await save('clerk', [notice()]);
    expect(created.data.saveRectifications.ok).toBe(true);
    let row = created.data.saveRectifications.rows[0];
    expect(row).toMatchObject({ status: 'ISSUED', department: { name: '生产部' } });
    expect(row.rectificationNo).toMatch(/^ZG-2026-\d{6}$/);

    const report = `, report: "包装加护角与缠绕膜，已试运 3 批无破损"`;
    const byClerk = await run('reportRectification', 'clerk', row, report);
    expect(byClerk.errors?.[0].message).toBe('整改报告由整改部门的人员提交');
    const empty = await run('reportRectification', 'production', row, `, report: "  "`);
    expect(empty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    row = (await run('reportRectification', 'production', row, report)).data.reportRectification;
    expect(row).toMatchObject({ status: 'REPORTED', reportedBy: '赵强（生产部）' });

    // the department cannot close its own rectification, and a reported notice no longer changes
    expect((await run('verifyRectification', 'production', row)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const edit = await s.gql<{ saveRectifications: SaveOut<R> }>(
      SAVE.replace('creates', 'updates'),
      { input: { updates: [{ id: row.id, version: row.version, values: { dueDate: '2026-05-30' } }] } },
      tok.clerk,
    );
    expect(edit.data.saveRectifications.errors[0].message).toMatch(/已提交整改报告，待验证，不可修改/);

    row = (await run('sendBackRectification', 'quality', row, `, reason: "雨天运输仍有破损"`)).data
      .sendBackRectification;
    expect(row).toMatchObject({ status: 'ISSUED', verificationNote: '退回：雨天运输仍有破损' });
    row = (await run('reportRectification', 'production', row, `, report: "外箱改用五层瓦楞纸，防雨膜"`)).data
      .reportRectification;
    row = (await run('verifyRectification', 'quality', row, `, note: "跟踪一个月无破损"`)).data.verifyRectification;
    expect(row).toMatchObject({ status: 'CLOSED', verifiedBy: '陈刚（品质部）', verificationNote: '跟踪一个月无破损' });

    const trail = await s.gql<{ history: Array<{ actionLabel: string; userName: string }> }>(
      `query($id: Int!) { history(entity: "rectification", id: $id, field: "status") { actionLabel userName } }`,
      { id: row.id },
      tok.auditor,
    );
    expect(trail.data.history.map((h) => h.actionLabel)).toEqual(
      expect.arrayContaining(['提交整改报告', '退回重新整改', '验证关闭']),
    );
  });

  it('keeps whoever reported from verifying, even the administrator standing in for a department', async () => {
    let row = (await save('clerk', [notice({ department: '仓储部' })])).data.saveRectifications.rows[0];
    row = (await run('reportRectification', 'admin', row, `, report: "货架已重新标识"`)).data.reportRectification;
    const self = await run('verifyRectification', 'admin', row);
    expect(self.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await run('verifyRectification', 'manager', row)).data.verifyRectification.status).toBe('CLOSED');
  });

  it('is issued only by those who issue: a department receiving one cannot write the ledger, nor set its status', async () => {
    const byProduction = await save('production', [notice()]);
    expect(byProduction.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // status is no input of the save at all: it moves by the commands only
    const status = await save('clerk', [notice({ status: 'CLOSED' })]);
    expect(status.errors?.[0].message).toMatch(/"status" is not defined/);
  });

  it("lists the month's notices in the monthly report with how each stood against its deadline", async () => {
    const gen = await s.gql<{
      generateMonthlyReport: { content: { tables: Array<{ name: string; rows: Array<Record<string, unknown>> }> } };
    }>(`mutation { generateMonthlyReport(month: "2026-03") { content } }`, {}, tok.manager);
    const table = gen.data.generateMonthlyReport.content.tables.find((t) => t.name === '整改通知单');
    expect(table).toBeDefined();
    const targets = gen.data.generateMonthlyReport.content.tables.find((t) => t.name === '目标与实绩')!;
    expect(targets.rows.map((r) => [r.label, r.target])).toEqual([
      ['满意度调查得分', 0.9],
      ['回访满意率', 0.9],
      ['投诉率', 0.05],
      ['回访率', 1],
    ]);
    const rate = targets.rows.find((r) => r.label === '投诉率')!;
    expect(rate.basis).toMatch(/^期内受理投诉 \d+ 件 ÷ 期末在用产品（已开票、未作废的售后服务档案）\d+ 台$/);
    expect(['达标', '未达标']).toContain(rate.verdict);
    expect(gen.data.generateMonthlyReport.content.tables.some((t) => t.name === '分项满意度与改进措施')).toBe(true);
    // the demo's: issued from 21 March on; at the end of March none was reported yet
    expect(table!.rows.map((r) => [r.dept, r.dueDate, r.standing])).toEqual(
      expect.arrayContaining([
        ['品质部', '2026-04-04', '未到期'],
        ['生产部', '2026-04-14', '未到期'],
      ]),
    );
  });
});

type C = { id: number; version: number; status: string; rootCause: string | null; correctiveAction: string | null };
const CSAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) {
  ok errors { row field code message } rows { id version status rootCause correctiveAction } } }`;

async function complaintAt(dept: string): Promise<C> {
  const made = await s.gql<{ saveComplaints: SaveOut<C> }>(
    CSAVE,
    {
      input: {
        creates: [
          {
            ref: 'c',
            values: {
              receivedAt: '2026-04-20T09:00:00+08:00',
              channel: 'HOTLINE',
              customer: 'C0001',
              kind: 'APPEAL',
              causeCategory: 'QUALITY',
              description: '外箱破损',
              handlingScope: 'DEPARTMENT',
              responsibleDept: dept,
            },
          },
        ],
      },
    },
    tok.clerk,
  );
  let c = made.data.saveComplaints.rows[0];
  for (const m of ['acknowledgeComplaint', 'startComplaintInvestigation'])
    c = (
      await s.gql<Record<string, C>>(
        `mutation($id: Int!, $v: Int!) { ${m}(id: $id, version: $v) { id version status rootCause correctiveAction } }`,
        { id: c.id, v: c.version },
        tok.clerk,
      )
    ).data[m];
  return c;
}

const edit = (who: string, c: C, values: Record<string, unknown>) =>
  s.gql<{ saveComplaints: SaveOut<C> }>(
    CSAVE,
    { input: { updates: [{ id: c.id, version: c.version, values }] } },
    tok[who],
  );

describe('the 对策单位 writes its own countermeasure (3.4.3)', () => {
  it('生产部 writes 原因分析 and 纠正措施 of a complaint routed to it, records it, and sees it waiting on its desk', async () => {
    const c = await complaintAt('生产部');
    const waiting = (await myWork('production')).find((i) => i.key === 'complaint.recordCountermeasure');
    expect(waiting?.count).toBeGreaterThanOrEqual(1);
    const meta = await s.gql<{
      ledgerDefinitions: Array<{
        name: string;
        creatable: boolean;
        writable: boolean;
        columns: Array<{ field: string; editable: boolean; ownDepartment: boolean }>;
      }>;
    }>(
      `{ ledgerDefinitions { name creatable writable columns { field editable ownDepartment } } }`,
      {},
      tok.production,
    );
    const complaint = meta.data.ledgerDefinitions.find((l) => l.name === 'complaint')!;
    expect(complaint).toMatchObject({ creatable: false, writable: true });
    expect(complaint.columns.find((x) => x.field === 'rootCause')).toMatchObject({
      editable: false,
      ownDepartment: true,
    });
    expect(complaint.columns.find((x) => x.field === 'result')).toMatchObject({
      editable: false,
      ownDepartment: false,
    });

    const saved = await edit('production', c, { rootCause: '外箱抗压不足', correctiveAction: '改用五层瓦楞纸箱' });
    expect(saved.data.saveComplaints.ok).toBe(true);
    const row = saved.data.saveComplaints.rows[0];
    expect(row).toMatchObject({ rootCause: '外箱抗压不足', correctiveAction: '改用五层瓦楞纸箱' });
    const recorded = await s.gql<Record<string, C>>(
      `mutation($id: Int!, $v: Int!) { recordComplaintCountermeasure(id: $id, version: $v) { status } }`,
      { id: row.id, v: row.version },
      tok.production,
    );
    expect(recorded.data.recordComplaintCountermeasure.status).toBe('COUNTERMEASURE');
  });

  it("refuses 生产部 another department's complaint, any other cell, a new complaint and a void — naming each; writes nothing", async () => {
    const other = await complaintAt('品质部');
    const foreign = await edit('production', other, { rootCause: '不是我们的' });
    expect(foreign.data.saveComplaints.errors).toEqual([
      expect.objectContaining({
        field: 'rootCause',
        code: 'READ_ONLY',
        message: '「原因分析」只能由「对策单位」所列部门的人员填写',
      }),
    ]);
    const own = await complaintAt('生产部');
    const beyond = await edit('production', own, { rootCause: '焊接', result: '已处理' });
    expect(beyond.data.saveComplaints.errors.map((e) => [e.field, e.code])).toEqual([['result', 'READ_ONLY']]);
    const create = await s.gql<{ saveComplaints: SaveOut<C> }>(
      CSAVE,
      { input: { creates: [{ ref: 'x', values: { description: '新投诉' } }] } },
      tok.production,
    );
    expect(create.data.saveComplaints.errors[0]).toMatchObject({ row: 'x', code: 'READ_ONLY' });
    const voided = await s.gql<{ saveComplaints: SaveOut<C> }>(
      CSAVE,
      { input: { voids: [{ id: own.id, version: own.version, reason: '重复' }] } },
      tok.production,
    );
    expect(voided.data.saveComplaints.errors[0]).toMatchObject({ row: String(own.id), code: 'READ_ONLY' });
    // nor by a file: importing creates rows, which a department writer does not
    const file = await fetch(`${s.url}/import/complaint?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok.production}` },
      body: '原因分析\r\n导入的原因\r\n',
    });
    expect(file.status).toBe(403);
    // quality wrote 品质部's countermeasure; 生产部 still does not record it
    const filled = (await edit('quality', other, { rootCause: '来料不良', correctiveAction: '加严来料检验' })).data
      .saveComplaints.rows[0];
    const record = await s.gql<Record<string, C>>(
      `mutation($id: Int!, $v: Int!) { recordComplaintCountermeasure(id: $id, version: $v) { status } }`,
      { id: filled.id, v: filled.version },
      tok.production,
    );
    expect(record.errors?.[0].message).toBe('对策由品质部或对策单位的人员登记');
    // the auditor writes nothing, not even with a department of its own
    expect((await edit('auditor', own, { rootCause: 'x' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const unchanged = await s.gql<{ complaint: C }>(
      `query($id: Int!) { complaint(id: $id) { id version status rootCause correctiveAction } }`,
      { id: other.id },
      tok.clerk,
    );
    expect(unchanged.data.complaint).toMatchObject({ rootCause: '来料不良', status: 'INVESTIGATING' });
  });
});

describe('a sanction reported to 人事部 (3.5)', () => {
  it('sends an approved penalty to 人事部 once, by the general manager’s office, with when and by whom', async () => {
    type N = { id: number; version: number; status: string; hrReportedBy: string | null; hrReportedAt: string | null };
    const complaintNo = (
      await s.gql<{ complaints: { edges: Array<{ node: { complaintNo: string } }> } }>(
        '{ complaints(first: 1) { edges { node { complaintNo } } } }',
        {},
        tok.quality,
      )
    ).data.complaints.edges[0].node.complaintNo;
    const made = await s.gql<{ saveRewardPenaltyNotices: SaveOut<N> }>(
      `mutation($i: SaveRewardPenaltyNoticeInput!) { saveRewardPenaltyNotices(input: $i) { ok errors { field message } rows { id version status } } }`,
      {
        i: {
          creates: [
            {
              ref: 'p',
              values: {
                kind: 'PENALTY',
                person: '张三',
                department: '生产部',
                amount: 200,
                reason: '漏检导致客户投诉',
                sourceComplaint: complaintNo,
                bonusMonth: '2026-04',
              },
            },
          ],
        },
      },
      tok.quality,
    );
    let n = made.data.saveRewardPenaltyNotices.rows[0];
    const cmd = async (m: string, who: string, args = '') =>
      s.gql<Record<string, N>>(
        `mutation($id: Int!, $v: Int!) { ${m}(id: $id, version: $v${args}) { id version status hrReportedBy hrReportedAt } }`,
        { id: n.id, v: n.version },
        tok[who],
      );
    n = (await cmd('submitNotice', 'quality')).data.submitNotice;
    expect((await cmd('reportNoticeToHr', 'manager')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    n = (await cmd('approveNotice', 'manager')).data.approveNotice;
    expect(
      (await myWork('manager')).find((i) => i.key === 'rewardPenaltyNotice.reportToHr')?.count,
    ).toBeGreaterThanOrEqual(1);
    expect((await cmd('reportNoticeToHr', 'clerk')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    n = (await cmd('reportNoticeToHr', 'manager')).data.reportNoticeToHr;
    expect(n).toMatchObject({ status: 'APPROVED', hrReportedBy: '刘总（总经理室）' });
    expect((await cmd('reportNoticeToHr', 'manager')).errors?.[0].message).toBe('已送人事部');
  });
});

describe('several departments on one complaint (协办单位)', () => {
  it('names the assisting departments by name, refuses unknown ones and the lead, and puts it on their desks', async () => {
    const c = await complaintAt('品质部');
    const bad = await edit('clerk', c, { assistingDepts: '生产部、采购部' });
    expect(bad.data.saveComplaints.errors).toEqual([
      expect.objectContaining({ field: 'assistingDepts', message: '没有这些部门：采购部（多个部门用「、」分隔）' }),
    ]);
    const lead = await edit('clerk', c, { assistingDepts: '品质部' });
    expect(lead.data.saveComplaints.errors[0].message).toBe('品质部 已是对策单位（牵头），不必再列为协办单位');
    const before = (await myWork('pmc')).find((i) => i.key === 'complaint.assisting')?.count ?? 0;
    const ok = await edit('clerk', c, { assistingDepts: '生产计划物控部、生产部' });
    expect(ok.data.saveComplaints.ok).toBe(true);
    const item = (await myWork('pmc')).find((i) => i.key === 'complaint.assisting')!;
    expect(item).toMatchObject({ label: '本部门协办的投诉', count: before + 1, urgent: false });
  });
});

describe('a missed deadline is told to the customer (延期告知)', () => {
  it('keeps an overdue complaint on the desk until a delay notice to its customer is logged', async () => {
    const item = async () => (await myWork('clerk')).find((i) => i.key === 'complaint.delayUntold');
    const before = (await item())!;
    expect(before).toMatchObject({ label: '已超期、尚未告知客户延期的投诉', urgent: true });
    const ids = (before.filter as { id: { in: number[] } }).id.in;
    expect(ids.length).toBe(before.count);
    const c = await s.gql<{ complaint: { complaintNo: string; overdue: boolean } }>(
      `query($id: Int!) { complaint(id: $id) { complaintNo overdue } }`,
      { id: ids[0] },
      tok.clerk,
    );
    expect(c.data.complaint.overdue).toBe(true);
    const told = await s.gql<{ saveComplaintContacts: { ok: boolean } }>(
      `mutation($i: SaveComplaintContactInput!) { saveComplaintContacts(input: $i) { ok } }`,
      {
        i: {
          creates: [
            {
              ref: 'd',
              values: {
                complaint: c.data.complaint.complaintNo,
                contactedAt: '2026-04-20T09:30:00+08:00',
                method: 'PHONE',
                kind: 'DELAY',
                content: '备件未到，预计下周答复',
              },
            },
          ],
        },
      },
      tok.clerk,
    );
    expect(told.data.saveComplaintContacts.ok).toBe(true);
    expect((await item())?.count ?? 0).toBe(before.count - 1);
  });
});

describe("a survey's comments answered within a month (customer-service-procedure 六)", () => {
  it('sets the month, waits on the clerk’s desk once it passes, and leaves when the feedback is recorded', async () => {
    type S = { id: number; version: number; feedbackDue: string | null };
    const SURVEY = `mutation($i: SaveSatisfactionSurveyInput!) { saveSatisfactionSurveys(input: $i) { ok errors { field message } rows { id version feedbackDue } } }`;
    const item = async () => (await myWork('clerk')).find((i) => i.key === 'survey.feedbackOverdue')?.count ?? 0;
    const before = await item();
    const made = await s.gql<{ saveSatisfactionSurveys: SaveOut<S> }>(
      SURVEY,
      {
        i: {
          creates: [
            {
              ref: 's',
              values: {
                customer: 'C0002',
                surveyDate: '2026-01-31',
                rawScore: 80,
                maxScore: 100,
                comments: '交货周期太长',
              },
            },
            { ref: 't', values: { customer: 'C0003', surveyDate: '2026-01-31', rawScore: 95, maxScore: 100 } },
          ],
        },
      },
      tok.clerk,
    );
    expect(made.data.saveSatisfactionSurveys.rows.map((r) => r.feedbackDue)).toEqual(['2026-02-28', null]);
    expect(await item()).toBe(before + 1);
    const sv = made.data.saveSatisfactionSurveys.rows[0];
    const fed = await s.gql<{ saveSatisfactionSurveys: SaveOut<S> }>(
      SURVEY,
      {
        i: {
          updates: [
            {
              id: sv.id,
              version: sv.version,
              values: { feedbackContent: '已调整排产，交期缩短至 15 天', feedbackAt: '2026-04-20T09:00:00+08:00' },
            },
          ],
        },
      },
      tok.clerk,
    );
    expect(fed.data.saveSatisfactionSurveys.ok).toBe(true);
    expect(await item()).toBe(before);
  });
});

describe('staff statistics (被投诉人)', () => {
  it('counts the people complained about in the month, with how many the company was responsible for', async () => {
    const made = await s.gql<{ saveComplaints: SaveOut<C> }>(
      CSAVE,
      {
        input: {
          creates: ['a', 'b'].map((ref) => ({
            ref,
            values: {
              receivedAt: '2026-02-10T09:00:00+08:00',
              channel: 'PHONE',
              customer: 'C0004',
              kind: 'NON_QUALITY',
              causeCategory: 'SERVICE_ATTITUDE',
              description: '安装人员态度差',
              accusedPerson: '钱师傅',
            },
          })),
        },
      },
      tok.clerk,
    );
    expect(made.data.saveComplaints.errors).toEqual([]);
    const gen = await s.gql<{
      generateMonthlyReport: { content: { tables: Array<{ name: string; rows: Array<Record<string, unknown>> }> } };
    }>(`mutation { generateMonthlyReport(month: "2026-02") { content } }`, {}, tok.manager);
    const staff = gen.data.generateMonthlyReport.content.tables.find((t) => t.name === '被投诉人员统计')!;
    expect(staff.rows).toContainEqual({ person: '钱师傅', complaints: 2, responsible: 0, escalated: 0 });
  });
});
