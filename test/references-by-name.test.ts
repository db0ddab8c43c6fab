import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/** A clerk names a customer, a department or a model as people do — by name — in the grid, a paste or an import. */
let s: TestServer;
let clerk: string;
beforeAll(async () => {
  s = await startTestServer();
  clerk = await s.login('clerk');
});
afterAll(async () => s?.close());

const SAVE = `mutation($input: SaveComplaintInput!, $dry: Boolean) { saveComplaints(input: $input, dryRun: $dry) {
  ok errors { row field code message } rows { id anonymous customer { code name } model { code } responsibleDept { name } } } }`;
type Out = {
  saveComplaints: {
    ok: boolean;
    errors: Array<{ row: string; field: string; code: string; message: string }>;
    rows: Array<{
      id: number;
      anonymous: boolean;
      customer: { code: string; name: string } | null;
      model: { code: string } | null;
      responsibleDept: { name: string } | null;
    }>;
  };
};
const complaint = (ref: string, over: Record<string, unknown>) => ({
  ref,
  values: {
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    channel: 'PHONE',
    kind: 'APPEAL',
    description: '按名称填写',
    handlingScope: 'GENERAL',
    ...over,
  },
});
const customer = async (code: string) =>
  (
    await s.gql<{ customers: Page<{ code: string; name: string }> }>(
      `query($c: String) { customers(filter: { code: { eq: $c } }) { edges { node { code name } } } }`,
      { c: code },
      clerk,
    )
  ).data.customers.edges[0].node;

describe('references by name', () => {
  it('takes a customer, a model and a department by name as well as by key, and new rows start not anonymous', async () => {
    const c = await customer('C0017');
    const r = await s.gql<Out>(
      SAVE,
      {
        input: {
          creates: [
            complaint('a', { customer: c.name, model: 'SL-KY200 螺杆空压机', responsibleDept: '客户服务部' }),
            complaint('b', { customer: 'C0017', model: 'KY200' }),
          ],
        },
      },
      clerk,
    );
    expect(r.data.saveComplaints.errors).toEqual([]);
    expect(r.data.saveComplaints.rows.map((x) => [x.customer?.code, x.model?.code, x.anonymous])).toEqual([
      ['C0017', 'KY200', false],
      ['C0017', 'KY200', false],
    ]);
    expect(r.data.saveComplaints.rows[0].responsibleDept?.name).toBe('客户服务部');
  });

  it('refuses a name two customers share, listing them, and a name nobody has, saying what may be typed', async () => {
    const admin = await s.login('admin');
    await s.gql(
      `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
      {
        i: {
          creates: [
            { ref: 'x', values: { code: 'TWIN1', name: '重名机械有限公司', tier: 'REGULAR' } },
            { ref: 'y', values: { code: 'TWIN2', name: '重名机械有限公司', tier: 'REGULAR' } },
          ],
        },
      },
      admin,
    );
    const r = await s.gql<Out>(
      SAVE,
      {
        input: {
          creates: [complaint('a', { customer: '重名机械有限公司' }), complaint('b', { customer: '没有这家公司' })],
        },
      },
      clerk,
    );
    expect(r.data.saveComplaints.ok).toBe(false);
    expect(r.data.saveComplaints.errors).toEqual([
      {
        row: 'a',
        field: 'customer',
        code: 'AMBIGUOUS',
        message: '「客户」有 2 个都叫「重名机械有限公司」（TWIN1、TWIN2），请填写编号',
      },
      {
        row: 'b',
        field: 'customer',
        code: 'NOT_FOUND',
        message: '「客户」没有这家公司 不存在（可填客户编号或客户名称）',
      },
    ]);
  });

  it('an import names customers and departments the same way', async () => {
    const c = await customer('C0005');
    const csv = `\uFEFF受理时间,投诉渠道,客户,投诉类型,投诉内容,处理范围,对策单位\r\n${new Date(Date.now() - 7_200_000).toISOString()},电话,${c.name},申诉,导入按名称,一般投诉（3个工作日）,品质部\r\n`;
    const res = await fetch(`${s.url}/import/complaint?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const body = await res.json();
    expect(body.errors).toEqual([]);
    const saved = await s.gql<{
      complaints: Page<{ customer: { code: string }; anonymous: boolean; responsibleDept: { name: string } }>;
    }>(
      `{ complaints(filter: { description: { eq: "导入按名称" } }) { edges { node { customer { code } anonymous responsibleDept { name } } } } }`,
      {},
      clerk,
    );
    expect(saved.data.complaints.edges[0].node).toEqual({
      customer: { code: 'C0005' },
      anonymous: false,
      responsibleDept: { name: '品质部' },
    });
  });

  it("a user's department is named too (its key is a code)", async () => {
    const admin = await s.login('admin');
    const r = await s.gql<{
      saveUsers: { ok: boolean; errors: unknown[]; rows: Array<{ department: { code: string } }> };
    }>(
      `mutation($i: SaveUserInput!) { saveUsers(input: $i) { ok errors { field message } rows { department { code } } } }`,
      {
        i: {
          creates: [
            { ref: 'u', values: { username: 'lisi', displayName: '李四', role: 'CLERK', department: '客户服务部' } },
          ],
        },
      },
      admin,
    );
    expect(r.data.saveUsers.errors).toEqual([]);
    expect(r.data.saveUsers.rows[0].department.code).toBe('CS');
  });
});

describe('one round of errors', () => {
  it('a dry run answers every wrong cell of the batch and writes nothing', async () => {
    const before = (await s.gql<{ complaints: Page }>(`{ complaints { totalCount } }`, {}, clerk)).data.complaints
      .totalCount;
    const r = await s.gql<Out>(
      SAVE,
      {
        dry: true,
        input: {
          creates: [
            complaint('a', { customer: '没有这家公司' }),
            complaint('b', { responsibleDept: '不存在部', handlingScope: null }),
            complaint('c', { customer: 'C0001' }),
          ],
        },
      },
      clerk,
    );
    expect(r.data.saveComplaints.ok).toBe(false);
    expect(r.data.saveComplaints.errors.map((e) => [e.row, e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['a', 'customer', 'NOT_FOUND'],
        ['b', 'responsibleDept', 'NOT_FOUND'],
        ['b', 'handlingScope', 'REQUIRED'],
      ]),
    );
    const fine = await s.gql<Out>(
      SAVE,
      { dry: true, input: { creates: [complaint('c', { customer: 'C0001' })] } },
      clerk,
    );
    expect(fine.data.saveComplaints).toMatchObject({ ok: true, errors: [], rows: [] });
    expect(
      (await s.gql<{ complaints: Page }>(`{ complaints { totalCount } }`, {}, clerk)).data.complaints.totalCount,
    ).toBe(before);
  });
});
