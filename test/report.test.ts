import { departmentLedger } from '../server/src/modules/admin/admin.ledgers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBatchId } from '../server/src/core/audit/audit-trail.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { findByIds } from '../server/src/core/ledger/query/ledger-store.js';
import type { LedgerDef, SaveContext } from '../server/src/core/ledger/schema/ledger.types.js';
import { commitAudit, insertAudited, voidAudited } from '../server/src/core/ledger/write/row-writer.js';
import { serviceArchiveLedger } from '../server/src/modules/archive/service-archive.ledger.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { customerLedger } from '../server/src/modules/customer/customer.ledger.js';
import { returnOrderLedger } from '../server/src/modules/return-order/return-order.ledger.js';
import {
  materialLineLedger,
  materialRequisitionLedger,
  requisitionLineLedger,
  reworkOrderLedger,
} from '../server/src/modules/rework/rework.ledgers.js';
import { productModelLedger } from '../server/src/modules/product/product-model.ledger.js';
import { warrantyPolicyLedger } from '../server/src/modules/warranty/warranty-policy.ledger.js';
import { seedUsers } from '../seeds/demo-data.js';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let quality: string;

/** China time. */
const at = (local: string) => new Date(`${local}+08:00`);

/** Writes one stored row through the engine's row writer, as entered at `when` (the fixture's own past). */
async function put(ledger: LedgerDef, values: Record<string, unknown>, when: Date): Promise<number> {
  return inTransaction(s.ds, async (em) => {
    const ctx: SaveContext = {
      em,
      userId: 1,
      role: 'ADMIN',
      displayName: '夹具',
      now: when,
      audit: [],
      batchId: newBatchId(),
    };
    const id = await insertAudited(ctx, ledger, values);
    await commitAudit(ctx);
    return id;
  });
}

async function voidRow(ledger: LedgerDef, id: number): Promise<void> {
  await inTransaction(s.ds, async (em) => {
    const [row] = await findByIds(em, ledger, [id]);
    const ctx: SaveContext = {
      em,
      userId: 1,
      role: 'ADMIN',
      displayName: '夹具',
      now: new Date(),
      audit: [],
      batchId: newBatchId(),
    };
    await voidAudited(ctx, ledger, row, '夹具作废');
    await commitAudit(ctx);
  });
}

/**
 * March 2021, counted by hand:
 * complaints: QUALITY c1 (03-01 00:00, first instant), c2, c3 (03-31 23:59:59, last instant) · WORK_ERROR c4 (FXB), c5 (anonymous),
 *   c9 (FXB, same unit S1 as c4 15 days later: a repeat) · no cause c6 (reopened) · outside: c7 (04-01 00:00), c10 (March 2020) and
 *   c8 (voided). Customers: FXA c1 c2 c6, FXB c3 c4 c9, anonymous c5.
 * handling: c1 ack 2 h, closed on time, called back satisfied · c2 ack 28 h, closed late · c3 not acknowledged, not yet due
 *   · c4 ack 1 h, escalated, open past due · c5 ack 6 h, rejected (not "closed"), called back unsatisfied · c6 ack 3 h, closed
 *   in April (so open past due at the end of March) · c9 ack 0.5 h, open past due.
 * replies in March (the callback rate counts them by the reply's date): c1 03-02, called back · c2 03-19, no callback · c11
 *   (received December 2020) 03-05, never called back: 1 of 3.
 * written replies due in March (seven days after receipt): c1 by 03-08, answered 03-02 · c2 by 03-22, answered 03-19 · c4 by
 *   03-17, never answered: 2 of 3 on time.
 * reworks opened in March: r1 MATERIAL 2 h × 80 + issued P1 2 × 100 = 360 · r2 MATERIAL 1 h × 100 = 100
 *   · r3 ASSEMBLY, issued P2 1 × 50 = 50 · r4 no cause 1.5 h × 80 = 120 · outside: r5 (04-02) 10 h × 80 = 800.
 *   r1, r2 follow c1 (through o1); r3, r4, r5 follow c4 (through o2). Model FX1 (archive of FXA) except r4 (no unit).
 * material lists: r1 P1 + P2, r2 P1 (+ P1 again in April), r3 P2; issued: r1 P1 2 × 100, r3 P2 1 × 50.
 */
async function loadFixture(): Promise<void> {
  const march = (d: string) => at(`2021-03-${d}`);
  const fxa = await put(customerLedger, { code: 'FXA', name: '甲机械厂', tier: 'REGULAR' }, march('01T08:00:00'));
  const fxb = await put(customerLedger, { code: 'FXB', name: '乙化工厂', tier: 'KEY' }, march('01T08:00:00'));
  const qa = await put(departmentLedger, { code: 'FX-QA', name: '品质部' }, march('01T08:00:00'));
  const prod = await put(departmentLedger, { code: 'FX-PROD', name: '生产部' }, march('01T08:00:00'));
  const complaint = (
    when: string,
    cause: string | null,
    customerId: number | null,
    more: Record<string, unknown> = {},
  ) =>
    put(
      complaintLedger,
      {
        receivedAt: at(when),
        channel: 'HOTLINE',
        customerId,
        anonymous: customerId === null,
        kind: 'APPEAL',
        causeCategory: cause,
        description: '夹具投诉',
        handlingScope: 'DEPARTMENT',
        status: 'RECEIVED',
        ...more,
      },
      at(when),
    );
  const t = (local: string) => at(`2021-${local}`);
  const c1 = await complaint('2021-03-01T00:00:00', 'QUALITY', fxa, {
    responsibleDeptId: qa,
    acknowledgedAt: t('03-01T02:00:00'),
    dueAt: t('03-03T00:00:00'),
    replyDueAt: t('03-08T00:00:00'),
    repliedAt: t('03-02T08:00:00'),
    status: 'CLOSED',
    closedAt: t('03-02T10:00:00'),
    callbackAt: t('03-02T12:00:00'),
    satisfied: true,
  });
  await complaint('2021-03-15T10:00:00', 'QUALITY', fxa, {
    responsibleDeptId: qa,
    acknowledgedAt: t('03-16T14:00:00'),
    dueAt: t('03-17T10:00:00'),
    replyDueAt: t('03-22T10:00:00'),
    repliedAt: t('03-19T10:00:00'),
    status: 'CLOSED',
    closedAt: t('03-20T10:00:00'),
  });
  await complaint('2021-03-31T23:59:59', 'QUALITY', fxb, { dueAt: t('04-02T10:00:00') });
  const c4 = await complaint('2021-03-10T10:00:00', 'WORK_ERROR', fxb, {
    responsibleDeptId: prod,
    serialNo: 'S1',
    acknowledgedAt: t('03-10T11:00:00'),
    dueAt: t('03-12T10:00:00'),
    replyDueAt: t('03-17T10:00:00'),
    escalated: true,
    status: 'INVESTIGATING',
  });
  await complaint('2021-03-11T10:00:00', 'WORK_ERROR', null, {
    responsibleDeptId: prod,
    acknowledgedAt: t('03-11T16:00:00'),
    dueAt: t('03-13T10:00:00'),
    status: 'REJECTED',
    closedAt: t('03-12T10:00:00'),
    callbackAt: t('03-14T10:00:00'),
    satisfied: false,
  });
  await complaint('2021-03-12T10:00:00', null, fxa, {
    responsibleDeptId: qa,
    acknowledgedAt: t('03-12T13:00:00'),
    dueAt: t('03-14T10:00:00'),
    reopenCount: 1,
    status: 'CLOSED',
    closedAt: t('04-05T10:00:00'),
  });
  await complaint('2021-03-25T10:00:00', 'WORK_ERROR', fxb, {
    responsibleDeptId: prod,
    serialNo: 'S1',
    isRepeat: true,
    acknowledgedAt: t('03-25T10:30:00'),
    dueAt: t('03-27T10:00:00'),
  });
  await complaint('2021-04-01T00:00:00', 'QUALITY', fxa);
  await complaint('2020-03-05T10:00:00', 'QUALITY', fxa, {
    status: 'CLOSED',
    closedAt: at('2020-03-06T10:00:00'),
    dueAt: at('2020-03-07T10:00:00'),
  });
  await voidRow(complaintLedger, await complaint('2021-03-20T10:00:00', 'QUALITY', fxa));
  // c11: received in December 2020, answered in March 2021 and never called back
  await complaint('2020-12-20T10:00:00', 'QUALITY', fxa, {
    acknowledgedAt: at('2020-12-20T11:00:00'),
    dueAt: at('2020-12-22T10:00:00'),
    repliedAt: t('03-05T10:00:00'),
    result: '已更换部件',
    status: 'RESPONDED',
  });

  const modelId = await put(productModelLedger, { code: 'FX1', name: '夹具机型', active: true }, march('01T08:00:00'));
  const policy = await put(
    warrantyPolicyLedger,
    { modelId, modelCode: 'FX1', modelName: '夹具机型', warrantyMonths: 12, startBasis: 'INVOICE' },
    march('01T08:00:00'),
  );
  const archive = await put(
    serviceArchiveLedger,
    { customerId: fxa, policyId: policy, modelId, serialNo: 'FX1-0001', invoiceDate: '2020-06-01' },
    march('01T08:00:00'),
  );
  const order = (complaintId: number) =>
    put(
      returnOrderLedger,
      {
        archiveId: archive,
        complaintId,
        type: 'REPAIR',
        qtyClaimed: 1,
        receivedAt: march('02T09:00:00'),
        fault: '夹具',
        status: 'IN_REWORK',
      },
      march('02T09:00:00'),
    );
  const o1 = await order(c1);
  const o2 = await order(c4);
  const rework = (
    returnOrderId: number,
    when: Date,
    cause: string | null,
    labourHours: number | null,
    labourRate: number | null = null,
    model: number | null = modelId,
  ) =>
    put(
      reworkOrderLedger,
      {
        returnOrderId,
        archiveId: model ? archive : null,
        modelId: model,
        qty: 1,
        defectCause: cause,
        labourHours,
        labourRate,
        status: 'DONE',
      },
      when,
    );
  const r1 = await rework(o1, march('03T09:00:00'), 'MATERIAL', 2);
  const r2 = await rework(o1, march('04T09:00:00'), 'MATERIAL', 1, 100);
  const r3 = await rework(o2, march('05T09:00:00'), 'ASSEMBLY', null);
  await rework(o2, march('06T09:00:00'), null, 1.5, null, null);
  await rework(o2, at('2021-04-02T09:00:00'), 'MATERIAL', 10);
  const issue = async (reworkOrderId: number, partNo: string, qty: number, unitCost: number) => {
    const requisitionId = await put(
      materialRequisitionLedger,
      { reworkOrderId, warehouse: '备件仓', status: 'ISSUED' },
      march('07T09:00:00'),
    );
    await put(
      requisitionLineLedger,
      { requisitionId, reworkOrderId, partNo, qtyRequested: qty, qtyIssued: qty, unitCost },
      march('07T09:00:00'),
    );
  };
  await issue(r1, 'P1', 2, 100);
  await issue(r3, 'P2', 1, 50);
  const line = (reworkOrderId: number, partNo: string, qty: number, unitCost: number, when: Date) =>
    put(
      materialLineLedger,
      { reworkOrderId, partNo, partName: partNo === 'P1' ? '轴承' : '滤芯', qty, unitCost, action: 'ADD' },
      when,
    );
  await line(r1, 'P1', 2, 100, march('03T10:00:00'));
  await line(r1, 'P2', 1, 50, march('03T10:00:00'));
  await line(r3, 'P2', 1, 50, march('05T10:00:00'));
  await line(r2, 'P1', 1, 100, march('04T10:00:00'));
  await line(r2, 'P1', 5, 100, at('2021-04-03T10:00:00'));
}

beforeAll(async () => {
  s = await startTestServer({ demo: false });
  await seedUsers(s.ds);
  await loadFixture();
  quality = await s.login('quality');
});
afterAll(async () => s?.close());

interface Item {
  key: string;
  label: string;
  value: number;
  share: number | null;
  cumulativeShare: number | null;
  vital: boolean;
  drill: { ledger: string; filter: Record<string, unknown> };
}

const PARETO = `query($s: ParetoSubject!, $m: ParetoMeasure!, $f: LocalDate!, $t: LocalDate!) {
  pareto(subject: $s, measure: $m, from: $f, to: $t) { total items { key label value share cumulativeShare vital drill { ledger filter } } } }`;

const PARETO_F = `query($s: ParetoSubject!, $m: ParetoMeasure!, $f: LocalDate!, $t: LocalDate!, $filter: AnalysisFilter) {
  pareto(subject: $s, measure: $m, from: $f, to: $t, filter: $filter) { total items { key label value share cumulativeShare vital drill { ledger filter } } } }`;

async function pareto(subject: string, measure: string, from = '2021-03-01', to = '2021-03-31') {
  const r = await s.gql<{ pareto: { total: number; items: Item[] } }>(
    PARETO,
    { s: subject, m: measure, f: from, t: to },
    quality,
  );
  expect(r.errors).toBeUndefined();
  return r.data.pareto;
}

/** Opens a drill as a client would: the ledger's list query and filter type from its metadata; answers the row count. */
async function drillCount(drill: { ledger: string; filter: Record<string, unknown> }): Promise<number> {
  const meta = (
    await s.gql<{ ledgerDefinitions: Array<{ name: string; plural: string; typeName: string }> }>(
      `{ ledgerDefinitions { name plural typeName } }`,
      {},
      quality,
    )
  ).data.ledgerDefinitions;
  const l = meta.find((x) => x.name === drill.ledger)!;
  const r = await s.gql<Record<string, Page>>(
    `query($f: ${l.typeName}Filter) { ${l.plural}(filter: $f) { totalCount } }`,
    { f: drill.filter },
    quality,
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[l.plural].totalCount;
}

const brief = (items: Item[]) => items.map((i) => [i.key, i.value, i.share, i.cumulativeShare, i.vital]);

describe('pareto (figures counted by hand)', () => {
  it('complaint causes by count, with the unclassified and the period’s first and last instants', async () => {
    const p = await pareto('COMPLAINT_CAUSE', 'COUNT');
    expect(p.total).toBe(7);
    expect(brief(p.items)).toEqual([
      ['QUALITY', 3, 0.4286, 0.4286, true],
      ['WORK_ERROR', 3, 0.4286, 0.8571, true],
      ['UNCLASSIFIED', 1, 0.1429, 1, false],
    ]);
    expect(p.items.map((i) => i.label)).toEqual(['产品质量', '工作失误', '未分类']);
  });

  it('complaint causes by the cost of the reworks that followed them', async () => {
    const p = await pareto('COMPLAINT_CAUSE', 'COST');
    expect(p.total).toBe(1430);
    expect(brief(p.items)).toEqual([
      ['WORK_ERROR', 970, 0.6783, 0.6783, true],
      ['QUALITY', 460, 0.3217, 1, true],
    ]);
  });

  it('defect causes by count and by rework cost (labour at 80 ¥/h when no rate, issued material)', async () => {
    expect(brief((await pareto('DEFECT_CAUSE', 'COUNT')).items)).toEqual([
      ['MATERIAL', 2, 0.5, 0.5, true],
      ['ASSEMBLY', 1, 0.25, 0.75, true],
      ['UNCLASSIFIED', 1, 0.25, 1, true],
    ]);
    const cost = await pareto('DEFECT_CAUSE', 'COST');
    expect(cost.total).toBe(630);
    expect(brief(cost.items)).toEqual([
      ['MATERIAL', 460, 0.7302, 0.7302, true],
      ['UNCLASSIFIED', 120, 0.1905, 0.9206, true],
      ['ASSEMBLY', 50, 0.0794, 1, false],
    ]);
  });

  it('parts by the reworks that list them and by their issued cost', async () => {
    expect(brief((await pareto('PART', 'COUNT')).items)).toEqual([
      ['P1', 2, 0.5, 0.5, true],
      ['P2', 2, 0.5, 1, true],
    ]);
    const cost = await pareto('PART', 'COST');
    expect(brief(cost.items)).toEqual([
      ['P1', 200, 0.8, 0.8, true],
      ['P2', 50, 0.2, 1, false],
    ]);
    expect(cost.items[0].label).toBe('P1 轴承');
  });

  it('product models by reworks and their cost, the ones without a unit apart', async () => {
    expect(brief((await pareto('PRODUCT_MODEL', 'COUNT')).items)).toEqual([
      ['FX1', 3, 0.75, 0.75, true],
      ['UNKNOWN', 1, 0.25, 1, true],
    ]);
    const cost = await pareto('PRODUCT_MODEL', 'COST');
    expect(cost.items.map((i) => [i.key, i.label, i.value])).toEqual([
      ['FX1', 'FX1 夹具机型', 510],
      ['UNKNOWN', '未知型号', 120],
    ]);
  });

  it('narrows by the analysis filter, and refuses a condition that does not apply, naming it', async () => {
    const r = await s.gql<{ pareto: { items: Item[] } }>(
      PARETO_F,
      {
        s: 'DEFECT_CAUSE',
        m: 'COUNT',
        f: '2021-03-01',
        t: '2021-03-31',
        filter: { models: ['FX1'], customers: ['FXA'], parts: ['P1'] },
      },
      quality,
    );
    expect(brief(r.data.pareto.items)).toEqual([['MATERIAL', 2, 1, 1, true]]);
    const byCause = await s.gql<{ pareto: { items: Item[] } }>(
      PARETO_F,
      { s: 'DEFECT_CAUSE', m: 'COUNT', f: '2021-03-01', t: '2021-03-31', filter: { causes: ['WORK_ERROR'] } },
      quality,
    );
    expect(brief(byCause.data.pareto.items)).toEqual([
      ['ASSEMBLY', 1, 0.5, 0.5, true],
      ['UNCLASSIFIED', 1, 0.5, 1, true],
    ]);
    const bad = await s.gql(
      PARETO_F,
      { s: 'COMPLAINT_CAUSE', m: 'COUNT', f: '2021-03-01', t: '2021-03-31', filter: { parts: ['P1'] } },
      quality,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.parts' });
    // the serial number narrows the Pareto as it narrows the history beside it: the same reworks, the same total
    const bySerial = async (serialNo: string) =>
      (
        await s.gql<{ pareto: { total: number } }>(
          PARETO_F,
          { s: 'DEFECT_CAUSE', m: 'COUNT', f: '2021-03-01', t: '2021-03-31', filter: { serialNo } },
          quality,
        )
      ).data.pareto.total;
    const hist = async (serialNo: string) =>
      (
        await s.gql<{ reworkHistory: { totals: { reworks: number } } }>(
          `query($f: ReworkHistoryFilter!) { reworkHistory(filter: $f) { totals { reworks } } }`,
          { f: { from: '2021-03-01', to: '2021-03-31', serialNo } },
          quality,
        )
      ).data.reworkHistory.totals.reworks;
    expect(await bySerial('FX1-')).toBe(await hist('FX1-'));
    expect(await bySerial('no-such-serial')).toBe(0);
  });

  it('customers by complaints, the anonymous ones together', async () => {
    const p = await pareto('CUSTOMER', 'COUNT');
    expect(p.items.map((i) => [i.key, i.label, i.value])).toEqual([
      ['FXA', '甲机械厂', 3],
      ['FXB', '乙化工厂', 3],
      ['ANONYMOUS', '匿名', 1],
    ]);
  });

  it('drills into exactly the rows behind every counted figure', async () => {
    for (const subject of ['COMPLAINT_CAUSE', 'DEFECT_CAUSE', 'PART', 'PRODUCT_MODEL', 'CUSTOMER']) {
      for (const item of (await pareto(subject, 'COUNT')).items)
        expect(await drillCount(item.drill), `${subject} ${item.key}`).toBe(item.value);
    }
  });

  it('answers the largest `top` items, shares still of the whole', async () => {
    const r = await s.gql<{ pareto: { total: number; items: Item[] } }>(
      `{ pareto(subject: CUSTOMER, measure: COUNT, from: "2021-03-01", to: "2021-03-31", top: 1) { total items { key share cumulativeShare } } }`,
      {},
      quality,
    );
    expect(r.data.pareto).toEqual({ total: 7, items: [{ key: 'FXA', share: 0.4286, cumulativeShare: 0.4286 }] });
    expect(
      (
        await s.gql(
          `{ pareto(subject: CUSTOMER, measure: COUNT, from: "2021-03-01", to: "2021-03-31", top: 0) { total } }`,
          {},
          quality,
        )
      ).errors?.[0].extensions.field,
    ).toBe('top');
  });

  it('answers an empty period with no items and a zero total', async () => {
    expect(await pareto('COMPLAINT_CAUSE', 'COUNT', '2019-01-01', '2019-01-31')).toEqual({ total: 0, items: [] });
  });

  it('refuses a period that ends before it starts, and clerks', async () => {
    const r = await s.gql(PARETO, { s: 'PART', m: 'COUNT', f: '2021-03-31', t: '2021-03-01' }, quality);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const clerk = await s.login('clerk');
    expect(
      (await s.gql(PARETO, { s: 'PART', m: 'COUNT', f: '2021-03-01', t: '2021-03-31' }, clerk)).errors?.[0].extensions
        .code,
    ).toBe('FORBIDDEN');
  });
});

interface Kpi {
  key: string;
  label: string;
  received: number;
  closed: number;
  closedOnTime: number;
  timelinessRate: number | null;
  closedWithCallback: number;
  callbackDue: number;
  callbacksDone: number;
  callbackRate: number | null;
  replyDue: number;
  repliedOnTime: number;
  replyOnTimeRate: number | null;
  callbacks: number;
  satisfied: number;
  satisfactionRate: number | null;
  medianFirstResponseHours: number | null;
  firstResponseOnTimeRate: number | null;
  repeatRate: number | null;
  escalated: number;
  overdueOpen: number;
  receivedLastYear: number;
  yoyChange: number | null;
  drill: { ledger: string; filter: Record<string, unknown> };
}
const KPI_FIELDS =
  'key label received closed closedOnTime timelinessRate closedWithCallback callbackDue callbacksDone callbackRate replyDue repliedOnTime replyOnTimeRate callbacks satisfied satisfactionRate medianFirstResponseHours firstResponseOnTimeRate repeatRate escalated overdueOpen receivedLastYear yoyChange drill { ledger filter }';

async function kpis(from: string, to: string, groupBy = 'MONTH', filter: Record<string, unknown> | null = null) {
  const r = await s.gql<{ complaintKpis: { rows: Kpi[]; totals: Kpi } }>(
    `query($f: LocalDate!, $t: LocalDate!, $g: KpiGroup, $filter: AnalysisFilter) {
    complaintKpis(from: $f, to: $t, groupBy: $g, filter: $filter) { rows { ${KPI_FIELDS} } totals { ${KPI_FIELDS} } } }`,
    { f: from, t: to, g: groupBy, filter },
    quality,
  );
  expect(r.errors).toBeUndefined();
  return r.data.complaintKpis;
}

describe('complaint KPIs (figures counted by hand)', () => {
  it('March 2021 by month: every definition of the issue', async () => {
    const { rows, totals } = await kpis('2021-03-01', '2021-03-31');
    expect(rows.map((r) => r.key)).toEqual(['2021-03']);
    const { drill, ...march } = rows[0];
    expect(march).toEqual({
      key: '2021-03',
      label: '2021年3月',
      received: 7,
      closed: 2,
      closedOnTime: 1,
      timelinessRate: 0.5,
      closedWithCallback: 1,
      callbackDue: 3,
      callbacksDone: 1,
      callbackRate: 0.3333,
      replyDue: 3,
      repliedOnTime: 2,
      replyOnTimeRate: 0.6667,
      callbacks: 2,
      satisfied: 1,
      satisfactionRate: 0.5,
      medianFirstResponseHours: 2.5,
      firstResponseOnTimeRate: 0.7143,
      repeatRate: 0.2857,
      escalated: 1,
      overdueOpen: 3,
      receivedLastYear: 1,
      yoyChange: 6,
    });
    expect(await drillCount(drill)).toBe(7);
    expect({ ...totals, drill: undefined, key: '2021-03', label: '2021年3月' }).toEqual({ ...march, drill: undefined });
  });

  it('every month of the period is present, empty ones with zeros and null rates', async () => {
    const { rows, totals } = await kpis('2021-02-01', '2021-04-30');
    expect(
      rows.map((r) => [
        r.key,
        r.received,
        r.closed,
        r.timelinessRate,
        r.satisfactionRate,
        r.medianFirstResponseHours,
        r.yoyChange,
      ]),
    ).toEqual([
      ['2021-02', 0, 0, null, null, null, null],
      ['2021-03', 7, 2, 0.5, 0.5, 2.5, 6],
      ['2021-04', 1, 1, 0, null, null, null], // c7 received; c6 closed late in April
    ]);
    expect([totals.received, totals.closed, totals.closedOnTime]).toEqual([8, 3, 1]);
    // open and past due is a snapshot: at the end of April c3 (due 04-02), c4 and c9; c6 was closed on 04-05
    expect(rows[2].overdueOpen).toBe(3);
    expect(totals.overdueOpen).toBe(3);
  });

  it('by department and by quarter, each row drilling into its received complaints', async () => {
    const byDept = await kpis('2021-03-01', '2021-03-31', 'DEPARTMENT');
    const dept = Object.fromEntries(byDept.rows.map((r) => [r.key, r]));
    expect(Object.keys(dept).sort()).toEqual(['UNASSIGNED', '品质部', '生产部'].sort());
    expect([
      dept['品质部'].received,
      dept['品质部'].closed,
      dept['品质部'].closedOnTime,
      dept['品质部'].overdueOpen,
    ]).toEqual([3, 2, 1, 1]);
    expect([
      dept['生产部'].received,
      dept['生产部'].escalated,
      dept['生产部'].repeatRate,
      dept['生产部'].satisfactionRate,
    ]).toEqual([3, 1, 0.3333, 0]);
    expect(dept.UNASSIGNED.label).toBe('未指定');
    for (const r of byDept.rows) expect(await drillCount(r.drill), r.key).toBe(r.received);
    const byQuarter = await kpis('2021-01-01', '2021-06-30', 'QUARTER');
    expect(byQuarter.rows.map((r) => [r.key, r.label, r.received])).toEqual([
      ['2021-Q1', '2021年第一季度', 7],
      ['2021-Q2', '2021年第二季度', 1],
    ]);
    for (const r of byQuarter.rows) expect(await drillCount(r.drill), r.key).toBe(r.received);
  });

  it('filters by model and cause', async () => {
    const { totals } = await kpis('2021-03-01', '2021-03-31', 'MONTH', { causes: ['WORK_ERROR'] });
    expect([totals.received, totals.escalated, totals.repeatRate]).toEqual([3, 1, 0.3333]);
    expect(await drillCount(totals.drill)).toBe(3);
  });
});

interface Group {
  key: string;
  label: string;
  reworks: number;
  units: number;
  labourHours: number | null;
  labourCost: number | null;
  materialCost: number;
  totalCost: number;
  costPerUnit: number | null;
  drill: { ledger: string; filter: Record<string, unknown> };
}

async function history(filter: Record<string, unknown>, groupBy: string[]) {
  const figures = 'reworks units labourHours labourCost materialCost totalCost costPerUnit';
  const r = await s.gql<{
    reworkHistory: {
      totals: Omit<Group, 'key' | 'label' | 'drill'>;
      groups: Group[];
      rows: Page<{
        reworkNo: string;
        model: { code: string } | null;
        materialLines: Array<{ partNo: string }>;
        cost: { total: number };
      }>;
    };
  }>(
    `query($f: ReworkHistoryFilter!, $g: [ReworkGroupKey!]) { reworkHistory(filter: $f, groupBy: $g, first: 10) {
      totals { ${figures} } groups { key label ${figures} drill { ledger filter } }
      rows { totalCount edges { node { reworkNo model { code } materialLines { partNo } cost { total } } } } } }`,
    { f: filter, g: groupBy },
    quality,
  );
  expect(r.errors).toBeUndefined();
  return r.data.reworkHistory;
}

describe('rework history (figures counted by hand)', () => {
  const march = { from: '2021-03-01', to: '2021-03-31' };

  it('a model and a month grouped by part: labour is not booked to parts, the totals count each rework once', async () => {
    const h = await history({ ...march, models: ['FX1'] }, ['PART']);
    expect(
      h.groups.map((g) => [
        g.key,
        g.label,
        g.reworks,
        g.units,
        g.labourCost,
        g.materialCost,
        g.totalCost,
        g.costPerUnit,
      ]),
    ).toEqual([
      ['P1', 'P1 轴承', 2, 2, null, 200, 200, 100],
      ['P2', 'P2 滤芯', 2, 2, null, 50, 50, 25],
    ]);
    expect(h.totals).toEqual({
      reworks: 3,
      units: 3,
      labourHours: 3,
      labourCost: 260,
      materialCost: 250,
      totalCost: 510,
      costPerUnit: 170,
    });
    expect(h.rows.totalCount).toBe(3);
    expect(h.rows.edges.map((e) => e.node.model?.code)).toEqual(['FX1', 'FX1', 'FX1']);
    for (const g of h.groups) expect(await drillCount(g.drill), g.key).toBe(g.reworks);
  });

  it('two groupings, every group drilling into exactly its reworks', async () => {
    const h = await history(march, ['PRODUCT_MODEL', 'DEFECT_CAUSE']);
    expect(h.groups.map((g) => [g.key, g.reworks, g.totalCost])).toEqual([
      ['FX1 / MATERIAL', 2, 460],
      ['UNKNOWN / UNCLASSIFIED', 1, 120],
      ['FX1 / ASSEMBLY', 1, 50],
    ]);
    for (const g of h.groups) expect(await drillCount(g.drill), g.key).toBe(g.reworks);
    const byMonth = await history({ from: '2021-03-15', to: '2021-04-30' }, ['MONTH', 'CUSTOMER']);
    expect(byMonth.groups.map((g) => [g.key, g.label, g.reworks])).toEqual([
      ['2021-04 / FXA', '2021年4月 / 甲机械厂', 1],
    ]);
    for (const g of byMonth.groups) expect(await drillCount(g.drill), g.key).toBe(g.reworks);
  });

  it('exports what the page shows: the question on a cover, the grouped table with 工时, 工时单价, costs and a total', async () => {
    const ask = 'from=2021-03-01&to=2021-03-31&dateField=OPENED&group1=PRODUCT_MODEL&models=FX1';
    const res = await fetch(`${s.url}/reports/analysis/quality.xlsx?${ask}`, {
      headers: { authorization: `Bearer ${quality}` },
    });
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const cover = wb.getWorksheet('查询条件')!;
    const asked = Object.fromEntries(
      cover.getRows(1, cover.rowCount)!.map((r) => [String(r.getCell(1).value), String(r.getCell(2).value)]),
    );
    expect(asked).toMatchObject({ 期间: '2021-03-01 至 2021-03-31（按开单日期）', 型号: 'FX1', 分组: '型号' });
    const sheet = wb.getWorksheet('返工分析')!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['工时', '工时单价（元）', '工时成本（元）', '材料成本（元）', '合计成本（元）']),
    );
    const h = await history({ ...march, models: ['FX1'] }, ['PRODUCT_MODEL']);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect([last.getCell(2).value, last.getCell(8).value]).toEqual([h.totals.reworks, h.totals.totalCost]);
    expect(sheet.rowCount).toBe(h.groups.length + 2); // header, groups, total
    const bad = await fetch(`${s.url}/reports/analysis/quality.xlsx?from=2021-03-01&to=2021-03-31&group1=COLOUR`, {
      headers: { authorization: `Bearer ${quality}` },
    });
    expect([bad.status, ((await bad.json()) as { error: { field: string } }).error.field]).toEqual([400, 'group1']);
    const clerk = await s.login('clerk');
    expect(
      (await fetch(`${s.url}/reports/analysis/quality.xlsx?${ask}`, { headers: { authorization: `Bearer ${clerk}` } }))
        .status,
    ).toBe(403);
  });

  it('filters by cause, customer, serial and finish date, and refuses three groupings', async () => {
    const h = await history({ ...march, defectCauses: ['MATERIAL'], customers: ['FXA'], serialNo: 'FX1-' }, []);
    expect([h.totals.reworks, h.totals.totalCost, h.groups]).toEqual([2, 460, []]);
    const finished = await history({ ...march, dateField: 'FINISHED' }, []);
    expect(finished.totals.reworks).toBe(0);
    const r = await s.gql(
      `query { reworkHistory(filter: { from: "2021-03-01", to: "2021-03-31" }, groupBy: [PART, MONTH, CUSTOMER]) { totals { reworks } } }`,
      {},
      quality,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
  });
});

describe('frozen reports', () => {
  it('freezes March 2021 with its hash in the audit chain, versions on regeneration, marks it late, and downloads as XLSX', async () => {
    const gen = `mutation { generateMonthlyReport(month: "2021-03") { id version late dueDate sha256 content } }`;
    const a = await s.gql<{
      generateMonthlyReport: {
        id: string;
        version: number;
        late: boolean;
        dueDate: string;
        sha256: string;
        content: { tables: Array<{ name: string; rows: Array<Record<string, unknown>> }> };
      };
    }>(gen, {}, quality);
    expect(a.errors).toBeUndefined();
    const r1 = a.data.generateMonthlyReport;
    expect([r1.version, r1.late, r1.dueDate]).toEqual([1, true, '2021-04-07']);
    const summary = r1.content.tables.find((t) => t.name === '指标汇总')!;
    expect(summary.rows[0]).toMatchObject({ received: 7, closed: 2, timelinessRate: 0.5, overdueOpen: 3 });
    expect(r1.content.tables.find((t) => t.name === '超期未结投诉')!.rows).toHaveLength(3);
    const r2 = (await s.gql<{ generateMonthlyReport: { id: string; version: number } }>(gen, {}, quality)).data
      .generateMonthlyReport;
    expect(r2.version).toBe(2);
    const list = await s.gql<{ monthlyReports: Array<{ id: string; version: number }> }>(
      `{ monthlyReports(year: 2021) { id version } }`,
      {},
      quality,
    );
    expect(list.data.monthlyReports.map((x) => x.version)).toEqual([2, 1]);
    const trail = await s.ds.query(
      `SELECT ${s.ds.driver.escape('newValue')} AS v FROM ${s.ds.driver.escape('audit_event')} WHERE ${s.ds.driver.escape('entity')} = 'analysisReport' ORDER BY ${s.ds.driver.escape('seq')}`,
    );
    expect(trail[0].v).toBe(r1.sha256);
    const res = await fetch(`${s.url}/reports/${r1.id}.xlsx`, { headers: { authorization: `Bearer ${quality}` } });
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('指标汇总')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('受理');
    expect(sheet.getRow(2).getCell(2).value).toBe(7); // a number, not text
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('0.0%');
    // the cover's times are dates Excel reckons with, as China time reads them
    const cover = wb.getWorksheet('封面')!;
    expect(cover.getCell('A4').value).toBe('生成时间');
    expect(cover.getCell('B4').value).toBeInstanceOf(Date);
    expect(cover.getCell('B4').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(cover.getCell('A6').value).toBe('应交日期');
    expect((cover.getCell('B6').value as Date).toISOString().slice(0, 10)).toBe(r1.dueDate);
    // no cause is printed as its code
    const causes = wb.getWorksheet('投诉原因帕累托')!;
    expect(causes.getRow(1).values).not.toContain('代码');
    const clerk = await s.login('clerk');
    expect(
      (await fetch(`${s.url}/reports/${r1.id}.xlsx`, { headers: { authorization: `Bearer ${clerk}` } })).status,
    ).toBe(403);
    expect((await s.gql(gen, {}, await s.login('auditor'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
