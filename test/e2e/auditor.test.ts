import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page as Connection } from '../helpers/answers.js';
import { demoInBrowser, login } from './browser.js';

const session = demoInBrowser();

describe('the auditor in the browser', () => {
  it('finds a unit, downloads its dossier, reads the audit log by user and period, and verifies the chain', async () => {
    const { s, page } = session;
    const r = await s.gql<{ reworkOrders: Connection<{ archive: { serialNo: string } }> }>(
      `{ reworkOrders(first: 1) { edges { node { archive { serialNo } } } } }`,
      {},
      await s.login('auditor'),
    );
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
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['档案', '返工单', '变更记录', '导出清单']),
    );

    // the unit's file for the paper archive
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('[data-test=print-archive]');
    const paper = page.locator('[data-test=archive-print]');
    await expect.poll(() => paper.innerText()).toContain('经办人');
    expect(await paper.innerText()).toContain(serial);
    await paper.screenshot({ path: 'test-results/archive-print.png' });
    await page.click('[data-test=print-close]');

    await page.click('[data-ledger="analysis:audit"]');
    const cells = (col: string) => page.locator(`[data-test=audit-table] .ag-row .ag-cell[col-id=${col}]`);
    await cells('userName').first().waitFor();
    await page.selectOption('[data-test=audit-user]', 'clerk');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await page.fill('[data-test=audit-from]', '2020-01-01T00:00');
    await page.fill('[data-test=audit-to]', `${today}T23:59`);
    await page.click('[data-test=audit-search]');
    await expect.poll(async () => [...new Set(await cells('userName').allInnerTexts())]).toEqual(['王丽（客服）']);
    const actions = await cells('actionLabel').allInnerTexts();
    expect(actions.every((a) => !/^[A-Za-z_]+$/.test(a))).toBe(true); // 新建, 修改, …, never CREATE

    // the same entries as a workbook
    const [logDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=audit-export]')]);
    expect(logDownload.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const logFile = `test-results/${logDownload.suggestedFilename()}`;
    await logDownload.saveAs(logFile);
    const log = new ExcelJS.Workbook();
    await log.xlsx.readFile(logFile);
    const names = new Set(log.getWorksheet('审计日志')!.getColumn(3).values.slice(2));
    expect([...names]).toEqual(['王丽（客服）']);

    await page.click('[data-test=verify]');
    await expect
      .poll(() => page.locator('[data-test=verify-result]').innerText(), { timeout: 30_000 })
      .toMatch(/审计链完好：已校验 \d+ 条记录/);
    // the dossier downloaded earlier, checked by dropping it on the page
    await page.setInputFiles('[data-test=verify-file]', file);
    await expect
      .poll(() => page.locator('[data-test=file-check]').innerText(), { timeout: 30_000 })
      .toMatch(/完好：清单签名相符，\d+ 个工作表的 SHA-256 与清单和导出记录相符/);
    await page.screenshot({ path: 'test-results/auditor.png' });
    // the package with the files beside the workbook, checked the same way
    await page.click('[data-ledger=archive]');
    await page.fill('input[name=serial]', serial);
    await page.press('input[name=serial]', 'Enter');
    const [zipped] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=dossier-zip]')]);
    expect(zipped.suggestedFilename()).toMatch(/^档案包-.*\.zip$/);
    const zipFile = `test-results/${zipped.suggestedFilename()}`;
    await zipped.saveAs(zipFile);
    await page.click('[data-ledger="analysis:audit"]');
    await page.setInputFiles('[data-test=verify-file]', zipFile);
    await expect
      .poll(() => page.locator('[data-test=file-check]').innerText(), { timeout: 30_000 })
      .toMatch(/完好：清单签名相符，\d+ 个工作表的 SHA-256 与清单和导出记录相符，\d+ 个附件文件与附件清单相符/);
    // the same file with a cell changed: the check names the row, the column, and what was exported there
    const sheet = wb.getWorksheet('返工单')!;
    const was = String(sheet.getRow(2).getCell(2).value);
    sheet.getRow(2).getCell(2).value = 'FG-0000-000000';
    const changed = 'test-results/dossier-changed.xlsx';
    await wb.xlsx.writeFile(changed);
    await page.setInputFiles('[data-test=verify-file]', changed);
    await expect
      .poll(() => page.locator('[data-test=file-check]').innerText(), { timeout: 30_000 })
      .toContain(
        `第 2 行（ID ${String(sheet.getRow(2).getCell(1).value)}）「返工单号」：文件中为「FG-0000-000000」，导出时为「${was}」`,
      );
    await page.screenshot({ path: 'test-results/file-check-cells.png' });
  });

  it('reads a ledger as it stood at a moment, and lists voided rows with their reason', async () => {
    const { s, page } = session;
    const clerk = await s.login('clerk');
    // a moment after the demo data, a second before the new customer (the input takes whole seconds)
    const moment = new Date(Math.floor(Date.now() / 1000) * 1000 + 1000);
    await new Promise((r) => setTimeout(r, 2100));
    const SAVE = `mutation($input: SaveCustomerInput!) { saveCustomers(input: $input) { ok rows { id version } } }`;
    const made = await s.gql<{ saveCustomers: { rows: Array<{ id: number; version: number }> } }>(
      SAVE,
      { input: { creates: [{ ref: 'x', values: { code: 'ASOF1', name: '后来新建的客户', tier: 'REGULAR' } }] } },
      clerk,
    );
    const c = made.data.saveCustomers.rows[0];
    await s.gql(SAVE, { input: { voids: [{ id: c.id, version: c.version, reason: '误录' }] } }, clerk);
    await login(page, s.url, 'auditor');
    await page.click('[data-ledger=customer]');
    expect(await page.locator('[data-test=save]').count()).toBe(0); // read-only: no edit buttons
    await page.check('[data-test=include-voided]');
    const voided = page.locator('.ag-row.sl-voided');
    await page.fill('[data-test=find]', 'ASOF1');
    await page.press('[data-test=find]', 'Enter');
    await expect.poll(() => voided.first().locator('[col-id=__void]').innerText()).toBe('误录');
    await page.screenshot({ path: 'test-results/voided.png' });

    // before the customer existed: it is absent, the demo customers are there
    await page.fill('[data-test=asof-at]', new Date(moment.getTime() + 8 * 3600_000).toISOString().slice(0, 19));
    await page.click('[data-test=asof-show]');
    await expect.poll(() => page.locator('[data-test=asof-banner]').innerText()).toContain('只读');
    const codes = page.locator('[data-test=asof-grid] .ag-row .ag-cell[col-id=code]');
    await expect.poll(() => codes.count()).toBeGreaterThan(10);
    const shown = await codes.allInnerTexts();
    expect(shown).not.toContain('ASOF1');
    expect(shown[0]).toMatch(/^C\d{4}$/);
    await page.screenshot({ path: 'test-results/as-of.png' });
    await page.click('[data-test=asof-leave]');
    await page.locator('[data-test=footer]').waitFor();
  });
});
