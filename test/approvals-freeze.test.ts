import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeLedger } from '../server/src/modules/notice/notice.ledger.js';
import { returnOrderLedger } from '../server/src/modules/return-order/return-order.ledger.js';
import { hashPassword } from '../server/src/modules/user/password.js';
import { createUser } from '../server/src/modules/user/user-accounts.js';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/**
 * Approvals freeze what they approved: whoever created a row by any path (grid, import, command) or
 * changed what an approval vouches for is a proposer and may not approve it; a change to a submitted
 * or approved row's approved fields sends it back to the start of its approval, at the level the new
 * values need.
 */
interface Row {
  id: number;
  version: number;
  status: string;
  noticeNo?: string;
  orderNo?: string;
  proposalApprovedBy?: string | null;
}

let s: TestServer;
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  // a second general manager, who neither proposed nor edited anything
  await createUser(
    s.ds,
    { username: 'manager2', displayName: '周总（总经理室）', role: 'MANAGER' },
    await hashPassword('demo'),
  );
  for (const u of ['admin', 'clerk', 'quality', 'manager', 'manager2']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

const run = async (mutation: string, who: string, r: { id: number; version: number }, args = '') => {
  const res = await s.gql<Record<string, Row>>(
    `mutation($id: Int!, $v: Int!) { ${mutation}(id: $id, version: $v${args}) { id version status } }`,
    { id: r.id, v: r.version },
    tok[who],
  );
  return { row: res.data?.[mutation] ?? null, error: res.errors?.[0] ?? null };
};
const current = async (type: string, id: number, fields = 'id version status') => {
  const name = type[0].toLowerCase() + type.slice(1);
  return (
    await s.gql<Record<string, Row & Record<string, unknown>>>(
      `query($id: Int!) { ${name}(id: $id) { ${fields} } }`,
      { id },
      tok.clerk,
    )
  ).data[name];
};
const save = async (type: string, input: unknown, who: string, fields = 'id version status') => {
  const r = await s.gql<
    Record<string, { ok: boolean; errors: Array<{ field: string; code: string; message: string }>; rows: Row[] }>
  >(
    `mutation($input: Save${type}Input!) { save${type}s(input: $input) { ok errors { field code message } rows { ${fields} } } }`,
    { input },
    tok[who],
  );
  return r.data[`save${type}s`];
};
/** A CSV import by the ledger's own labels, applied (not a dry run). */
const importCsv = async (
  ledger: string,
  who: string,
  cells: Record<string, string>,
  labels: (field: string) => string,
) => {
  const csv = `\uFEFF${Object.keys(cells).map(labels).join(',')}\r\n${Object.values(cells).join(',')}\r\n`;
  const res = await fetch(`${s.url}/import/${ledger}?dryRun=false`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tok[who]}`, 'content-type': 'text/csv' },
    body: csv,
  });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.errors)).toBe(true);
  return Number(body.saved[0].id);
};
/** The month on the tests' clock, as a bonus month is written. */
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const labelOf = (ledger: { columns: Array<{ field: string; label: { zh: string } }> }) => (f: string) =>
  ledger.columns.find((c) => c.field === f)!.label.zh;
const closedComplaintNo = async () =>
  (
    await s.gql<{ complaints: Page<{ complaintNo: string }> }>(
      `{ complaints(first: 1, filter: { status: { eq: CLOSED } }) { edges { node { complaintNo } } } }`,
      {},
      tok.clerk,
    )
  ).data.complaints.edges[0].node.complaintNo;

describe('reward/penalty notices', () => {
  it("a notice the manager imported is the manager's proposal: another may submit it, the manager may not approve it", async () => {
    const id = await importCsv(
      'rewardPenaltyNotice',
      'manager',
      {
        kind: '处罚',
        department: '生产部',
        amount: '800',
        reason: '导入的罚单',
        sourceComplaint: await closedComplaintNo(),
        bonusMonth: thisMonth(),
      },
      labelOf(noticeLedger),
    );
    const submitted = await run('submitNotice', 'quality', await current('RewardPenaltyNotice', id));
    expect(submitted.row?.status).toBe('SUBMITTED');
    const own = await run('approveNotice', 'manager', submitted.row!);
    expect(own.error?.message).toContain('职责分离');
    expect((await run('approveNotice', 'manager2', submitted.row!)).row?.status).toBe('APPROVED');
  });

  it('raising a submitted notice sends it back to a draft, and its editor may not approve it', async () => {
    const made = await save(
      'RewardPenaltyNotice',
      {
        creates: [
          {
            ref: 'n',
            values: {
              kind: 'PENALTY',
              department: '品质部',
              amount: 100,
              reason: '处理超时',
              sourceComplaint: await closedComplaintNo(),
              bonusMonth: thisMonth(),
            },
          },
        ],
      },
      'quality',
    );
    const submitted = (await run('submitNotice', 'quality', made.rows[0])).row!;
    const raised = await save(
      'RewardPenaltyNotice',
      { updates: [{ id: submitted.id, version: submitted.version, values: { amount: 99999 } }] },
      'manager',
    );
    expect(raised.ok).toBe(true);
    expect(raised.rows[0].status).toBe('DRAFT');
    expect((await run('approveNotice', 'manager', raised.rows[0])).error?.extensions).toMatchObject({
      reason: 'INVALID_STATE',
    });
    // the trail says why it went back
    const h = await s.gql<{ history: Array<{ field: string; newValue: string; reason: string | null }> }>(
      `query($id: Int!) { history(entity: "rewardPenaltyNotice", id: $id, field: "status") { field newValue reason } }`,
      { id: submitted.id },
      tok.manager,
    );
    expect(h.data.history.at(-1)).toMatchObject({
      newValue: 'DRAFT',
      reason: '修改了已提交或已核准的审批内容，退回重新审批',
    });
    const again = (await run('submitNotice', 'quality', raised.rows[0])).row!;
    expect((await run('approveNotice', 'manager', again)).error?.message).toContain('职责分离');
    expect((await run('approveNotice', 'manager2', again)).row?.status).toBe('APPROVED');
  });
});

describe('return orders', () => {
  it('an administrator who imported a ¥70,000 compensation may not approve it', async () => {
    const archive = (
      await s.gql<{ serviceArchives: Page<{ serialNo: string }> }>(
        `{ serviceArchives(first: 1) { edges { node { serialNo } } } }`,
        {},
        tok.clerk,
      )
    ).data.serviceArchives.edges[0].node.serialNo;
    const id = await importCsv(
      'returnOrder',
      'admin',
      {
        archive,
        type: '赔偿',
        qtyClaimed: '1',
        amount: '70000',
        receivedAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        fault: '停机损失',
      },
      labelOf(returnOrderLedger),
    );
    const o = await current('ReturnOrder', id, 'id version status approvalRequired');
    expect(o.approvalRequired).toBe(true);
    expect((await run('approveReturnOrder', 'admin', o, ', salesRep: "周销售"')).error?.message).toContain('职责分离');
    const approved = (await run('approveReturnOrder', 'manager', o, ', salesRep: "周销售"')).row!;
    // a change to what was approved asks for approval again; its editor is a proposer
    const raised = await save(
      'ReturnOrder',
      { updates: [{ id, version: approved.version, values: { amount: 90000 } }] },
      'admin',
      'id version status approvedBy',
    );
    expect(raised.ok).toBe(true);
    expect(raised.rows[0]).toMatchObject({ approvedBy: null });
    expect((await run('approveReturnOrder', 'admin', raised.rows[0], ', salesRep: "周销售"')).error?.message).toContain(
      '职责分离',
    );
    expect((await run('approveReturnOrder', 'manager', raised.rows[0], ', salesRep: "周销售"')).row).not.toBeNull();
  });
});

describe("a complaint's approved proposal", () => {
  const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field code message } rows { id version status proposalApprovedBy } } }`;
  const edit = async (c: Row, values: Record<string, unknown>, who: string) => {
    const r = await s.gql<{
      saveComplaints: { ok: boolean; errors: Array<{ field: string; code: string; message: string }>; rows: Row[] };
    }>(SAVE, { input: { updates: [{ id: c.id, version: c.version, values }] } }, tok[who]);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.saveComplaints;
  };
  /** A claim 品质部 handles and works out, investigated, with an answer written by the clerk: waiting for approval. */
  const claim = async (claimAmount: number | null) => {
    const made = await s.gql<{ saveComplaints: { rows: Row[] } }>(
      SAVE,
      {
        input: {
          creates: [
            {
              ref: 'c',
              values: {
                receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
                channel: 'PHONE',
                customer: 'C0002',
                kind: 'CLAIM',
                claimAmount,
                description: '停机索赔',
                handlingScope: 'GENERAL',
                responsibleDept: '品质部',
                handlingDept: '品质部', // handled by 品质部: 陈刚, its head, approves
              },
            },
          ],
        },
      },
      tok.clerk,
    );
    let c = made.data.saveComplaints.rows[0];
    c = (await run('acknowledgeComplaint', 'clerk', c)).row!;
    c = (await run('startComplaintInvestigation', 'clerk', c)).row!;
    return (await edit(c, { result: '按合同赔偿' }, 'clerk')).rows[0];
  };

  it("raised after the department head approved ¥9,000: back to approval, which only the general manager's office may give; the reply waits", async () => {
    let c = await claim(9000);
    c = (await run('approveComplaintProposal', 'quality', c)).row!; // 陈刚 heads 品质部
    expect(c.status).toBe('APPROVED');
    const raised = await edit(c, { claimAmount: 500000 }, 'clerk');
    expect(raised.ok).toBe(true);
    c = raised.rows[0];
    expect(c).toMatchObject({ status: 'INVESTIGATING', proposalApprovedBy: null });
    const early = await run('respondToComplaint', 'clerk', c);
    expect(early.error?.message).toBe('处理方案须经对策单位负责人或经理核准后才能答复客户');
    expect((await run('approveComplaintProposal', 'quality', c)).error?.message).toBe(
      '索赔金额超过 ¥10,000，须总经理室核准',
    );
    // the README's rule holds for the administrator too
    expect((await run('approveComplaintProposal', 'admin', c)).error?.message).toBe(
      '索赔金额超过 ¥10,000，须总经理室核准',
    );
    c = (await run('approveComplaintProposal', 'manager', c)).row!;
    c = (await run('respondToComplaint', 'clerk', c)).row!;
    expect(c.status).toBe('RESPONDED');
    // once answered, the approved amount no longer changes at all
    const late = await edit(c, { claimAmount: 600000 }, 'clerk');
    expect(late.ok).toBe(false);
    expect(late.errors[0]).toMatchObject({
      field: 'claimAmount',
      code: 'APPROVED',
      message: '「索赔金额」已随处理方案核准并答复客户，不能再修改',
    });
  });

  it("approved with no amount, then given ¥80,000: back to approval at the general manager's level", async () => {
    let c = await claim(null);
    c = (await run('approveComplaintProposal', 'quality', c)).row!;
    c = (await edit(c, { claimAmount: 80000 }, 'clerk')).rows[0];
    expect(c.status).toBe('INVESTIGATING');
    expect((await run('approveComplaintProposal', 'quality', c)).error?.message).toBe(
      '索赔金额超过 ¥10,000，须总经理室核准',
    );
  });

  it('whoever recorded the countermeasure may not approve it, nor whoever rewrote it afterwards', async () => {
    let c = await claim(2000);
    // 陈刚 (head of 品质部) writes the countermeasure and records it
    c = (
      await edit(c, { rootCause: '轴承批次不良', correctiveAction: '更换轴承', companyResponsible: true }, 'quality')
    ).rows[0];
    const recorded = await run('recordComplaintCountermeasure', 'quality', c);
    expect(recorded.error).toBeNull();
    c = recorded.row!;
    expect((await run('approveComplaintProposal', 'quality', c)).error?.message).toContain('职责分离');
    // the administrator rewrites it: the administrator is a proposer now, and 陈刚 still is
    c = (await edit(c, { correctiveAction: '整批更换轴承并追溯供应商' }, 'admin')).rows[0];
    expect((await run('approveComplaintProposal', 'admin', c)).error?.message).toContain('职责分离');
    expect((await run('approveComplaintProposal', 'quality', c)).error?.message).toContain('职责分离');
    for (const who of ['quality', 'admin']) {
      const offered = await s.gql<{ complaint: { availableActions: Array<{ name: string }> } }>(
        `query($id: Int!) { complaint(id: $id) { availableActions { name } } }`,
        { id: c.id },
        tok[who],
      );
      expect(
        offered.data.complaint.availableActions.map((a) => a.name),
        who,
      ).not.toContain('approveProposal');
    }
    expect((await run('approveComplaintProposal', 'manager', c)).row?.status).toBe('APPROVED');
  });
});
