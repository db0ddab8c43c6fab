import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { CLIENT_DIR, ensureClientBuilt, focusCell, launch, login, paste, reachCell } from './browser.js';
import type { Node, Page as Connection } from '../helpers/answers.js';

let s: TestServer;
let browser: Browser;
let page: Page;
const SERIAL = 'BP75-E2E0001';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ensureClientBuilt();
  s = await startTestServer({ clientDir: CLIENT_DIR });
  // a unit sold 40 days ago: in warranty
  const r = await s.gql<{ saveServiceArchives: { ok: boolean; errors: Array<{ message: string }> } }>(
    `mutation($i: SaveServiceArchiveInput!) { saveServiceArchives(input: $i) { ok errors { message } } }`,
    {
      i: {
        creates: [
          {
            ref: 'u',
            values: {
              customer: 'C0005',
              policy: 'BP75',
              serialNo: SERIAL,
              invoiceDate: day(-40),
              acceptanceDate: day(-35),
            },
          },
        ],
      },
    },
    await s.login('clerk'),
  );
  expect(r.data.saveServiceArchives.ok).toBe(true);
  ({ browser, page } = await launch());
});

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

const grid = (ledger: string) => page.locator(`[data-test=grid-${ledger}]`);
const cell = (ledger: string, rowId: string | number, col: string) =>
  grid(ledger).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${col}"]`);

async function openLedger(name: string): Promise<void> {
  await page.click(`[data-ledger=${name}]`);
  await grid(name).locator('.ag-row[row-id]').first().waitFor();
}

async function find(key: string): Promise<void> {
  await page.fill('[data-test=find]', key);
  await page.press('[data-test=find]', 'Enter');
}

async function runAction(action: string, fill: Record<string, string> = {}): Promise<void> {
  await page.click(`[data-action=${action}]`);
  for (const [name, value] of Object.entries(fill)) await page.fill(`[data-test=actions] input[name=${name}]`, value);
  if (await page.locator('[data-test=actions] button[type=submit]').count())
    await page.click('[data-test=actions] button[type=submit]');
}

async function api<T>(query: string, who = 'admin'): Promise<T> {
  return (await s.gql<T>(query, {}, await s.login(who))).data;
}

describe('the after-sales loop in the browser', () => {
  it('a clerk registers a return for an in-warranty unit and sees "free repair" with its reason', async () => {
    await login(page, s.url, 'clerk');
    await openLedger('returnOrder');
    // go to the entry row at the end of the ledger
    // (the order's number: pinned, always in sight, however wide the grid has made its columns)
    await grid('returnOrder').locator('.ag-row[row-index="0"] .ag-cell[col-id="orderNo"]').click();
    for (let i = 0; i < 40 && !(await grid('returnOrder').locator('.ag-row[row-id="blank"]').count()); i++) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(100);
    }
    await focusCell(page, 'blank', 'archive', 'returnOrder');
    // column for column as on screen: 客户 and 产品型号 come from the unit, 清点数量 from the count
    await paste(page, [[SERIAL, '', '', '', '维修', '1', '', `${day(0)} 09:30`, 'e2e 变频器过流报警']]);
    await page.click('[data-test=save]');
    await expect.poll(() => page.locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    const order = (
      await api<{ returnOrders: Connection<Node & { orderNo: string }> }>(
        `{ returnOrders(filter: { fault: { contains: "e2e" } }) { edges { node { id orderNo } } } }`,
      )
    ).returnOrders.edges[0].node;
    await find(order.orderNo); // newest first: the new order is at the top now, far from the entry row
    await reachCell(page, String(order.id), 'warrantyDecision', 'returnOrder');
    await expect.poll(() => cell('returnOrder', order.id, 'warrantyDecision').innerText()).toBe('免费维修');
    await page.keyboard.press('ArrowRight'); // the reason is the next column, scrolled into view
    expect(await cell('returnOrder', order.id, 'decisionReason').innerText()).toContain('在保修期内');
    await cell('returnOrder', order.id, 'orderNo').click();
    await runAction('count', { qtyCounted: '1' });
    await expect
      .poll(
        async () =>
          (await api<{ returnOrder: { status: string } }>(`{ returnOrder(id: ${order.id}) { status } }`)).returnOrder
            .status,
      )
      .toBe('COUNTED');
  });

  it('PMC opens the rework order and adds two material lines in one save', async () => {
    await login(page, s.url, 'pmc');
    await openLedger('returnOrder');
    const order = (
      await api<{ returnOrders: Connection<Node & { orderNo: string }> }>(
        `{ returnOrders(filter: { fault: { contains: "e2e" } }) { edges { node { id orderNo } } } }`,
      )
    ).returnOrders.edges[0].node;
    await find(order.orderNo);
    await cell('returnOrder', order.id, 'orderNo').click();
    await runAction('openRework');
    await expect
      .poll(
        async () =>
          (await api<{ returnOrder: { status: string } }>(`{ returnOrder(id: ${order.id}) { status } }`)).returnOrder
            .status,
      )
      .toBe('IN_REWORK');
    await page.locator('[data-test=related] a', { hasText: '返工单' }).click();
    const rework = (
      await api<{ reworkOrders: Connection<Node & { reworkNo: string }> }>(
        `{ reworkOrders(filter: { returnOrderId: { eq: ${order.id} } }) { edges { node { id reworkNo } } } }`,
      )
    ).reworkOrders.edges[0].node;
    await cell('reworkOrder', rework.id, 'reworkNo').click();
    await grid('materialLine').locator('.ag-row[row-id="blank"]').waitFor();
    await focusCell(page, 'blank', 'partNo', 'materialLine');
    await paste(page, [
      ['P-INV-75', '变频器功率模块', '1', '3600', '新增', 'INV-OLD-1', 'INV-NEW-1'],
      ['P-BRG-6310', '电机轴承 6310', '2', '220', '新增', '', ''],
    ]);
    await expect.poll(() => page.locator('[data-test=save]').innerText()).toMatch(/保存 1[0-9] 处修改/);
    await page.click('[data-test=save]');
    await expect.poll(() => page.locator('[data-test=message]').innerText()).toContain('已保存 2 行');
    const lines = (
      await api<{ reworkOrder: { materialLines: unknown[] } }>(
        `{ reworkOrder(id: ${rework.id}) { materialLines { partNo qty unitCost action } } }`,
      )
    ).reworkOrder.materialLines;
    expect(lines).toEqual([
      { partNo: 'P-INV-75', qty: 1, unitCost: 3600, action: 'ADD' },
      { partNo: 'P-BRG-6310', qty: 2, unitCost: 220, action: 'ADD' },
    ]);
  });

  it('production issues the material, and the archive timeline shows every step', async () => {
    const rework = (
      await api<{ reworkOrders: Connection<Node & { reworkNo: string }> }>(
        `{ reworkOrders(filter: { archiveId: { isNull: false } }, orderBy: [{ field: id, direction: DESC }], first: 1) { edges { node { id reworkNo } } } }`,
      )
    ).reworkOrders.edges[0].node;
    await login(page, s.url, 'production');
    await openLedger('materialRequisition');
    await grid('materialRequisition').locator('.ag-row[row-index="0"] .ag-cell[col-id="warehouse"]').click();
    for (let i = 0; i < 40 && !(await grid('materialRequisition').locator('.ag-row[row-id="blank"]').count()); i++) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(100);
    }
    await focusCell(page, 'blank', 'reworkOrder', 'materialRequisition');
    await paste(page, [[rework.reworkNo, '备件仓']]);
    await page.click('[data-test=save]');
    await expect.poll(() => page.locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    const req = (
      await api<{ reworkOrder: { requisitions: Array<{ id: number; reqNo: string }> } }>(
        `{ reworkOrder(id: ${rework.id}) { requisitions { id reqNo } } }`,
      )
    ).reworkOrder.requisitions[0];
    await find(req.reqNo);
    await cell('materialRequisition', req.id, 'reqNo').click();
    await grid('requisitionLine').locator('.ag-row[row-id="blank"]').waitFor();
    await focusCell(page, 'blank', 'partNo', 'requisitionLine');
    await paste(page, [
      ['P-INV-75', '1', '1'],
      ['P-BRG-6310', '2', '3'],
    ]);
    await page.click('[data-test=save]');
    // issued above requested is refused on the cell, nothing written
    await expect.poll(() => grid('requisitionLine').locator('.sl-error').count()).toBe(1);
    expect(await grid('requisitionLine').locator('.sl-error').getAttribute('col-id')).toBe('qtyIssued');
    await grid('requisitionLine').locator('.sl-error').click();
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.click('[data-test=save]');
    await expect.poll(() => page.locator('[data-test=message]').innerText()).toContain('已保存 2 行');
    await cell('materialRequisition', req.id, 'reqNo').click();
    await runAction('issue');
    await expect
      .poll(
        async () =>
          (await api<{ materialRequisition: { status: string } }>(`{ materialRequisition(id: ${req.id}) { status } }`))
            .materialRequisition.status,
      )
      .toBe('ISSUED');

    await page.click('[data-ledger=archive]');
    await page.fill('input[name=serial]', SERIAL);
    await page.click('[data-test=archive-page] button[type=submit]');
    await expect.poll(() => page.locator('[data-test=verdict]').innerText()).toContain('免费维修');
    const timeline = page.locator('[data-test=timeline]');
    await expect.poll(() => timeline.locator('[data-kind=RETURN]').count()).toBe(1);
    expect(await timeline.locator('[data-kind=REWORK]').count()).toBe(1);
    expect(await timeline.locator('[data-kind=MATERIAL]').count()).toBe(2);
    expect(await timeline.locator('[data-kind=REQUISITION]').innerText()).toContain('P-BRG-6310 申领 2 实发 2');
    await page.screenshot({ path: 'test-results/archive-timeline.png', fullPage: true });
  });

  // customer-service-procedure 四: a returned good goes to PMC and quality; then 退款 (or another specification)
  it('a returned good, inspected by quality, is refunded by the clerk and completed', async () => {
    type Row = { id: number; version: number; status: string; orderNo?: string; approvalRequired?: boolean };
    const as = async (who: string, mutation: string, target: { id: number; version: number }, args = '') => {
      const r = await s.gql<Record<string, Row>>(
        `mutation($id: Int!, $v: Int!) { ${mutation}(id: $id, version: $v${args}) { id version status } }`,
        { id: target.id, v: target.version },
        await s.login(who),
      );
      expect(r.errors, mutation).toBeUndefined();
      return r.data[mutation];
    };
    const created = await s.gql<{ saveReturnOrders: { ok: boolean; rows: Row[] } }>(
      `mutation($i: SaveReturnOrderInput!) { saveReturnOrders(input: $i) { ok rows { id version status orderNo approvalRequired } } }`,
      {
        i: {
          creates: [
            {
              ref: 't',
              values: {
                archive: SERIAL,
                type: 'RETURN',
                qtyClaimed: 1,
                receivedAt: new Date().toISOString(),
                fault: '退货：e2e 不需要了',
              },
            },
          ],
        },
      },
      await s.login('clerk'),
    );
    expect(created.data.saveReturnOrders.ok).toBe(true);
    let order: Row = created.data.saveReturnOrders.rows[0];
    const orderNo = order.orderNo!;
    if (order.approvalRequired) order = await as('manager', 'approveReturnOrder', order, ', salesRep: "周销售"');
    order = await as('clerk', 'countReturnOrder', order, ', qtyCounted: 1');
    order = await as('pmc', 'openReworkOrder', order);
    let rw = (
      await api<{ returnOrder: { reworkOrders: Row[] } }>(
        `{ returnOrder(id: ${order.id}) { reworkOrders { id version status } } }`,
      )
    ).returnOrder.reworkOrders[0];
    rw = await as('quality', 'startReworkInspection', rw);
    rw = await as(
      'quality',
      'recordReworkInspection',
      rw,
      ', result: "外观完好，可退货", defectCause: "SETTING", partsNeeded: false',
    );
    const hours = await s.gql<{ saveReworkOrders: { saved: Array<{ version: number }> } }>(
      `mutation($i: SaveReworkOrderInput!) { saveReworkOrders(input: $i) { saved { version } } }`,
      { i: { updates: [{ id: rw.id, version: rw.version, values: { labourHours: 0.5 } }] } },
      await s.login('production'),
    );
    rw = await as('production', 'finishRework', { id: rw.id, version: hours.data.saveReworkOrders.saved[0].version });
    rw = await as('quality', 'recordFinalInspection', rw, ', passed: true, result: "检验合格"');
    await as('quality', 'feedbackReworkToSales', rw);

    for (const [width, height] of [
      [1600, 900],
      [1366, 768],
    ]) {
      await page.setViewportSize({ width, height });
      await login(page, s.url, 'clerk');
      await openLedger('returnOrder');
      await find(orderNo);
      await cell('returnOrder', order.id, 'orderNo').click();
      await expect.poll(() => page.locator('[data-action=refund]').count()).toBe(1);
      await page.screenshot({ path: `test-results/return-refund-${width}.png` });
      if (width === 1366) break;
    }
    // 完结 before the refund: told what is missing, in words
    await runAction('close');
    await expect
      .poll(() => page.locator('[data-test=actions]').innerText())
      .toContain('退货须先登记「退款」或「补给规格」');
    await runAction('refund', { amount: '8600' });
    await expect
      .poll(
        async () =>
          (
            await api<{ returnOrder: { refundAmount: number | null; refundedBy: string | null } }>(
              `{ returnOrder(id: ${order.id}) { refundAmount refundedBy } }`,
            )
          ).returnOrder,
      )
      .toEqual({ refundAmount: 8600, refundedBy: '王丽（客服）' });
    await runAction('close');
    await expect
      .poll(
        async () =>
          (await api<{ returnOrder: { status: string } }>(`{ returnOrder(id: ${order.id}) { status } }`)).returnOrder
            .status,
      )
      .toBe('CLOSED');
  });
});
