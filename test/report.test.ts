import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBatchId } from '../server/src/core/audit/audit-trail.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { findByIds } from '../server/src/core/ledger/ledger-store.js';
import type { LedgerDef, SaveContext } from '../server/src/core/ledger/ledger.types.js';
import { commitAudit, insertAudited, voidAudited } from '../server/src/core/ledger/row-writer.js';
import { serviceArchiveLedger } from '../server/src/modules/archive/service-archive.ledger.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { customerLedger } from '../server/src/modules/customer/customer.ledger.js';
import { returnOrderLedger } from '../server/src/modules/return-order/return-order.ledger.js';
import { materialLineLedger, materialRequisitionLedger, requisitionLineLedger, reworkOrderLedger } from '../server/src/modules/rework/rework.ledgers.js';
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
    const ctx: SaveContext = { em, userId: 1, role: 'ADMIN', displayName: '夹具', now: when, audit: [], batchId: newBatchId() };
    const id = await insertAudited(ctx, ledger, values);
    await commitAudit(ctx);
    return id;
  });
}

async function voidRow(ledger: LedgerDef, id: number): Promise<void> {
  await inTransaction(s.ds, async (em) => {
    const [row] = await findByIds(em, ledger, [id]);
    const ctx: SaveContext = { em, userId: 1, role: 'ADMIN', displayName: '夹具', now: new Date(), audit: [], batchId: newBatchId() };
    await voidAudited(ctx, ledger, row, '夹具作废');
    await commitAudit(ctx);
  });
}

/**
 * March 2021, counted by hand:
 * complaints: QUALITY c1 (03-01 00:00, first instant), c2, c3 (03-31 23:59:59, last instant) · WORK_ERROR c4 (FXB), c5 (anonymous)
 *   · no cause c6 · outside: c7 (04-01 00:00) and c8 (voided). Customers: FXA c1 c2 c6, FXB c3 c4, anonymous c5.
 * reworks opened in March: r1 MATERIAL 2 h × 80 + issued P1 2 × 100 = 360 · r2 MATERIAL 1 h × 100 = 100
 *   · r3 ASSEMBLY, issued P2 1 × 50 = 50 · r4 no cause 1.5 h × 80 = 120 · outside: r5 (04-02) 10 h × 80 = 800.
 *   r1, r2 follow c1 (through o1); r3, r4, r5 follow c4 (through o2).
 * material lines entered in March: P1 2 × 100, P2 1 × 50, P1 1 × 100, P1 1 × 100 · outside: P1 (April).
 */
async function loadFixture(): Promise<void> {
  const march = (d: string) => at(`2021-03-${d}`);
  const fxa = await put(customerLedger, { code: 'FXA', name: '甲机械厂', tier: 'REGULAR' }, march('01T08:00:00'));
  const fxb = await put(customerLedger, { code: 'FXB', name: '乙化工厂', tier: 'KEY' }, march('01T08:00:00'));
  const complaint = (when: string, cause: string | null, customerId: number | null) =>
    put(complaintLedger, { receivedAt: at(when), channel: 'HOTLINE', customerId, anonymous: customerId === null, kind: 'APPEAL', causeCategory: cause, description: '夹具投诉', handlingScope: 'DEPARTMENT', status: 'RECEIVED' }, at(when));
  const c1 = await complaint('2021-03-01T00:00:00', 'QUALITY', fxa);
  await complaint('2021-03-15T10:00:00', 'QUALITY', fxa);
  await complaint('2021-03-31T23:59:59', 'QUALITY', fxb);
  const c4 = await complaint('2021-03-10T10:00:00', 'WORK_ERROR', fxb);
  await complaint('2021-03-11T10:00:00', 'WORK_ERROR', null);
  await complaint('2021-03-12T10:00:00', null, fxa);
  await complaint('2021-04-01T00:00:00', 'QUALITY', fxa);
  await voidRow(complaintLedger, await complaint('2021-03-20T10:00:00', 'QUALITY', fxa));

  const policy = await put(warrantyPolicyLedger, { modelCode: 'FX1', modelName: '夹具机型', warrantyMonths: 12, startBasis: 'INVOICE' }, march('01T08:00:00'));
  const archive = await put(serviceArchiveLedger, { customerId: fxa, policyId: policy, serialNo: 'FX1-0001', invoiceDate: '2020-06-01' }, march('01T08:00:00'));
  const order = (complaintId: number) => put(returnOrderLedger, { archiveId: archive, complaintId, type: 'REPAIR', qtyClaimed: 1, receivedAt: march('02T09:00:00'), fault: '夹具', status: 'IN_REWORK' }, march('02T09:00:00'));
  const o1 = await order(c1);
  const o2 = await order(c4);
  const rework = (returnOrderId: number, when: Date, cause: string | null, labourHours: number | null, labourRate: number | null = null) =>
    put(reworkOrderLedger, { returnOrderId, archiveId: archive, qty: 1, defectCause: cause, labourHours, labourRate, status: 'DONE' }, when);
  const r1 = await rework(o1, march('03T09:00:00'), 'MATERIAL', 2);
  const r2 = await rework(o1, march('04T09:00:00'), 'MATERIAL', 1, 100);
  const r3 = await rework(o2, march('05T09:00:00'), 'ASSEMBLY', null);
  await rework(o2, march('06T09:00:00'), null, 1.5);
  await rework(o2, at('2021-04-02T09:00:00'), 'MATERIAL', 10);
  const issue = async (reworkOrderId: number, partNo: string, qty: number, unitCost: number) => {
    const requisitionId = await put(materialRequisitionLedger, { reworkOrderId, warehouse: '备件仓', status: 'ISSUED' }, march('07T09:00:00'));
    await put(requisitionLineLedger, { requisitionId, reworkOrderId, partNo, qtyRequested: qty, qtyIssued: qty, unitCost }, march('07T09:00:00'));
  };
  await issue(r1, 'P1', 2, 100);
  await issue(r3, 'P2', 1, 50);
  const line = (reworkOrderId: number, partNo: string, qty: number, unitCost: number, when: Date) =>
    put(materialLineLedger, { reworkOrderId, partNo, partName: partNo === 'P1' ? '轴承' : '滤芯', qty, unitCost, action: 'ADD' }, when);
  await line(r1, 'P1', 2, 100, march('03T10:00:00'));
  await line(r1, 'P2', 1, 50, march('03T10:00:00'));
  await line(r3, 'P1', 1, 100, march('05T10:00:00'));
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

async function pareto(subject: string, measure: string, from = '2021-03-01', to = '2021-03-31') {
  const r = await s.gql<{ pareto: { total: number; items: Item[] } }>(PARETO, { s: subject, m: measure, f: from, t: to }, quality);
  expect(r.errors).toBeUndefined();
  return r.data.pareto;
}

const brief = (items: Item[]) => items.map((i) => [i.key, i.value, i.share, i.cumulativeShare, i.vital]);

describe('pareto (figures counted by hand)', () => {
  it('complaint causes by count, with the unclassified and the period’s first and last instants', async () => {
    const p = await pareto('COMPLAINT_CAUSE', 'COUNT');
    expect(p.total).toBe(6);
    expect(brief(p.items)).toEqual([
      ['QUALITY', 3, 0.5, 0.5, true],
      ['WORK_ERROR', 2, 0.3333, 0.8333, true],
      ['UNCLASSIFIED', 1, 0.1667, 1, false],
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

  it('parts by material lines and by their cost', async () => {
    expect(brief((await pareto('PART', 'COUNT')).items)).toEqual([['P1', 3, 0.75, 0.75, true], ['P2', 1, 0.25, 1, true]]);
    const cost = await pareto('PART', 'COST');
    expect(brief(cost.items)).toEqual([['P1', 400, 0.8889, 0.8889, true], ['P2', 50, 0.1111, 1, false]]);
    expect(cost.items[0].label).toBe('P1 轴承');
  });

  it('customers by complaints, the anonymous ones together', async () => {
    const p = await pareto('CUSTOMER', 'COUNT');
    expect(p.items.map((i) => [i.key, i.label, i.value])).toEqual([['FXA', '甲机械厂', 3], ['FXB', '乙化工厂', 2], ['ANONYMOUS', '匿名', 1]]);
  });

  it('drills into exactly the rows behind every counted figure', async () => {
    // as a client would: the ledger's list query and filter type from its metadata
    const meta = (await s.gql<{ ledgerDefinitions: Array<{ name: string; plural: string; typeName: string }> }>(`{ ledgerDefinitions { name plural typeName } }`, {}, quality)).data.ledgerDefinitions;
    const plural = Object.fromEntries(meta.map((l) => [l.name, l.plural]));
    const type = Object.fromEntries(meta.map((l) => [l.name, `${l.typeName}Filter`]));
    for (const subject of ['COMPLAINT_CAUSE', 'DEFECT_CAUSE', 'PART', 'CUSTOMER']) {
      for (const item of (await pareto(subject, 'COUNT')).items) {
        const { ledger, filter } = item.drill;
        const r = await s.gql<Record<string, Page>>(`query($f: ${type[ledger]}) { ${plural[ledger]}(filter: $f) { totalCount } }`, { f: filter }, quality);
        expect(r.errors, `${subject} ${item.key} ${JSON.stringify(r.errors)}`).toBeUndefined();
        expect(r.data[plural[ledger]].totalCount, `${subject} ${item.key}`).toBe(item.value);
      }
    }
  });

  it('answers an empty period with no items and a zero total', async () => {
    expect(await pareto('COMPLAINT_CAUSE', 'COUNT', '2019-01-01', '2019-01-31')).toEqual({ total: 0, items: [] });
  });

  it('refuses a period that ends before it starts, and clerks', async () => {
    const r = await s.gql(PARETO, { s: 'PART', m: 'COUNT', f: '2021-03-31', t: '2021-03-01' }, quality);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const clerk = await s.login('clerk');
    expect((await s.gql(PARETO, { s: 'PART', m: 'COUNT', f: '2021-03-01', t: '2021-03-31' }, clerk)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
