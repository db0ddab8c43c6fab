import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../server/src/modules/complaint/escalation.js';
import { ESCALATION_REASONS } from '../server/src/modules/complaint/escalation.rules.js';
import { seedUsers } from '../seeds/demo-data.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { pinClock } from './setup/simulated-clock.js';

/**
 * 剩余时间 and 已超期 concern the step that is due now: a complaint answered before its deadline is
 * never overdue afterwards, one answered late was late for good but is not overdue now. The grid's
 * fields, its 已超期 filter, 我的待办, the KPIs and the escalation all answer alike.
 */
const T0 = '2026-06-01T10:00:00+08:00'; // a Monday
pinClock(T0);

let s: TestServer;
const tok: Record<string, string> = {};
type C = { id: number; version: number; status: string };
const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field message } rows { id version status } } }`;

beforeAll(async () => {
  s = await startTestServer({ demo: false });
  await seedUsers(s.ds);
  for (const u of ['clerk', 'manager', 'quality', 'admin']) tok[u] = await signIn(u);
  await s.gql(
    `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok } }`,
    { i: { creates: [{ ref: 'c', values: { code: 'D1', name: '期限测试有限公司', tier: 'REGULAR' } }] } },
    tok.clerk,
  );
});
afterAll(async () => s?.close());

const signIn = async (u: string) =>
  (
    await s.gql<{ login: { token: string } }>(
      `mutation($u: String!) { login(username: $u, password: "demo") { token } }`,
      { u },
    )
  ).data.login.token;
const cmd = async (m: string, who: string, c: C, args = '') => {
  const r = await s.gql<Record<string, C>>(
    `mutation($id: Int!, $v: Int!) { ${m}(id: $id, version: $v${args}) { id version status } }`,
    { id: c.id, v: c.version },
    tok[who],
  );
  if (!r.data?.[m]) throw new Error(`${m}: ${JSON.stringify(r.errors)}`);
  return r.data[m];
};
async function received(description: string): Promise<C> {
  const r = await s.gql<{ saveComplaints: { rows: C[] } }>(
    SAVE,
    {
      input: {
        creates: [
          {
            ref: 'x',
            values: {
              receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
              channel: 'PHONE',
              customer: 'D1',
              kind: 'NON_QUALITY',
              description,
              handlingScope: 'DEPARTMENT',
              responsibleDept: '客户服务部',
            },
          },
        ],
      },
    },
    tok.clerk,
  );
  return r.data.saveComplaints.rows[0];
}
/** Acknowledged, investigated, its answer approved and sent: the step the deadline is for is done. */
async function answer(c: C): Promise<C> {
  c = await cmd('acknowledgeComplaint', 'clerk', c);
  c = await cmd('startComplaintInvestigation', 'clerk', c);
  const r = await s.gql<{ saveComplaints: { rows: C[] } }>(
    SAVE,
    { input: { updates: [{ id: c.id, version: c.version, values: { result: '已电话致歉并重新开票' } }] } },
    tok.clerk,
  );
  c = await cmd('approveComplaintProposal', 'manager', r.data.saveComplaints.rows[0]);
  return cmd('respondToComplaint', 'clerk', c);
}

describe('one deadline rule for every figure', () => {
  it('the grid, 已超期, 我的待办, the KPIs and the escalation agree', async () => {
    const open = await cmd('acknowledgeComplaint', 'clerk', await received('未答复'));
    const onTime = await answer(await received('按期答复'));
    const calledBack = await cmd(
      'recordComplaintCallback',
      'clerk',
      await answer(await received('按期答复后回访')),
      ', callbackResult: "满意", satisfied: true',
    );
    const answeredLate = await received('逾期答复');

    pinClock('2026-06-04T10:00:00+08:00'); // three days on: every deadline (24 h) has passed
    for (const u of Object.keys(tok)) tok[u] = await signIn(u); // the sessions of three days ago have expired
    const late = await answer(answeredLate);
    const FIELDS = `query($ids: [Int!]) { complaints(filter: { id: { in: $ids } }, orderBy: [{ field: id }]) { edges { node { id description overdue secondsLeft secondsLate } } } }`;
    const rows = (
      await s.gql<{
        complaints: {
          edges: Array<{
            node: {
              id: number;
              description: string;
              overdue: boolean;
              secondsLeft: number | null;
              secondsLate: number | null;
            };
          }>;
        };
      }>(FIELDS, { ids: [open.id, onTime.id, calledBack.id, late.id] }, tok.clerk)
    ).data.complaints.edges.map((e) => e.node);
    const by = (d: string) => rows.find((r) => r.description === d)!;
    expect(by('未答复')).toMatchObject({ overdue: true, secondsLate: null });
    expect(by('未答复').secondsLeft).toBeLessThan(-86_400);
    expect(by('按期答复')).toMatchObject({ overdue: false, secondsLeft: null });
    expect(by('按期答复').secondsLate).toBeLessThanOrEqual(0);
    expect(by('按期答复后回访')).toMatchObject({ overdue: false, secondsLeft: null });
    expect(by('逾期答复')).toMatchObject({ overdue: false, secondsLeft: null });
    expect(by('逾期答复').secondsLate).toBeGreaterThan(86_400);
    const overdueIds = rows.filter((r) => r.overdue).map((r) => r.id);
    expect(overdueIds).toEqual([open.id]);

    // the grid's 已超期, as the server hands it out
    const meta = await s.gql<{
      ledgerDefinitions: Array<{ name: string; quickFilters: Array<{ key: string; filter: Record<string, unknown> }> }>;
    }>(`{ ledgerDefinitions { name quickFilters { key filter } } }`, {}, tok.clerk);
    const filter = meta.data.ledgerDefinitions
      .find((l) => l.name === 'complaint')!
      .quickFilters.find((q) => q.key === 'overdue')!.filter;
    const listed = await s.gql<{ complaints: { edges: Array<{ node: { id: number } }> } }>(
      `query($f: ComplaintFilter) { complaints(filter: $f) { edges { node { id } } } }`,
      { f: filter },
      tok.clerk,
    );
    expect(listed.data.complaints.edges.map((e) => e.node.id)).toEqual(overdueIds);
    // 我的待办
    const work = await s.gql<{ myWork: Array<{ key: string; count: number }> }>(
      `{ myWork { key count } }`,
      {},
      tok.clerk,
    );
    expect(work.data.myWork.find((w) => w.key === 'complaint.overdue')?.count).toBe(overdueIds.length);
    // the KPIs: open and past due now
    const kpi = await s.gql<{ complaintKpis: { totals: { overdueOpen: number } } }>(
      `{ complaintKpis(from: "2026-06-01", to: "2026-06-04") { totals { overdueOpen } } }`,
      {},
      tok.manager,
    );
    expect(kpi.data.complaintKpis.totals.overdueOpen).toBe(overdueIds.length);
    // the escalation: only the one still due escalates for being late
    await runEscalation(s.ds, new Date());
    const esc = await s.gql<{
      complaints: { edges: Array<{ node: { id: number; escalationReason: string | null } }> };
    }>(
      `query($ids: [Int!]) { complaints(filter: { id: { in: $ids }, escalated: { eq: true } }) { edges { node { id escalationReason } } } }`,
      { ids: rows.map((r) => r.id) },
      tok.manager,
    );
    expect(esc.data.complaints.edges.map((e) => e.node.id)).toEqual(overdueIds);
    expect(esc.data.complaints.edges[0].node.escalationReason).toContain(ESCALATION_REASONS.OVERDUE);
  });
});
