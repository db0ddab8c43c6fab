import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Node, Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

// What the grid and the paper forms ask of the server: declared orders, quick filters and forms,
// saved views per user, a dry run that answers the file's cells, and errors in the reader's language
let s: TestServer;
const tok: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['clerk', 'quality', 'manager', 'auditor']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

type Meta = {
  name: string;
  defaultOrder: Array<{ field: string; direction: string }>;
  quickFilters: Array<{ key: string; zh: string; filter: Record<string, unknown> }>;
  paperForms: Array<{ key: string; zh: string; fields: string[]; signatures: string[]; withLines: boolean }>;
  columns: Array<{ field: string }>;
};

async function meta(who = 'clerk'): Promise<Meta[]> {
  const r = await s.gql<{ ledgerDefinitions: Meta[] }>(
    '{ ledgerDefinitions { name columns { field } defaultOrder { field direction } quickFilters { key zh filter } paperForms { key zh fields signatures withLines } } }',
    {},
    tok[who],
  );
  expect(r.errors).toBeUndefined();
  return r.data.ledgerDefinitions;
}

async function post(
  body: unknown,
  headers: Record<string, string> = {},
  token = tok.clerk,
): Promise<{ status: number; json: { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } }> {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('ledger declarations for the grid and the paper', () => {
  it('declares newest-first orders, the quick filters as they stand now, and the paper forms with fields that exist', async () => {
    const all = await meta();
    const complaint = all.find((l) => l.name === 'complaint')!;
    expect(complaint.defaultOrder).toEqual([{ field: 'receivedAt', direction: 'DESC' }]);
    // the working calendar in date order, the latest first (it was in the order rows were entered)
    expect(all.find((l) => l.name === 'calendarDay')!.defaultOrder).toEqual([{ field: 'date', direction: 'DESC' }]);
    expect(complaint.quickFilters.map((q) => q.zh)).toEqual(['已超期', '今日到期']);
    expect(complaint.paperForms.map((f) => f.zh)).toEqual(['客户抱怨联络单', '投诉转(督)办单']);
    const printed = all
      .filter((l) => l.paperForms.length)
      .map((l) => `${l.name}:${l.paperForms.map((f) => f.zh).join('/')}`);
    expect(printed).toEqual(
      expect.arrayContaining([
        'returnOrder:产品退/换/维修单',
        'reworkOrder:返工单',
        'materialRequisition:领料单',
        'rewardPenaltyNotice:奖罚通知单',
        'serviceArchive:售后服务档案',
      ]),
    );
    for (const l of all)
      for (const f of l.paperForms) {
        expect(
          f.fields.every((x) => l.columns.some((c) => c.field === x)),
          `${l.name} ${f.key}`,
        ).toBe(true);
        expect(f.signatures.length).toBeGreaterThan(1);
      }
    expect(all.find((l) => l.name === 'reworkOrder')!.paperForms[0].withLines).toBe(true);
  });

  it('the overdue filter selects exactly the complaints whose answer is due past their deadline (the rows the `overdue` field marks), and 今日到期 those due later today', async () => {
    const complaint = (await meta()).find((l) => l.name === 'complaint')!;
    const all = await s.gql<{ complaints: Page<Node & { status: string; dueAt: string | null; overdue: boolean }> }>(
      '{ complaints(first: 500) { edges { node { id status dueAt overdue } } } }',
      {},
      tok.clerk,
    );
    // the step due is the answer: once answered (RESPONDED, CALLBACK) the clock has stopped
    const due = ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'COUNTERMEASURE', 'APPROVED', 'REOPENED'];
    const now = Date.now();
    const nodes = all.data.complaints.edges.map((e) => e.node);
    const expected = nodes
      .filter((n) => due.includes(n.status) && n.dueAt && Date.parse(n.dueAt) <= now)
      .map((n) => n.id)
      .sort((a, b) => a - b);
    expect(
      nodes
        .filter((n) => n.overdue)
        .map((n) => n.id)
        .sort((a, b) => a - b),
    ).toEqual(expected);
    const f = complaint.quickFilters.find((q) => q.key === 'overdue')!.filter;
    const got = await s.gql<{ complaints: Page<Node> }>(
      'query($f: ComplaintFilter) { complaints(first: 500, filter: $f) { edges { node { id } } } }',
      { f },
      tok.clerk,
    );
    expect(got.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(0);
    expect(got.data.complaints.edges.map((e) => e.node.id).sort((a, b) => a - b)).toEqual(expected);
    const today = complaint.quickFilters.find((q) => q.key === 'dueToday')!.filter as {
      dueAt: { gte: string; lte: string };
    };
    expect(Date.parse(today.dueAt.lte) - Date.parse(today.dueAt.gte)).toBeLessThan(86_400_000);
    expect(new Date(Date.parse(today.dueAt.lte) + 1 + 8 * 3600_000).toISOString().slice(11, 23)).toBe('00:00:00.000'); // to China midnight
  });
});

describe('saved views', () => {
  const save = (who: string, name: string, state: unknown) =>
    s.gql<{ saveView: { id: string; name: string; state: Record<string, unknown> } }>(
      'mutation($n: String!, $s: JSONObject!) { saveView(ledger: "complaint", name: $n, state: $s) { id name state } }',
      { n: name, s: state },
      tok[who],
    );
  const list = async (who: string) =>
    (
      await s.gql<{ savedViews: Array<{ id: string; name: string; state: { filter: Record<string, unknown> } }> }>(
        '{ savedViews(ledger: "complaint") { id name state } }',
        {},
        tok[who],
      )
    ).data.savedViews;
  const state = (f: Record<string, unknown>) => ({
    filter: f,
    sort: [{ colId: 'receivedAt', sort: 'desc' }],
    columns: [{ colId: 'receivedAt', width: 150 }],
  });

  it('keeps each user’s views apart, replaces a view saved under the same name, and deletes only one’s own', async () => {
    expect(
      (await save('clerk', '本周热线', state({ channel: { filterType: 'set', values: ['HOTLINE'] } }))).errors,
    ).toBeUndefined();
    await save('clerk', '本周热线', state({ channel: { filterType: 'set', values: ['HOTLINE', 'PHONE'] } }));
    await save('quality', '质量类', state({ causeCategory: { filterType: 'set', values: ['QUALITY'] } }));
    const mine = await list('clerk');
    expect(mine.map((v) => v.name)).toEqual(['本周热线']);
    expect(mine[0].state.filter).toEqual({ channel: { filterType: 'set', values: ['HOTLINE', 'PHONE'] } });
    expect((await list('quality')).map((v) => v.name)).toEqual(['质量类']);
    const theirs = (await list('quality'))[0].id;
    const refused = await s.gql<{ deleteView: boolean }>(`mutation { deleteView(id: ${theirs}) }`, {}, tok.clerk);
    expect(refused.data.deleteView).toBe(false);
    expect(await list('quality')).toHaveLength(1);
    expect(
      (await s.gql<{ deleteView: boolean }>(`mutation { deleteView(id: ${mine[0].id}) }`, {}, tok.clerk)).data
        .deleteView,
    ).toBe(true);
    expect(await list('clerk')).toEqual([]);
  });

  it('refuses a view without a name or of the wrong shape, naming the field, and a ledger the user may not read', async () => {
    const noName = await save('clerk', '  ', state({}));
    expect(noName.errors?.[0]).toMatchObject({ message: '视图名称不能为空', extensions: { field: 'name' } });
    const bad = await save('clerk', 'x', { filter: 'all' });
    expect(bad.errors?.[0].extensions.field).toBe('state');
    const hidden = await s.gql('{ savedViews(ledger: "user") { id } }', {}, tok.clerk);
    expect(hidden.errors?.[0].extensions.field).toBe('ledger');
  });
});

describe('errors in the reader’s language', () => {
  it('answers GraphQL’s own checks in Chinese by default and in English when asked', async () => {
    const zh = await post({
      query: 'query($n: Int) { complaints(first: $n) { totalCount } }',
      variables: { n: 'many' },
    });
    expect(zh.json.errors?.[0]).toMatchObject({
      message: '参数 n 取值无效',
      extensions: { code: 'BAD_USER_INPUT', field: 'n' },
    });
    const en = await post(
      { query: 'query($n: Int) { complaints(first: $n) { totalCount } }', variables: { n: 'many' } },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(en.json.errors?.[0].message).toMatch(/Variable "\$n"/);
    const unknown = await post({ query: '{ complaints { nosuchfield } }' }, { 'accept-language': 'zh-CN' });
    expect(unknown.json.errors?.[0].message).toBe('ComplaintConnection 没有字段 nosuchfield');
    expect(JSON.stringify(unknown.json)).not.toMatch(/at .*\.js:\d+/); // no stack
  });

  it('keeps the Chinese half of a bilingual refusal, or the English half for an English reader', async () => {
    const q = { query: 'mutation { saveView(ledger: "complaint", name: "x", state: {}) { id } }' };
    const auditor = await post({ query: '{ verifyAuditChain { ok } }' }, {}, tok.clerk);
    expect(auditor.json.errors?.[0].message).toBe('「客服文员」角色无权执行此操作');
    const en = await post({ query: '{ verifyAuditChain { ok } }' }, { 'accept-language': 'en' }, tok.clerk);
    expect(en.json.errors?.[0].message).toBe('role not allowed');
    expect((await post(q)).json.errors?.[0].message).toContain('视图内容格式不对');
  });
});

describe('import dry run and history for the grid', () => {
  it('answers the file’s cells with the per-cell report, so the clerk can fix them in place', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['客户编号', '客户名称', '客户类别']);
    ws.addRow(['C9101', '试导入一厂', '重要客户']);
    ws.addRow(['C9102', '试导入二厂', '不存在的类别']);
    const res = await fetch(`${s.url}/import/customer?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok.clerk}` },
      body: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const body = (await res.json()) as {
      ok: boolean;
      errors: Array<{ row: string; field: string; message: string }>;
      preview: string[][];
    };
    expect(res.status).toBe(422);
    expect(body.preview).toEqual([
      ['客户编号', '客户名称', '客户类别'],
      ['C9101', '试导入一厂', '重要客户'],
      ['C9102', '试导入二厂', '不存在的类别'],
    ]);
    expect(body.errors).toEqual([expect.objectContaining({ row: '3', field: 'tier' })]);
    const none = await s.gql<{ customers: Page }>(
      '{ customers(filter: { code: { eq: "C9101" } }) { totalCount } }',
      {},
      tok.clerk,
    );
    expect(none.data.customers.totalCount).toBe(0);
  });

  it('names each change of a cell’s history in Chinese', async () => {
    const c = await s.gql<{ complaints: Page }>('{ complaints(first: 1) { edges { node { id } } } }', {}, tok.clerk);
    const id = c.data.complaints.edges[0].node.id;
    const h = await s.gql<{ history: Array<{ action: string; actionLabel: string }> }>(
      `{ history(entity: "complaint", id: ${id}) { action actionLabel } }`,
      {},
      tok.clerk,
    );
    expect(h.data.history.length).toBeGreaterThan(0);
    for (const e of h.data.history) expect(e.actionLabel).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lists the customers not surveyed this year by id, as many as it counts', async () => {
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear(); // this year on the tests' clock
    const r = await s.gql<{ satisfactionOfYear: { customersNotSurveyed: number; customersNotSurveyedIds: number[] } }>(
      `{ satisfactionOfYear(year: ${year}) { customersNotSurveyed customersNotSurveyedIds } }`,
      {},
      tok.manager,
    );
    expect(r.data.satisfactionOfYear.customersNotSurveyedIds).toHaveLength(
      r.data.satisfactionOfYear.customersNotSurveyed,
    );
    const surveyed = await s.gql<{ satisfactionSurveys: Page<Node & { customerId: number }> }>(
      `{ satisfactionSurveys(first: 500, filter: { surveyDate: { gte: "${year}-01-01", lte: "${year}-12-31" } }) { edges { node { id customerId } } } }`,
      {},
      tok.manager,
    );
    const ids = new Set(surveyed.data.satisfactionSurveys.edges.map((e) => e.node.customerId));
    for (const id of r.data.satisfactionOfYear.customersNotSurveyedIds) expect(ids.has(id)).toBe(false);
  });
});
