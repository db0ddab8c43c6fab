import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
const tok: Record<string, string> = {};
type Item = {
  key: string;
  label: string;
  count: number;
  urgent: boolean;
  ledger: string;
  filter: Record<string, unknown> | null;
  mine: number | null;
  mineFilter: Record<string, unknown> | null;
  order: Array<{ field: string; direction: string }> | null;
};
/** The ledgers with a deadline column their lists of work are ordered by. */
const DEADLINE: Record<string, string> = {
  complaint: 'dueAt',
  rectification: 'dueDate',
  routineInspection: 'dueDate',
  callback: 'retryDate',
  satisfactionSurvey: 'feedbackDue',
  serviceRequest: 'arrivalDueAt',
};
const PLURAL: Record<string, { plural: string; type: string }> = {
  complaint: { plural: 'complaints', type: 'Complaint' },
  returnOrder: { plural: 'returnOrders', type: 'ReturnOrder' },
  reworkOrder: { plural: 'reworkOrders', type: 'ReworkOrder' },
  materialRequisition: { plural: 'materialRequisitions', type: 'MaterialRequisition' },
  rewardPenaltyNotice: { plural: 'rewardPenaltyNotices', type: 'RewardPenaltyNotice' },
  routineInspection: { plural: 'routineInspections', type: 'RoutineInspection' },
  customer: { plural: 'customers', type: 'Customer' },
  rectification: { plural: 'rectifications', type: 'Rectification' },
  satisfactionSurvey: { plural: 'satisfactionSurveys', type: 'SatisfactionSurvey' },
  serviceRequest: { plural: 'serviceRequests', type: 'ServiceRequest' },
};

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['clerk', 'quality', 'pmc', 'production', 'manager', 'auditor', 'admin']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

const work = async (who: string) =>
  (
    await s.gql<{ myWork: Item[] }>(
      `{ myWork { key label count urgent ledger filter mine mineFilter order { field direction } } }`,
      {},
      tok[who],
    )
  ).data.myWork;
async function rowsOf(item: Item, who: string): Promise<number> {
  const { plural, type } = PLURAL[item.ledger];
  const r = await s.gql<Record<string, Page>>(
    `query($f: ${type}Filter) { ${plural}(filter: $f) { totalCount } }`,
    { f: item.filter },
    tok[who],
  );
  expect(r.errors, item.key).toBeUndefined();
  return r.data[plural].totalCount;
}

describe('我的待办', () => {
  it('lists, for each role, what waits for it, each list opening exactly its rows', async () => {
    for (const who of ['clerk', 'quality', 'pmc', 'production']) {
      const items = await work(who);
      expect(items.length, who).toBeGreaterThan(0);
      for (const i of items)
        if (i.key === 'calendar.nextYear')
          // a reminder, not rows: from November on, while next year's holidays are not entered
          expect(i).toMatchObject({
            count: 1,
            urgent: true,
            label: expect.stringMatching(/^\d{4} 年的放假安排尚未录入/),
          });
        else {
          expect(await rowsOf(i, who), `${who} ${i.key}`).toBe(i.count);
          // the user's own part opens exactly its rows, and is part of the whole
          if (i.mine !== null) {
            expect(await rowsOf({ ...i, filter: i.mineFilter }, who), `${who} ${i.key} mine`).toBe(i.mine);
            expect(i.mine).toBeLessThanOrEqual(i.count);
          }
        }
      // inside every list, the most overdue first: by its deadline, else the row waiting longest
      for (const i of items)
        if (i.ledger !== 'customer' && !i.ledger.includes(':'))
          expect(i.order?.[0], `${who} ${i.key}`).toEqual({
            field: i.key === 'complaint.replyOverdue' ? 'replyDueAt' : (DEADLINE[i.ledger] ?? 'updatedAt'),
            direction: 'ASC',
          });
      // urgent first
      expect(items.map((i) => i.urgent)).toEqual([...items.map((i) => i.urgent)].sort((a, b) => Number(b) - Number(a)));
    }
    const clerk = (await work('clerk')).map((i) => i.key);
    expect(clerk).toEqual(
      expect.arrayContaining(['complaint.overdue', 'complaint.acknowledge', 'serviceRequest.guide']),
    );
    expect(clerk).not.toContain('reworkOrder.startRework');
    const production = (await work('production')).map((i) => i.key);
    expect(production.length).toBeGreaterThan(0);
    // its reworks and requisitions, and as a 对策单位 its own countermeasures and rectifications
    expect(
      production.every(
        (k) =>
          k.startsWith('reworkOrder.') ||
          k.startsWith('materialRequisition.') ||
          k.startsWith('rectification.') ||
          k === 'complaint.recordCountermeasure',
      ),
    ).toBe(true);
    expect(production).toEqual(expect.arrayContaining(['rectification.overdue', 'rectification.report']));
    expect(await work('auditor')).toEqual([]); // reads everything, waits on nothing
    // the administrator may step in anywhere, but only keeping the system ready is on his desk
    const admin = (await work('admin')).map((i) => i.key);
    expect(
      admin.every((k) => ['calendar.nextYear', 'audit.trailBroken'].includes(k)),
      admin.join(),
    ).toBe(true);
    // quality steps in on the clerks' steps from the ledger; they are not on its desk, nor are callbacks
    const quality = (await work('quality')).map((i) => i.key);
    expect(
      quality.filter((k) =>
        ['complaint.acknowledge', 'complaint.respond', 'callback.due', 'callback.retry'].includes(k),
      ),
    ).toEqual([]);
  });

  it('shows the general manager last month’s serious complaints without a notice, disputes, and notices to approve that others proposed', async () => {
    // a dispute goes to the general manager's office: escalated with its reason, it waits on their desk
    const open = await s.gql<{ complaints: Page<{ id: number; version: number }> }>(
      `{ complaints(first: 1, filter: { status: { eq: RECEIVED }, escalated: { eq: false } }) { edges { node { id version } } } }`,
      {},
      tok.clerk,
    );
    const c = open.data.complaints.edges[0].node;
    const before = (await work('manager')).find((i) => i.key === 'complaint.escalated')?.count ?? 0;
    const esc = await s.gql(
      `mutation($id: Int!, $v: Int!) { escalateComplaint(id: $id, version: $v, reason: "客户对处理方案有争议") { id } }`,
      { id: c.id, v: c.version },
      tok.clerk,
    );
    expect(esc.errors).toBeUndefined();
    const items = await work('manager');
    const disputes = items.find((i) => i.key === 'complaint.escalated')!;
    expect(disputes).toMatchObject({ count: before + 1, urgent: true });
    expect(await rowsOf(disputes, 'manager')).toBe(disputes.count);
    const serious = await s.gql<{ seriousComplaintsWithoutNotice: Array<{ id: number }> }>(
      `{ seriousComplaintsWithoutNotice { id } }`,
      {},
      tok.manager,
    );
    const listed = items.find((i) => i.key === 'notice.seriousWithout');
    expect(listed?.count ?? 0).toBe(serious.data.seriousComplaintsWithoutNotice.length);
    if (listed) expect(listed.urgent).toBe(true);
    const approve = items.find((i) => i.key === 'rewardPenaltyNotice.approve');
    const submitted = await s.gql<{ rewardPenaltyNotices: Page }>(
      `{ rewardPenaltyNotices(filter: { status: { eq: SUBMITTED } }) { totalCount } }`,
      {},
      tok.manager,
    );
    expect(approve?.count).toBe(submitted.data.rewardPenaltyNotices.totalCount);
  });

  it('watches the written reply: a complaint unanswered eight days after receipt is listed in 我的待办 and marked on its row', async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    const saved = await s.gql<{ saveComplaints: { ok: boolean; rows: Array<{ id: number; replyDueAt: string }> } }>(
      `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok rows { id replyDueAt } } }`,
      {
        input: {
          creates: [
            {
              ref: 'r',
              values: {
                receivedAt: eightDaysAgo,
                channel: 'PHONE',
                customer: 'C0005',
                kind: 'APPEAL',
                description: '书面答复超期',
                handlingScope: 'GENERAL',
              },
            },
          ],
        },
      },
      tok.clerk,
    );
    expect(saved.data.saveComplaints.ok).toBe(true);
    const [row] = saved.data.saveComplaints.rows;
    expect(new Date(row.replyDueAt).getTime()).toBe(new Date(eightDaysAgo).getTime() + 7 * 86_400_000);
    const listed = (await work('clerk')).find((i) => i.key === 'complaint.replyOverdue');
    expect(listed).toMatchObject({ label: '书面答复已超期的投诉', urgent: true });
    expect(await rowsOf(listed!, 'clerk')).toBe(listed!.count);
    const overdue = await s.gql<{ complaint: { replyOverdue: boolean } }>(
      `query($id: Int!) { complaint(id: $id) { replyOverdue } }`,
      { id: row.id },
      tok.clerk,
    );
    expect(overdue.data.complaint.replyOverdue).toBe(true);
  });
});
