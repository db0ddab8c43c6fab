import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page as Connection } from '../helpers/answers.js';
import { demoInBrowser, login } from './browser.js';

const session = demoInBrowser();


describe('the auditor in the browser', () => {
  it('finds a unit, downloads its dossier, reads the audit log by user and period, and verifies the chain', async () => {
    const { s, page } = session;
    const r = await s.gql<{ reworkOrders: Connection<{ archive: { serialNo: string } }> }>(`{ reworkOrders(first: 1) { edges { node { archive { serialNo } } } } }`, {}, await s.login('auditor'));
    const serial = r.data.reworkOrders.edges[0].node.archive.serialNo;
    await login(page, s.url, 'auditor');
    await page.click('[data-ledger=archive]');
    await page.fill('input[name=serial]', serial);
    await page.press('input[name=serial]', 'Enter');
    await page.locator('[data-test=dossier]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=dossier]')]);
    const file = `test-results/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['档案', '返工单', '变更记录', '导出清单']));

    await page.click('[data-ledger="analysis:audit"]');
    await page.locator('[data-test=audit-row]').first().waitFor();
    await page.selectOption('[data-test=audit-user]', 'clerk');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await page.fill('[data-test=audit-from]', '2020-01-01T00:00');
    await page.fill('[data-test=audit-to]', `${today}T23:59`);
    await page.click('[data-test=audit-search]');
    await expect.poll(async () => [...new Set(await page.locator('[data-test=audit-row] td:nth-child(3)').allInnerTexts())]).toEqual(['王丽（客服）']);
    const actions = await page.locator('[data-test=audit-row] td:nth-child(4)').allInnerTexts();
    expect(actions.every((a) => !/^[A-Za-z_]+$/.test(a))).toBe(true); // 新建, 修改, …, never CREATE

    await page.click('[data-test=verify]');
    await expect.poll(() => page.locator('[data-test=verify-result]').innerText(), { timeout: 30_000 }).toMatch(/审计链完好：已校验 \d+ 条记录/);
    await page.screenshot({ path: 'test-results/auditor.png' });
  });
});
