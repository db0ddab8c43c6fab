import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { png } from '../helpers/files.js';
import { demoInBrowser, login } from './browser.js';

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

describe('the technician’s phone page', () => {
  it('records a visit offline and files it once when the network returns', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    await login(page(), session.s.url, 'tech');
    const cards = page().locator('[data-test^=request-]');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(2);
    fs.mkdirSync('test-results', { recursive: true });
    await page().screenshot({ path: 'test-results/field-list-390.png', fullPage: true });
    const requestNo = (await cards.first().getAttribute('data-test'))!.replace('request-', '');
    const kitBefore = await vanQty('BJ-KY-KL01');
    expect(kitBefore).toBeGreaterThan(0);

    await page().context().setOffline(true);
    await page().evaluate(() => window.dispatchEvent(new Event('offline')));
    await cards.first().locator('[data-test=arrive]').click();
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
    expect(await page().locator('[data-test=field-note]').textContent()).toContain('联网后自动提交');
    // kept on the phone, nothing on the server yet
    const kept = await page().evaluate(() => JSON.parse(localStorage.getItem('sl.field.drafts') ?? '[]'));
    expect(kept).toHaveLength(1);
    const visits = async () =>
      Number(
        (
          await session.s.ds.query(
            `SELECT COUNT(*) AS n FROM ${q('service_visit')} v JOIN ${q('service_request')} r ON r.${q('id')} = v.${q('requestId')} WHERE r.${q('requestNo')} = ?`,
            [requestNo],
          )
        )[0].n,
      );
    expect(await visits()).toBe(0);
    await page().screenshot({ path: 'test-results/field-offline-390.png', fullPage: true });

    await page().context().setOffline(false);
    await page().evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(() => page().locator('[data-test=field-note]').textContent(), { timeout: 20_000 })
      .toContain(`已提交：${requestNo}`);
    expect(await page().locator('[data-test=outbox]').count()).toBe(0);
    expect(await visits()).toBe(1);
    expect(await vanQty('BJ-KY-KL01')).toBe(kitBefore - 1);
    const [req] = await session.s.ds.query(
      `SELECT ${q('status')} AS status, ${q('arrivedAt')} AS arrivedAt FROM ${q('service_request')} WHERE ${q('requestNo')} = ?`,
      [requestNo],
    );
    expect(req.status).toBe('REPORTED');
    const files = await session.s.ds.query(
      `SELECT a.${q('category')} AS category FROM ${q('attachment')} a JOIN ${q('service_visit')} v ON v.${q('id')} = a.${q('recordId')} JOIN ${q('service_request')} r ON r.${q('id')} = v.${q('requestId')} WHERE a.${q('ledger')} = 'serviceVisit' AND r.${q('requestNo')} = ? ORDER BY a.${q('category')}`,
      [requestNo],
    );
    expect(files.map((f: { category: string }) => f.category)).toEqual(['PHOTO', 'SIGNATURE']);
    // a second sync sends nothing again
    await page().evaluate(() => window.dispatchEvent(new Event('online')));
    await page().waitForTimeout(500);
    expect(await visits()).toBe(1);
    await expect.poll(() => cards.count()).toBe(1);
    await page().screenshot({ path: 'test-results/field-synced-390.png', fullPage: true });
  });
});
