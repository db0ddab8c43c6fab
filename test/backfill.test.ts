import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoter } from '../server/src/core/db/sql-value.js';
import { runEscalation } from '../server/src/modules/complaint/escalation.js';
import { seedUsers } from '../seeds/demo-data.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { pinClock } from './setup/simulated-clock.js';

/**
 * 补录: 2024 paper complaints entered in June 2026 with their real dates and outcome — marked, never
 * escalated, counted in the period they happened in, and refused where they would change a frozen
 * report unless someone who makes reports confirms, which generates it again as a new version.
 */
pinClock('2026-06-01T10:00:00+08:00');

let s: TestServer;
const tok: Record<string, string> = {};
type Err = { row: string; field: string | null; code: string; message: string };
type Saved = {
  ok: boolean;
  errors: Err[];
  rows: Array<{
    id: number;
    version: number;
    complaintNo: string;
    status: string;
    escalated: boolean;
    backfilled: boolean;
    receiver: string | null;
    secondsLate: number | null;
  }>;
};
const SAVE = `mutation($input: SaveComplaintInput!, $confirm: [String!]) { saveComplaints(input: $input, confirm: $confirm) {
  ok errors { row field code message } rows { id version complaintNo status escalated backfilled receiver secondsLate } } }`;
const save = async (who: string, input: unknown, confirm?: string[]) =>
  (await s.gql<{ saveComplaints: Saved }>(SAVE, { input, confirm }, tok[who])).data.saveComplaints;
const signIn = async (u: string) =>
  (
    await s.gql<{ login: { token: string } }>(
      `mutation($u: String!) { login(username: $u, password: "demo") { token } }`,
      { u },
    )
  ).data.login.token;

const BASE = {
  channel: 'LETTER',
  customer: '补录测试印刷厂',
  kind: 'APPEAL',
  description: '2024 年纸质台账',
  handlingScope: 'DEPARTMENT',
  responsibleDept: '客户服务部',
};
/** A paper complaint of 2024: received, answered, called back and closed at the times written on it. */
const paper = (ref: string, day: string, extra: Record<string, unknown> = {}) => ({
  ref,
  values: {
    ...BASE,
    backfilled: true,
    receiver: '张敏',
    receivedAt: `${day}T09:00:00+08:00`,
    acknowledgedAt: `${day}T10:00:00+08:00`,
    repliedAt: `${day}T16:00:00+08:00`,
    closedAt: `${day}T17:30:00+08:00`,
    status: 'CLOSED',
    result: '更换滚筒，客户认可',
    ...extra,
  },
});
const kpis = async (from: string, to: string) =>
  (
    await s.gql<{
      complaintKpis: {
        totals: {
          received: number;
          closed: number;
          overdueOpen: number;
          escalated: number;
          firstResponseOnTimeRate: number | null;
        };
      };
    }>(
      `query($f: LocalDate!, $t: LocalDate!) { complaintKpis(from: $f, to: $t) { totals { received closed overdueOpen escalated firstResponseOnTimeRate } } }`,
      { f: from, t: to },
      tok.quality,
    )
  ).data.complaintKpis.totals;
const trailActions = async (id: number) => {
  const q = quoter(s.ds);
  const rows: Array<{ action: string }> = await s.ds.query(
    `SELECT DISTINCT ${q('action')} AS action FROM ${q('audit_event')} WHERE ${q('entity')} = 'complaint' AND ${q('entityId')} = ?`,
    [id],
  );
  return rows.map((r) => r.action);
};

beforeAll(async () => {
  s = await startTestServer({ demo: false });
  await seedUsers(s.ds);
  for (const u of ['clerk', 'quality', 'manager']) tok[u] = await signIn(u);
  await s.gql(
    `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
    { i: { creates: [{ ref: 'c', values: { code: 'B1', name: '补录测试印刷厂', tier: 'REGULAR' } }] } },
    tok.clerk,
  );
});
afterAll(async () => s?.close());

describe('补录: paper complaints entered after the fact', () => {
  it('keeps their real dates and outcome, marked in the grid and the trail, and touches no current figure', async () => {
    const before = {
      now: await kpis('2026-05-01', '2026-06-30'),
      work: await s.gql(`{ myWork { key count } }`, {}, tok.clerk),
    };
    const r = await save('clerk', {
      creates: [
        paper('a', '2024-03-05'),
        paper('b', '2024-03-12', { status: 'REJECTED', rejectReason: '非本公司产品', repliedAt: null }),
        paper('c', '2024-04-02', {
          status: 'WITHDRAWN',
          withdrawReason: '客户自行解决',
          withdrawnVoluntarily: true,
          closedAt: '2024-04-09T11:00:00+08:00',
          callbackAt: null,
        }),
      ],
    });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.complaintNo.slice(0, 8), x.status, x.backfilled, x.escalated, x.receiver])).toEqual([
      ['TS-2024-', 'CLOSED', true, false, '张敏'],
      ['TS-2024-', 'REJECTED', true, false, '张敏'],
      ['TS-2024-', 'WITHDRAWN', true, false, '张敏'],
    ]);
    // closed within the day it was received: on time, not 「超期 800 天」
    expect(r.rows[0].secondsLate).toBeLessThanOrEqual(0);
    expect(await trailActions(r.rows[0].id)).toEqual(['BACKFILL']);
    // never escalated, although two years past their deadlines
    expect((await runEscalation(s.ds, new Date())).escalated).toBe(0);
    // counted where they happened: March and April 2024; this month's figures and the clerk's to-do list do not move
    expect(await kpis('2024-03-01', '2024-03-31')).toMatchObject({
      received: 2,
      closed: 1,
      overdueOpen: 0,
      escalated: 0,
      firstResponseOnTimeRate: 1,
    });
    expect((await kpis('2024-04-01', '2024-04-30')).received).toBe(1);
    expect(await kpis('2026-05-01', '2026-06-30')).toEqual(before.now);
    expect(await s.gql(`{ myWork { key count } }`, {}, tok.clerk)).toEqual(before.work);
  });

  it('an ordinary 2024 complaint is what the clerk saw: overdue by years and escalated', async () => {
    const r = await save('clerk', {
      creates: [{ ref: 'x', values: { ...BASE, receivedAt: '2024-05-06T09:00:00+08:00' } }],
    });
    expect(r.ok).toBe(true);
    expect((await runEscalation(s.ds, new Date())).escalated).toBe(1);
    await save('clerk', {
      voids: [
        {
          id: r.rows[0].id,
          version: (
            await s.gql<{ complaint: { version: number } }>(
              `query($id: Int!) { complaint(id: $id) { version } }`,
              { id: r.rows[0].id },
              tok.clerk,
            )
          ).data.complaint.version,
          reason: '录错，应为补录',
        },
      ],
    });
  });

  it('refuses, cell by cell, an outcome a paper record cannot have, and outcome cells on an ordinary row', async () => {
    const r = await save('clerk', {
      creates: [
        paper('open', '2024-06-03', { status: 'INVESTIGATING' }),
        paper('order', '2024-06-04', { closedAt: '2024-06-01T09:00:00+08:00' }),
        paper('future', '2024-06-05', { closedAt: '2026-07-01T09:00:00+08:00' }),
        paper('reason', '2024-06-06', { status: 'REJECTED' }),
        { ref: 'plain', values: { ...BASE, receivedAt: '2024-06-07T09:00:00+08:00', status: 'CLOSED' } },
        // a complaint of this morning, after the ledger went live, typed in as closed paper: not a 补录
        {
          ref: 'current',
          values: {
            ...BASE,
            backfilled: true,
            status: 'CLOSED',
            receivedAt: new Date(Date.now() - 5).toISOString(),
            closedAt: new Date(Date.now() - 5).toISOString(),
          },
        },
      ],
    });
    expect(r.ok).toBe(false);
    const by = (row: string) => r.errors.filter((e) => e.row === row).map((e) => [e.field, e.message]);
    expect(by('open')).toEqual([['status', expect.stringContaining('须已办结')]]);
    expect(by('order')).toEqual([['closedAt', '「结案时间」不能早于「答复时间」']]);
    expect(by('future')).toEqual([['closedAt', '「结案时间」不能晚于现在']]);
    expect(by('reason')).toEqual([['rejectReason', '不予受理须填「不予受理原因」']]);
    expect(by('plain')).toEqual([['status', '「状态」由系统填写；补录纸质记录时先勾选「补录」']]);
    expect(by('current')).toEqual([
      [
        'receivedAt',
        expect.stringMatching(
          /^补录只用于启用系统前的纸质记录：「受理时间」须早于首条投诉的录入时间（2026-06-01 10:00/,
        ),
      ],
    ]);
    expect((await kpis('2024-06-01', '2024-06-30')).received).toBe(0);
  });

  it("an import marks its lines 补录 the same way: their outcome comes in, an ordinary line's outcome is left out", async () => {
    const csv = [
      '补录,受理时间,投诉渠道,客户,投诉类型,投诉内容,处理范围,状态,答复时间,结案时间',
      '是,2023-08-01 09:00,信函,补录测试印刷厂,申诉,导入的纸质记录,直接/本部门处理（24小时）,已结案,2023-08-01 15:00,2023-08-02 10:00',
      ',2026-05-31 09:00,信函,补录测试印刷厂,申诉,导入的新投诉,直接/本部门处理（24小时）,已结案,,',
    ].join('\r\n');
    const res = await fetch(`${s.url}/import/complaint?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok.clerk}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(200);
    const rows = (
      await s.gql<{
        complaints: { edges: Array<{ node: { description: string; status: string; backfilled: boolean | null } }> };
      }>(
        `{ complaints(filter: { description: { contains: "导入的" } }, orderBy: [{ field: receivedAt }]) { edges { node { description status backfilled } } } }`,
        {},
        tok.clerk,
      )
    ).data.complaints.edges.map((e) => e.node);
    expect(rows).toEqual([
      { description: '导入的纸质记录', status: 'CLOSED', backfilled: true },
      { description: '导入的新投诉', status: 'RECEIVED', backfilled: false },
    ]);
  });

  it('is marked once, when entered: neither the mark nor the outcome changes afterwards', async () => {
    const [row] = (await save('clerk', { creates: [paper('m', '2024-07-01')] })).rows;
    const r = await save('clerk', {
      updates: [
        {
          id: row.id,
          version: row.version,
          values: { backfilled: false, closedAt: '2024-07-02T09:00:00+08:00', remark: '原件在档案室' },
        },
      ],
    });
    expect(r.errors.map((e) => [e.field, e.message]).sort()).toEqual([
      ['backfilled', '「补录」只能在新建时填写'],
      ['closedAt', '「结案时间」不能由当前角色修改'],
    ]);
  });

  it('into a month whose report was frozen: refused for a clerk; confirmed by quality, the report is generated again', async () => {
    const gen = await s.gql<{ generateMonthlyReport: { version: number } }>(
      `mutation { generateMonthlyReport(month: "2024-09") { version } }`,
      {},
      tok.quality,
    );
    expect(gen.data.generateMonthlyReport.version).toBe(1);
    // received in August, closed in October: it was open at the end of September, so September's figures change
    const late = paper('s', '2024-08-20', { closedAt: '2024-10-08T09:00:00+08:00' });
    const clerk = await save('clerk', { creates: [late] });
    expect(clerk.errors).toEqual([
      {
        row: 's',
        field: 'backfilled',
        code: 'PERIOD_FROZEN',
        message: '补录会改变已定稿的2024年9月月报（第1版）；请由品质部、总经理室或管理员补录并重新生成新版本',
      },
    ]);
    // a clerk cannot confirm for quality
    expect((await save('clerk', { creates: [late] }, ['REGENERATE_REPORTS'])).errors[0].code).toBe('PERIOD_FROZEN');
    const asked = await save('quality', { creates: [late] });
    expect(asked.errors.map((e) => e.code)).toEqual(['REGENERATE_REPORTS']);
    expect((await kpis('2024-08-01', '2024-10-31')).received).toBe(0);

    const ok = await save('quality', { creates: [late] }, ['REGENERATE_REPORTS']);
    expect(ok.ok).toBe(true);
    const list = await s.gql<{ monthlyReports: Array<{ period: string; version: number; generatedByName: string }> }>(
      `{ monthlyReports(year: 2024) { period version generatedByName } }`,
      {},
      tok.quality,
    );
    expect(list.data.monthlyReports.map((x) => [x.period, x.version])).toEqual([
      ['2024-09', 2],
      ['2024-09', 1],
    ]);
    // a month outside the record's span keeps its only version
    await s.gql(`mutation { generateMonthlyReport(month: "2024-12") { version } }`, {}, tok.quality);
    expect((await save('quality', { creates: [paper('t', '2024-11-04')] })).ok).toBe(true);
    const after = await s.gql<{ monthlyReports: Array<{ period: string; version: number }> }>(
      `{ monthlyReports(year: 2024) { period version } }`,
      {},
      tok.quality,
    );
    expect(after.data.monthlyReports.filter((x) => x.period === '2024-12').map((x) => x.version)).toEqual([1]);
  });
});
