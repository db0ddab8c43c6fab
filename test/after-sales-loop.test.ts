import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Node, Page, SaveOut, TimelineNode } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/** The cells the loop reads back from any of its orders. */
interface LoopRow {
  id: number;
  version: number;
  status?: string;
  archiveNo?: string;
  complaintNo?: string;
  reworkNo?: string;
  qty?: number;
  score?: number;
  decisionReason?: string;
  proposedBy?: string;
  approver?: string;
  archive?: { archiveNo: string };
  cost?: { labour: number; material: number; total: number };
  availableActions?: Array<{ name: string }>;
  approvalRequired?: boolean;
  approvalReason?: string;
  amount?: number;
  approvedBy?: string;
}

let s: TestServer;
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['admin', 'clerk', 'quality', 'pmc', 'production', 'manager', 'auditor']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);

async function save(ledger: string, input: unknown, who: string, fields = 'id version') {
  const r = await s.gql<Record<string, SaveOut<LoopRow>>>(
    `mutation($input: Save${ledger}Input!) { save${ledger}s(input: $input) { ok errors { row field code message } saved { row id version } rows { ${fields} } lines { ok errors { row field code message } saved { row id version } } } }`.replace(
      / lines \{[^}]*\{[^}]*\}[^}]*\{[^}]*\} \}/,
      ['MaterialRequisition', 'ReworkOrder'].includes(ledger) ? '$&' : '',
    ),
    { input },
    tok[who],
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data[`save${ledger}s`];
}

async function run(mutation: string, who: string, target: { id: number; version: number }, args = '') {
  return s.gql<Record<string, LoopRow>>(
    `mutation($id: Int!, $v: Int!) { ${mutation}(id: $id, version: $v${args}) { id version status } }`,
    { id: target.id, v: target.version },
    tok[who],
  );
}

async function one(type: string, id: number, fields: string) {
  const name = type[0].toLowerCase() + type.slice(1);
  return (
    await s.gql<Record<string, LoopRow>>(`query($id: Int!) { ${name}(id: $id) { ${fields} } }`, { id }, tok.clerk)
  ).data[name];
}

describe('the closed loop on one unit', () => {
  let archive: LoopRow;
  let ret: { id: number; version: number };
  let rework: { id: number; version: number; status?: string };
  const serial = 'KY200-TEST0001';

  it('registers a unit; acceptance schedules its routine inspections from the policy', async () => {
    const res = await save(
      'ServiceArchive',
      {
        creates: [
          {
            ref: 'u',
            values: {
              customer: 'C0001',
              policy: 'KY200',
              serialNo: serial,
              invoiceDate: day(-65),
              acceptanceDate: day(-60),
            },
          },
        ],
      },
      'clerk',
      'id version archiveNo',
    );
    expect(res.errors).toEqual([]);
    archive = res.rows[0];
    expect(archive.archiveNo).toMatch(/^DA-\d{4}-\d{6}$/);
    const plan = await s.gql<{ routineInspections: Page<Node & { planMonth: number }> }>(
      `query($id: Int!) { routineInspections(filter: { archiveId: { eq: $id } }, orderBy: [{ field: dueDate }]) { edges { node { planMonth dueDate } } } }`,
      { id: archive.id },
      tok.clerk,
    );
    expect(plan.data.routineInspections.edges.map((e) => e.node.planMonth)).toEqual([1, 3, 6, 12]);
    const overdue = await s.gql<{ overdueInspections: Array<{ archiveId: number; planMonth: number }> }>(
      `query($d: LocalDate) { overdueInspections(asOf: $d, first: 500) { archiveId planMonth } }`,
      { d: day(0) },
      tok.clerk,
    );
    expect(overdue.data.overdueInspections.filter((x) => x.archiveId === archive.id).map((x) => x.planMonth)).toEqual([
      1,
    ]);
  });

  it('answers the warranty with its reason, as of a date', async () => {
    const w = await s.gql<{ warrantyStatus: { reason: string } }>(
      `query($s: String!, $d: LocalDate) { warrantyStatus(serialNo: $s, asOf: $d) { start end inWarranty daysLeft remedy reason } }`,
      { s: serial, d: day(0) },
      tok.clerk,
    );
    expect(w.data.warrantyStatus).toMatchObject({ start: day(-65), inWarranty: true, remedy: 'FREE_REPAIR' });
    expect(w.data.warrantyStatus.reason).toContain('免费维修');
    const late = await s.gql<{ warrantyStatus: { reason: string } }>(
      `query($s: String!, $d: LocalDate) { warrantyStatus(serialNo: $s, asOf: $d) { inWarranty remedy reason } }`,
      { s: serial, d: day(400) },
      tok.clerk,
    );
    expect(late.data.warrantyStatus).toMatchObject({ inWarranty: false, remedy: 'CHARGED_REPAIR' });
  });

  it('links a complaint about the unit and registers a return with the warranty decision', async () => {
    const c = await save(
      'Complaint',
      {
        creates: [
          {
            ref: 'c',
            values: {
              receivedAt: new Date().toISOString(),
              channel: 'HOTLINE',
              customer: 'C0001',
              kind: 'APPEAL',
              description: '排气温度高',
              handlingScope: 'DEPARTMENT',
              serialNo: serial,
            },
          },
        ],
      },
      'clerk',
      'id complaintNo archive { archiveNo }',
    );
    expect(c.rows[0].archive?.archiveNo).toBe(archive.archiveNo);
    const feeRefused = await save(
      'ReturnOrder',
      {
        creates: [
          {
            ref: 'r',
            values: {
              archive: serial,
              complaint: c.rows[0].complaintNo,
              type: 'REPAIR',
              qtyClaimed: 1,
              receivedAt: new Date().toISOString(),
              fault: '排气温度高',
              fee: 200,
            },
          },
        ],
      },
      'clerk',
    );
    expect(feeRefused.errors).toMatchObject([{ row: 'r', field: 'fee', code: 'INVALID' }]);
    const r = await save(
      'ReturnOrder',
      {
        creates: [
          {
            ref: 'r',
            values: {
              archive: serial,
              complaint: c.rows[0].complaintNo,
              type: 'REPAIR',
              qtyClaimed: 1,
              receivedAt: new Date().toISOString(),
              fault: '排气温度高',
            },
          },
        ],
      },
      'clerk',
      'id version orderNo status warrantyDecision decisionReason fee customer { code }',
    );
    expect(r.rows[0]).toMatchObject({
      status: 'REGISTERED',
      warrantyDecision: 'FREE_REPAIR',
      fee: 0,
      customer: { code: 'C0001' },
    });
    expect(r.rows[0].decisionReason).toContain('在保修期内');
    ret = r.rows[0];
  });

  it('counts, opens the rework (PMC only), inspects, lists material, refuses over-issue, issues, reworks and signs off', async () => {
    expect((await run('openReworkOrder', 'pmc', ret)).errors?.[0].extensions.reason).toBe('INVALID_STATE');
    const counted = (await run('countReturnOrder', 'clerk', ret, ', qtyCounted: 1')).data.countReturnOrder;
    expect((await run('openReworkOrder', 'clerk', counted)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const inRework = (await run('openReworkOrder', 'pmc', counted)).data.openReworkOrder;
    expect(inRework.status).toBe('IN_REWORK');
    const rw = (
      await s.gql<{ returnOrder: { reworkOrders: LoopRow[] } }>(
        `query($id: Int!) { returnOrder(id: $id) { reworkOrders { id version reworkNo status qty } } }`,
        { id: ret.id },
        tok.pmc,
      )
    ).data.returnOrder.reworkOrders;
    expect(rw).toHaveLength(1);
    rework = rw[0];
    expect(rework).toMatchObject({ status: 'OPEN', qty: 1 });
    rework = (await run('startReworkInspection', 'quality', rework)).data.startReworkInspection;
    const badCause = await run(
      'recordReworkInspection',
      'quality',
      rework,
      ', result: "轴承损坏", defectCause: "BAD", partsNeeded: true',
    );
    expect(badCause.errors?.[0].extensions.field).toBe('defectCause');
    rework = (
      await run(
        'recordReworkInspection',
        'quality',
        rework,
        ', result: "轴承损坏", defectCause: "MATERIAL", partsNeeded: true',
      )
    ).data.recordReworkInspection;
    expect(rework.status).toBe('AWAITING_MATERIAL');

    // PMC: rework order and its two material lines in one batch
    const rno = (await one('ReworkOrder', rework.id, 'reworkNo')).reworkNo;
    const withLines = await save(
      'ReworkOrder',
      {
        updates: [{ id: rework.id, version: rework.version, values: { remark: '加急' } }],
        lines: {
          creates: [
            {
              ref: 'm1',
              values: {
                reworkOrder: rno,
                partNo: 'P-BRG-6308',
                partName: '电机轴承 6308',
                qty: 2,
                unitCost: 180,
                action: 'ADD',
              },
            },
            {
              ref: 'm2',
              values: {
                reworkOrder: rno,
                partNo: 'P-OSP-200',
                partName: '油气分离器芯',
                qty: 1,
                unitCost: 650,
                action: 'ADD',
              },
            },
          ],
        },
      },
      'pmc',
    );
    expect(withLines.ok).toBe(true);
    expect(withLines.lines?.saved).toHaveLength(2);
    rework = { id: rework.id, version: withLines.saved[0].version };
    expect((await run('startRework', 'production', rework)).errors?.[0].message).toContain('物料未发齐');

    // production: a requisition and its lines in one batch; the lines point at the new requisition
    const over = await save(
      'MaterialRequisition',
      {
        creates: [{ ref: 'q', values: { reworkOrder: rno, warehouse: '备件仓' } }],
        lines: {
          creates: [
            { ref: 'l1', values: { requisition: '@q', partNo: 'P-BRG-6308', qtyRequested: 3, qtyIssued: 2 } },
            { ref: 'l2', values: { requisition: '@q', partNo: 'P-OSP-200', qtyRequested: 1, qtyIssued: 2 } },
            { ref: 'l3', values: { requisition: '@q', partNo: 'P-XXX', qtyRequested: 1 } },
          ],
        },
      },
      'production',
    );
    expect(over.ok).toBe(false);
    expect(over.lines?.errors.map((e) => `${e.row}.${e.field}.${e.code}`).sort()).toEqual([
      'l1.qtyRequested.OVER_LIST',
      'l2.qtyIssued.OVER_ISSUE',
      'l3.partNo.NOT_ON_LIST',
    ]);
    expect(
      (
        await s.gql<{ reworkOrder: { requisitions: unknown[] } }>(
          `query($id: Int!) { reworkOrder(id: $id) { requisitions { id } } }`,
          { id: rework.id },
          tok.pmc,
        )
      ).data.reworkOrder.requisitions,
    ).toEqual([]);
    const req = await save(
      'MaterialRequisition',
      {
        creates: [{ ref: 'q', values: { reworkOrder: rno, warehouse: '备件仓' } }],
        lines: {
          creates: [
            { ref: 'l1', values: { requisition: '@q', partNo: 'P-BRG-6308', qtyRequested: 2, qtyIssued: 2 } },
            { ref: 'l2', values: { requisition: '@q', partNo: 'P-OSP-200', qtyRequested: 1, qtyIssued: 1 } },
          ],
        },
      },
      'production',
      'id version reqNo status',
    );
    expect(req.ok).toBe(true);
    const issued = (await run('issueRequisition', 'production', req.rows[0])).data.issueRequisition;
    expect(issued.status).toBe('ISSUED');
    const frozenLine = await save(
      'RequisitionLine',
      { updates: [{ id: req.lines!.saved[0].id, version: 1, values: { qtyIssued: 1 } }] },
      'production',
    );
    expect(frozenLine.errors?.[0].code).toBe('FROZEN');

    rework = (await run('startRework', 'production', rework)).data.startRework;
    expect(rework.status).toBe('REWORKING');
    expect((await run('finishRework', 'production', rework)).errors?.[0].extensions.field).toBe('labourHours');
    const hours = await save(
      'ReworkOrder',
      { updates: [{ id: rework.id, version: rework.version, values: { labourHours: 3.5 } }] },
      'production',
    );
    rework = { id: rework.id, version: hours.saved[0].version };
    rework = (await run('finishRework', 'production', rework)).data.finishRework;
    rework = (await run('recordFinalInspection', 'quality', rework, ', passed: true, result: "试机合格"')).data
      .recordFinalInspection;
    expect(rework.status).toBe('DONE');
    rework = (await run('feedbackReworkToSales', 'quality', rework)).data.feedbackReworkToSales;
    const cost = await one('ReworkOrder', rework.id, 'feedbackAt cost { labour material total }');
    expect(cost.cost).toEqual({ labour: 280, material: 1010, total: 1290 });
    const back = await one('ReturnOrder', ret.id, 'id version status');
    expect(back.status).toBe('REPAIRED');
    expect((await run('closeReturnOrder', 'clerk', back)).data.closeReturnOrder.status).toBe('CLOSED');
  });

  // customer-service-procedure 四: 「收到退货后，PMC开返工单，品质部对其进行检验」; then 退款, or another specification
  it('takes a returned good through PMC and quality, and completes it only once refunded', async () => {
    const created = await save(
      'ReturnOrder',
      {
        creates: [
          {
            ref: 'rt',
            values: {
              archive: serial,
              type: 'RETURN',
              qtyClaimed: 1,
              receivedAt: new Date().toISOString(),
              fault: '客户退货：噪音大',
            },
          },
        ],
      },
      'clerk',
      'id version status approvalRequired',
    );
    expect(created.ok).toBe(true);
    let order: LoopRow = created.rows[0];
    if (created.rows[0].approvalRequired)
      order = (await run('approveReturnOrder', 'manager', order, ', salesRep: "周销售"')).data.approveReturnOrder;
    order = (await run('countReturnOrder', 'clerk', order, ', qtyCounted: 1')).data.countReturnOrder;
    // a counted return is not completed before it was inspected
    const early = await run('closeReturnOrder', 'clerk', order);
    expect(early.errors?.[0].message).toContain('品质部检验');
    order = (await run('openReworkOrder', 'pmc', order)).data.openReworkOrder;
    expect(order.status).toBe('IN_REWORK');
    let rw = (
      await s.gql<{ returnOrder: { reworkOrders: LoopRow[] } }>(
        `query($id: Int!) { returnOrder(id: $id) { reworkOrders { id version status } } }`,
        { id: order.id },
        tok.pmc,
      )
    ).data.returnOrder.reworkOrders[0];
    rw = (await run('startReworkInspection', 'quality', rw)).data.startReworkInspection;
    rw = (
      await run(
        'recordReworkInspection',
        'quality',
        rw,
        ', result: "外观完好，噪音来自安装", defectCause: "SETTING", partsNeeded: false',
      )
    ).data.recordReworkInspection;
    const hours = await save(
      'ReworkOrder',
      { updates: [{ id: rw.id, version: rw.version, values: { labourHours: 1 } }] },
      'production',
    );
    rw = (await run('finishRework', 'production', { id: rw.id, version: hours.saved[0].version })).data.finishRework;
    rw = (await run('recordFinalInspection', 'quality', rw, ', passed: true, result: "检验合格"')).data
      .recordFinalInspection;
    rw = (await run('feedbackReworkToSales', 'quality', rw)).data.feedbackReworkToSales;
    let back = await one('ReturnOrder', order.id, 'id version status');
    expect(back.status).toBe('REPAIRED');
    const unpaid = await run('closeReturnOrder', 'clerk', back);
    expect(unpaid.errors?.[0].message).toContain('退款');
    const refunded = await s.gql<{ refundReturnOrder: LoopRow }>(
      `mutation($id: Int!, $v: Int!) { refundReturnOrder(id: $id, version: $v, amount: 8600) { id version status refundAmount refundedBy } }`,
      { id: back.id, v: back.version },
      tok.clerk,
    );
    expect(refunded.data.refundReturnOrder).toMatchObject({
      status: 'REPAIRED',
      refundAmount: 8600,
      refundedBy: '王丽（客服）',
    });
    back = refunded.data.refundReturnOrder;
    expect((await run('closeReturnOrder', 'clerk', back)).data.closeReturnOrder.status).toBe('CLOSED');
  });

  it('shows every step on the unit’s timeline, and the verdict after the repair', async () => {
    const a = await s.gql<{ serviceArchiveByNo: { warranty: { inWarranty: boolean }; timeline: TimelineNode[] } }>(
      `query($n: String) { serviceArchiveByNo(archiveNo: $n) { serialNo warranty { inWarranty extensionDays reason } timeline { kind number title children { kind number children { kind title } } } } }`,
      { n: archive.archiveNo },
      tok.quality,
    );
    const t = a.data.serviceArchiveByNo;
    expect(t.warranty.inWarranty).toBe(true);
    const kinds = t.timeline.map((e) => e.kind);
    expect(kinds).toContain('COMPLAINT');
    expect(kinds).toContain('RETURN');
    expect(kinds).toContain('INSPECTION');
    const retEvent = t.timeline.find((e) => e.kind === 'RETURN');
    expect(retEvent?.children.map((c) => c.kind)).toEqual(['REWORK']);
    expect(retEvent?.children[0].children.map((c) => c.kind).sort()).toEqual(['MATERIAL', 'MATERIAL', 'REQUISITION']);
  });
});

describe('approvals the procedures demand on returns', () => {
  it('an exchange out of its window waits for the department manager before anything goes further', async () => {
    const serial = 'KY200-TEST0001'; // sold 65 days ago: past the exchange window, still under warranty
    const r = await save(
      'ReturnOrder',
      {
        creates: [
          {
            ref: 'x',
            values: {
              archive: serial,
              type: 'EXCHANGE',
              qtyClaimed: 1,
              receivedAt: new Date().toISOString(),
              fault: '客户要求换新机',
            },
          },
        ],
      },
      'clerk',
      'id version status approvalRequired approvalReason',
    );
    expect(r.errors).toEqual([]);
    let o = r.rows[0] as LoopRow & { approvalRequired: boolean; approvalReason: string };
    expect(o).toMatchObject({ approvalRequired: true, approvalReason: '超出换货期仍予换货' });
    o = (await run('countReturnOrder', 'clerk', o, ', qtyCounted: 1')).data.countReturnOrder as typeof o;
    const blocked = await run('openReworkOrder', 'pmc', o);
    expect(blocked.errors?.[0].message).toContain('须经部门经理审批（超出换货期仍予换货）');
    expect((await run('approveReturnOrder', 'clerk', o, ', salesRep: "周销售"')).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    // decided by a department manager with the sales representative: not by someone heading no department, nor without the representative
    expect((await run('approveReturnOrder', 'production', o, ', salesRep: "周销售"')).errors?.[0].message).toBe(
      '退/换货由部门负责人或总经理室会同销售代表决定',
    );
    expect((await run('approveReturnOrder', 'manager', o, ', salesRep: " "')).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    o = (await run('approveReturnOrder', 'quality', o, ', salesRep: "周销售"')).data.approveReturnOrder as typeof o;
    const approved = await one('ReturnOrder', o.id, 'approvedBy approvedAt salesRep');
    expect(approved).toMatchObject({ approvedBy: '陈刚（品质部）', salesRep: '周销售' });
    expect((await run('openReworkOrder', 'pmc', o)).data.openReworkOrder.status).toBe('IN_REWORK');
  });

  it('a price reduction or compensation names its amount and needs approval', async () => {
    const base = { archive: 'KY200-TEST0001', qtyClaimed: 1, receivedAt: new Date().toISOString(), fault: '外观划伤' };
    const none = await s.gql<Record<string, SaveOut<LoopRow>>>(
      `mutation($input: SaveReturnOrderInput!) { saveReturnOrders(input: $input) { ok errors { row field code message } } }`,
      { input: { creates: [{ ref: 'p', values: { ...base, type: 'PRICE_REDUCTION' } }] } },
      tok.clerk,
    );
    expect(none.data.saveReturnOrders.errors[0]).toMatchObject({ field: 'amount' });
    const ok = await save(
      'ReturnOrder',
      { creates: [{ ref: 'p', values: { ...base, type: 'COMPENSATION', amount: 800 } }] },
      'clerk',
      'id version approvalRequired approvalReason amount',
    );
    expect(ok.rows[0]).toMatchObject({ approvalRequired: true, approvalReason: '赔偿', amount: 800 });
  });
});

describe('reward/penalty notices', () => {
  it('only the general manager approves; an approved notice is frozen', async () => {
    const [c] = (
      await s.gql<{ complaints: Page<Node & { complaintNo: string }> }>(
        `{ complaints(first: 1, filter: { status: { eq: CLOSED } }) { edges { node { complaintNo } } } }`,
        {},
        tok.quality,
      )
    ).data.complaints.edges.map((e) => e.node);
    const n = await save(
      'RewardPenaltyNotice',
      {
        creates: [
          {
            ref: 'n',
            values: {
              kind: 'PENALTY',
              department: '品质部',
              amount: 500,
              reason: '处理超时',
              sourceComplaint: c.complaintNo,
              bonusMonth: day(0).slice(0, 7),
            },
          },
        ],
      },
      'quality',
      'id version status proposedBy noticeNo',
    );
    expect(n.rows[0]).toMatchObject({ status: 'DRAFT', proposedBy: '陈刚（品质部）' });
    const submitted = (await run('submitNotice', 'quality', n.rows[0])).data.submitNotice;
    expect((await run('approveNotice', 'quality', submitted)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await run('approveNotice', 'admin', submitted)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const approved = (await run('approveNotice', 'manager', submitted)).data.approveNotice;
    expect(approved.status).toBe('APPROVED');
    const full = await one('RewardPenaltyNotice', approved.id, 'approver decidedAt');
    expect(full.approver).toBe('刘总（总经理室）');
    const edit = await save(
      'RewardPenaltyNotice',
      { updates: [{ id: approved.id, version: approved.version, values: { amount: 1 } }] },
      'manager',
    );
    expect(edit.errors?.[0]).toMatchObject({ code: 'FROZEN' });
    const v = await save(
      'RewardPenaltyNotice',
      { voids: [{ id: approved.id, version: approved.version, reason: '撤销' }] },
      'manager',
    );
    expect(v.errors?.[0].code).toBe('FROZEN');
  });

  it('keeps duties apart: the manager who proposed or submitted a notice may not approve or reject it', async () => {
    const [c] = (
      await s.gql<{ complaints: Page<Node & { complaintNo: string }> }>(
        `{ complaints(first: 1, filter: { status: { eq: CLOSED } }) { edges { node { complaintNo } } } }`,
        {},
        tok.manager,
      )
    ).data.complaints.edges.map((e) => e.node);
    const n = await save(
      'RewardPenaltyNotice',
      {
        creates: [
          {
            ref: 'm',
            values: {
              kind: 'REWARD',
              department: '客户服务部',
              amount: 300,
              reason: '表扬信',
              sourceComplaint: c.complaintNo,
              bonusMonth: day(0).slice(0, 7),
            },
          },
        ],
      },
      'manager',
      'id version status availableActions { name }',
    );
    expect(n.errors).toEqual([]);
    expect(n.rows[0].availableActions?.map((a) => a.name)).toEqual(['submit']);
    const submitted = (await run('submitNotice', 'manager', n.rows[0])).data.submitNotice;
    const own = await s.gql<{ rewardPenaltyNotice: { availableActions: Array<{ name: string }> } }>(
      `query($id: Int!) { rewardPenaltyNotice(id: $id) { availableActions { name } } }`,
      { id: submitted.id },
      tok.manager,
    );
    expect(own.data.rewardPenaltyNotice.availableActions).toEqual([]); // approve and reject are not offered to the proposer
    const refused = await run('approveNotice', 'manager', submitted);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toContain('职责分离');
    const status = await one('RewardPenaltyNotice', submitted.id, 'status');
    expect(status.status).toBe('SUBMITTED');
  });

  it('lists last month’s serious closed complaints that have no notice yet', async () => {
    const month = day(0).slice(0, 7);
    const r = await s.gql<{
      seriousComplaintsWithoutNotice: Array<{ escalated: boolean; kind: string; reopenCount: number }>;
    }>(
      `query($m: String) { seriousComplaintsWithoutNotice(month: $m) { id escalated kind reopenCount closedAt } }`,
      { m: month },
      tok.manager,
    );
    for (const c of r.data.seriousComplaintsWithoutNotice)
      expect(c.escalated || c.kind === 'CLAIM' || c.reopenCount > 0).toBe(true);
    expect((await s.gql(`{ seriousComplaintsWithoutNotice { id } }`, {}, tok.clerk)).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('callbacks and surveys', () => {
  it('scores questionnaires per configurable item and reports satisfaction per item', async () => {
    type Item = { code: string; name: string; questionnaires: number; satisfaction: number };
    const r = await s.gql<{ satisfactionByItem: Item[] }>(
      `{ satisfactionByItem(year: 2026) { code name questionnaires satisfaction } }`,
      {},
      tok.manager,
    );
    const byCode = Object.fromEntries(r.data.satisfactionByItem.map((i) => [i.code, i]));
    expect(Object.keys(byCode).sort()).toEqual(['DELIVERY', 'INSTALL', 'PRICE', 'QUALITY', 'SERVICE']);
    expect(byCode.SERVICE.name).toBe('服务态度');
    expect(byCode.SERVICE.satisfaction).toBeLessThan(byCode.QUALITY.satisfaction); // the demo's story: service attitude slips
    // an item's score stays within its maximum; a questionnaire scores each item once
    const surveys = await s.gql<{ satisfactionSurveys: Page<{ surveyNo: string }> }>(
      `{ satisfactionSurveys(first: 1) { edges { node { surveyNo } } } }`,
      {},
      tok.clerk,
    );
    const no = surveys.data.satisfactionSurveys.edges[0].node.surveyNo;
    expect(no).toMatch(/^MY-\d{4}-\d{6}$/);
    const bad = await s.gql<{ saveSurveyScores: { errors: Array<{ row: string; field: string; message: string }> } }>(
      `mutation($i: SaveSurveyScoreInput!) { saveSurveyScores(input: $i) { errors { row field message } } }`,
      {
        i: {
          creates: [
            { ref: 'a', values: { survey: no, item: '价格合理', score: 12 } },
            { ref: 'b', values: { survey: no, item: '产品质量', score: 8 } },
          ],
        },
      },
      tok.clerk,
    );
    expect(bad.data.saveSurveyScores.errors.map((e) => `${e.row}.${e.field}`).sort()).toEqual([
      'a.item',
      'a.score',
      'b.item',
    ]); // the demo's questionnaires score every item already
  });

  it('plans callbacks by tier and computes satisfaction as Σ scores ÷ questionnaires', async () => {
    const plan = await s.gql<{ callbackPlan: Array<{ customer: { code: string; tier: string } }> }>(
      `{ callbackPlan { customer { code tier } nextDue overdue } }`,
      {},
      tok.clerk,
    );
    expect(plan.data.callbackPlan.length).toBeGreaterThan(0);
    expect(plan.data.callbackPlan.every((p) => ['KEY', 'LONG_TERM'].includes(p.customer.tier))).toBe(true);
    const sv = await save(
      'SatisfactionSurvey',
      {
        creates: [
          { ref: 'a', values: { customer: 'C0002', surveyDate: '2024-05-01', rawScore: 45, maxScore: 50 } },
          { ref: 'b', values: { customer: 'C0003', surveyDate: '2024-06-01', rawScore: 4, maxScore: 5 } },
          { ref: 'c', values: { customer: 'C0004', surveyDate: '2024-07-01', rawScore: 6, maxScore: 5 } },
        ],
      },
      'clerk',
      'score',
    );
    expect(sv.errors).toMatchObject([{ row: 'c', field: 'rawScore', code: 'INVALID' }]);
    const ok = await save(
      'SatisfactionSurvey',
      {
        creates: [
          { ref: 'a', values: { customer: 'C0002', surveyDate: '2024-05-01', rawScore: 45, maxScore: 50 } },
          { ref: 'b', values: { customer: 'C0003', surveyDate: '2024-06-01', rawScore: 4, maxScore: 5 } },
        ],
      },
      'clerk',
      'score',
    );
    expect(ok.rows.map((x) => x.score)).toEqual([90, 80]);
    const y = await s.gql<{ satisfactionOfYear: unknown }>(
      `{ satisfactionOfYear(year: 2024) { questionnaires satisfaction customersSurveyed } }`,
      {},
      tok.manager,
    );
    expect(y.data.satisfactionOfYear).toEqual({ questionnaires: 2, satisfaction: 85, customersSurveyed: 2 });
  });
});

describe('timeline cost', () => {
  it('runs the same number of SQL statements for 50 archives as for 1 of the same shape', async () => {
    // the unit of the loop above has every kind of event, so one archive already touches every relation
    const unit = (
      await s.gql<{ serviceArchives: Page }>(
        `{ serviceArchives(filter: { serialNo: { eq: "KY200-TEST0001" } }) { edges { node { id } } } }`,
        {},
        tok.quality,
      )
    ).data.serviceArchives.edges[0].node.id;
    const others = (
      await s.gql<{ serviceArchives: Page }>(
        `{ serviceArchives(first: 50, orderBy: [{ field: invoiceDate, direction: DESC }]) { edges { node { id } } } }`,
        {},
        tok.quality,
      )
    ).data.serviceArchives.edges.map((e) => e.node.id);
    const q = `query($ids: [Int!]) { serviceArchives(first: 50, filter: { id: { in: $ids } }) { edges { node { archiveNo customer { name } policy { modelName } warranty { remedy reason }
      timeline { kind title children { kind title children { kind title } } } } } } }`;
    s.counter.reset();
    s.counter.keep = true;
    const one = await s.gql<{ serviceArchives: Page<Node & { timeline: TimelineNode[] }> }>(
      q,
      { ids: [unit] },
      tok.quality,
    );
    const single = s.counter.count;
    const singleStatements = s.counter.statements;
    s.counter.reset();
    const many = await s.gql<{ serviceArchives: Page<Node & { timeline: TimelineNode[] }> }>(
      q,
      { ids: [unit, ...others.filter((x) => x !== unit)].slice(0, 50) },
      tok.quality,
    );
    const fifty = s.counter.count;
    s.counter.keep = false;
    const shape = (list: string[]) =>
      list.map((x) =>
        x
          .replace(/\s+/g, ' ')
          .replace(/IN \([?, ]+\)/g, 'IN (…)')
          .replace(/SELECT .* FROM/, 'SELECT … FROM'),
      );
    if (fifty !== single)
      console.log('1:', shape(singleStatements).join('\n'), '\n50:', shape(s.counter.statements).join('\n'));
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.serviceArchives.edges).toHaveLength(50);
    const events = many.data.serviceArchives.edges.flatMap((e) => e.node.timeline);
    expect(
      events.filter((e) => e.kind === 'RETURN' && e.children.some((c) => c.children.length)).length,
    ).toBeGreaterThan(1);
    expect(fifty).toBe(single);
    console.log(`timeline SQL statements: 1 archive ${single}, 50 archives ${fifty}`);
  });
});
