import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { png } from '../helpers/files.js';
import { demoInBrowser, login, openFromMenu, paste, typedTime } from './browser.js';

// A technician on his phone (390×844, touch): his dispatched requests, 到场 with no network, the report
// written offline — findings, the work, a part from his van, a photo, the customer's name and signature —
// kept on the phone, then sent once when the network returns; the office sees the request reported.
const session = demoInBrowser();
const page = (): Page => session.page;
const q = (n: string) => session.s.ds.driver.escape(n);

async function vanQty(partNo: string): Promise<number> {
  const [row] = await session.s.ds.query(
    `SELECT s.${q('qty')} AS qty FROM ${q('part_stock')} s JOIN ${q('stock_location')} l ON l.${q('id')} = s.${q('locationId')} JOIN ${q('spare_part')} p ON p.${q('id')} = s.${q('partId')} WHERE l.${q('code')} = 'CL-001' AND p.${q('partNo')} = ?`,
    [partNo],
  );
  return Number(row?.qty ?? 0);
}

describe('field service, the whole path in the browser', () => {
  it('a call typed in the grid, phone guidance, dispatch, the visit offline on the phone, the callback, the figures', async () => {
    const s = session.s;
    // a unit of a Shanghai customer that 张伟 (JS001, 上海服务站, KY200/KY350/BP75) is skilled for
    const [unit] = await s.ds.query(
      `SELECT a.${q('serialNo')} AS serialNo, c.${q('name')} AS customer FROM ${q('service_archive')} a JOIN ${q('customer')} c ON c.${q('id')} = a.${q('customerId')} JOIN ${q('product_model')} m ON m.${q('id')} = a.${q('modelId')} WHERE c.${q('region')} = '上海' AND m.${q('code')} IN ('KY200', 'KY350', 'BP75') ORDER BY a.${q('id')}`,
    );
    const figuresOf = async () => {
      const r = await s.gql<{ technicianFigures: Array<{ code: string; requests: number; visits: number }> }>(
        `query($f: DateTimeISO!, $t: DateTimeISO!) { technicianFigures(from: $f, to: $t) { code requests visits } }`,
        { f: new Date(Date.now() - 30 * 86_400_000).toISOString(), t: new Date(Date.now() + 86_400_000).toISOString() },
        await s.login('quality'),
      );
      return r.data.technicianFigures.find((f) => f.code === 'JS001') ?? { code: 'JS001', requests: 0, visits: 0 };
    };
    const before = await figuresOf();

    // 1. the clerk types the call into 服务请求（报修）, by the customer's name and the unit's serial
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), s.url, 'clerk');
    await openFromMenu(page(), 'serviceRequest');
    await page().locator('[data-test=grid-serviceRequest] .ag-row[row-id]').first().waitFor();
    await page().click('[data-test=add-row]');
    await paste(page(), [
      ['报修时间', '报修渠道', '客户', '产品序列号', '故障描述', '紧急程度'],
      [typedTime(0, '08:30'), '服务热线', unit.customer, unit.serialNo, '排气温度过高，频繁停机报警', '停机'],
    ]);
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    const [req] = await s.ds.query(
      `SELECT ${q('id')} AS id, ${q('requestNo')} AS requestNo, ${q('warrantyVerdict')} AS verdict FROM ${q('service_request')} ORDER BY ${q('id')} DESC LIMIT 1`,
    );
    expect(req.verdict).toBeTruthy();
    // 2. phone guidance first (the request found by its number): it does not fix it
    const focusRequest = async () => {
      await page().fill('[data-test=find]', req.requestNo);
      await page().keyboard.press('Enter');
      await page()
        .locator(`[data-test=grid-serviceRequest] .ag-row[row-id="${req.id}"] [col-id=requestNo]`)
        .first()
        .click();
    };
    await focusRequest();
    await page().locator('[data-action=guide]').click();
    await page().fill('input[name=guidance]', '指导客户清理进风口并复位，温度仍高，需上门');
    await page().keyboard.press('Enter');
    // 3. dispatch: 张伟 is suggested first, and why
    const first = page().locator('[data-test=dispatch] li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-technician')).toBe('JS001');
    expect(await first.textContent()).toContain('同在上海（上海服务站）');
    await page().screenshot({ path: 'test-results/field-dispatch-1600x900.png' });
    await first.locator('button').click();
    const statusOf = async () =>
      (
        await s.ds.query(`SELECT ${q('status')} AS status FROM ${q('service_request')} WHERE ${q('id')} = ?`, [req.id])
      )[0].status;
    await expect.poll(statusOf, { timeout: 10_000 }).toBe('DISPATCHED');

    // 4. 张伟 on his phone, with no network on site
    await page().setViewportSize({ width: 390, height: 844 });
    await login(page(), s.url, 'tech');
    const card = page().locator(`[data-test="request-${req.requestNo}"]`);
    await card.waitFor();
    await page().screenshot({ path: 'test-results/field-list-390.png', fullPage: true });
    const kitBefore = await vanQty('BJ-KY-KL01');
    await page().context().setOffline(true);
    await page().evaluate(() => window.dispatchEvent(new Event('offline')));
    await card.locator('[data-test=arrive]').click();
    await page().locator('[data-test=report-form]').waitFor();
    await expect.poll(() => page().locator('[data-test=net]').textContent()).toBe('离线');
    await page().fill('[data-test=findings]', '空气滤芯严重堵塞，排气温度 108℃');
    await page().fill('[data-test=fault-words]', '排气温度过高');
    await page().click('[data-test=fault-search]');
    await expect.poll(() => page().locator('.sl-field-form').textContent()).toContain('离线时不能查知识库');
    await page().fill('[data-test=work-done]', '更换空气滤芯，清洗冷却器，试机 30 分钟温度正常');
    await page().click('[data-test="use-BJ-KY-KL01"]');
    await page()
      .locator('[data-test=camera]')
      .setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: png(64, 48, [200, 80, 40]) });
    await expect.poll(() => page().locator('.sl-field-photos img').count()).toBe(1);
    await page().fill('[data-test=customer-name]', '王建国');
    await page().locator('[data-test=signature]').scrollIntoViewIfNeeded();
    const pad = (await page().locator('[data-test=signature]').boundingBox())!;
    await page().mouse.move(pad.x + 30, pad.y + 60);
    await page().mouse.down();
    for (let i = 1; i <= 12; i++) await page().mouse.move(pad.x + 30 + i * 22, pad.y + 60 + (i % 2 ? 30 : -20));
    await page().mouse.up();
    await page().screenshot({ path: 'test-results/field-form-390.png', fullPage: true });
    await page().click('[data-test=report-submit]');
    await expect.poll(() => page().locator('[data-test=outbox]').textContent()).toBe('待提交 1');
    const visits = async () =>
      Number(
        (await s.ds.query(`SELECT COUNT(*) AS n FROM ${q('service_visit')} WHERE ${q('requestId')} = ?`, [req.id]))[0]
          .n,
      );
    expect(await visits()).toBe(0); // kept on the phone only
    // 5. the network returns: sent once, parts leave the van, the clocks stop
    await page().context().setOffline(false);
    await page().evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(() => page().locator('[data-test=field-note]').textContent(), { timeout: 20_000 })
      .toContain(`已提交：${req.requestNo}`);
    await page().evaluate(() => window.dispatchEvent(new Event('online'))); // a second sync sends nothing
    await page().waitForTimeout(500);
    expect(await visits()).toBe(1);
    expect(await vanQty('BJ-KY-KL01')).toBe(kitBefore - 1);
    expect(await statusOf()).toBe('REPORTED');
    const files = await s.ds.query(
      `SELECT a.${q('category')} AS category FROM ${q('attachment')} a JOIN ${q('service_visit')} v ON v.${q('id')} = a.${q('recordId')} WHERE a.${q('ledger')} = 'serviceVisit' AND v.${q('requestId')} = ? ORDER BY a.${q('category')}`,
      [req.id],
    );
    expect(files.map((f: { category: string }) => f.category)).toEqual(['PHOTO', 'SIGNATURE']);
    await page().screenshot({ path: 'test-results/field-synced-390.png', fullPage: true });
    // the English switch, as on every page, and back
    await page().click('[data-test=lang]');
    await expect.poll(() => page().locator('.sl-field-head').innerText()).toContain('My jobs');
    await page().screenshot({ path: 'test-results/field-english-390.png', fullPage: true });
    await page().click('[data-test=lang]');
    await expect.poll(() => page().locator('.sl-field-head').innerText()).toContain('我的工单');
    const clocks = await s.gql<{ serviceRequest: { promiseClocks: Array<{ key: string; state: string }> } }>(
      `query($id: Int!) { serviceRequest(id: $id) { promiseClocks { key state } } }`,
      { id: Number(req.id) },
      await s.login('clerk'),
    );
    expect(clocks.data.serviceRequest.promiseClocks.filter((c) => c.key !== 'RESPONSE').map((c) => c.state)).toEqual([
      'KEPT',
      'KEPT',
      'KEPT',
    ]);

    // 6. the callback closes it; the figures move by exactly this visit
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), s.url, 'clerk');
    await openFromMenu(page(), 'serviceRequest');
    await focusRequest();
    await page().locator('[data-action=close]').click();
    await page().fill('input[name=result]', '客户确认设备恢复正常，对上门速度满意');
    await page().keyboard.press('Enter');
    await expect.poll(statusOf, { timeout: 10_000 }).toBe('CLOSED');
    await login(page(), s.url, 'quality');
    await page().click('[data-ledger="analysis:field"]');
    const row = page().locator('[data-test=field-figures] tr[data-technician=JS001]');
    await row.waitFor();
    await page().fill(
      '[data-test=from]',
      new Date(Date.now() - 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10),
    );
    await page().click('[data-test=apply]');
    await expect.poll(() => row.locator('[data-test=drill-requests]').textContent()).toBe(String(before.requests + 1));
    expect(await row.locator('[data-test=drill-visits]').textContent()).toBe(String(before.visits + 1));
    await page().screenshot({ path: 'test-results/field-figures-1600x900.png' });
    // its 报修数 opens exactly those rows
    await row.locator('[data-test=drill-requests]').click();
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain(`共 ${before.requests + 1} 行`);
  });
});

describe('the dispatcher’s side', () => {
  for (const [w, h] of [
    [1600, 900],
    [1366, 768],
  ])
    it(`at ${w}×${h}: answers a call by phone, then dispatches it to the technician the suggestion explains`, async () => {
      await page().setViewportSize({ width: w, height: h });
      await login(page(), session.s.url, 'clerk');
      await openFromMenu(page(), 'serviceRequest');
      const grid = '[data-test=grid-serviceRequest]';
      // the one-click filter: requests still open, the nearest arrival promise first
      await page().locator(`${grid} .ag-row[row-index="0"][row-id]`).first().waitFor();
      // the newest call still waiting for an answer (the grid opens newest first)
      const [waiting] = await session.s.ds.query(
        `SELECT ${q('id')} AS id FROM ${q('service_request')} WHERE ${q('status')} = 'RECEIVED' ORDER BY ${q('reportedAt')} DESC`,
      );
      const rowId = String(waiting.id);
      await page().locator(`${grid} .ag-row[row-id="${rowId}"] [col-id=requestNo]`).first().click();
      await page().locator('[data-action=guide]').click();
      await page().fill('input[name=guidance]', '指导客户检查进线电压，电压正常，故障依旧，需上门');
      await page().keyboard.press('Enter');
      await page().locator('[data-test=dispatch] li').first().waitFor();
      const first = page().locator('[data-test=dispatch] li').first();
      expect(await first.textContent()).toMatch(/手上/);
      await page().screenshot({ path: `test-results/field-dispatch-${w}x${h}.png` });
      const code = (await first.getAttribute('data-technician'))!;
      await first.locator('button').click();
      await expect
        .poll(
          async () =>
            (
              await session.s.ds.query(
                `SELECT ${q('status')} AS status FROM ${q('service_request')} WHERE ${q('id')} = ?`,
                [Number(rowId)],
              )
            )[0].status,
          { timeout: 10_000 },
        )
        .toBe('DISPATCHED');
      // the board: who has room, and whose promise is already late (武汉's request of yesterday)
      await page().click('[data-test=board-toggle]');
      const wuhan = page().locator('[data-test=dispatch-board] tr[data-technician=JS005] td.late');
      await expect.poll(() => wuhan.textContent()).toMatch(/^[1-9]/);
      await page().screenshot({ path: `test-results/field-dispatched-${w}x${h}.png` });
      const [row] = await session.s.ds.query(
        `SELECT t.${q('code')} AS code, r.${q('respondedAt')} AS respondedAt FROM ${q('service_request')} r JOIN ${q('technician')} t ON t.${q('id')} = r.${q('technicianId')} WHERE r.${q('id')} = ?`,
        [Number(rowId)],
      );
      expect(row.code).toBe(code);
      expect(row.respondedAt).not.toBeNull();
    });
});
