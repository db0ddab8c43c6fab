import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login } from './browser.js';

const session = demoInBrowser();
const shot = (name: string) => session.page.screenshot({ path: `test-results/${name}.png`, fullPage: false });

/** Clicks the i-th bar of a chart (bars are evenly spaced in the plot between the 64 px margins). */
async function clickBar(chart: ReturnType<Page['locator']>, index: number, bars: number): Promise<void> {
  const box = (await chart.boundingBox())!;
  const slot = (box.width - 128) / bars;
  await session.page.mouse.click(box.x + 64 + slot * index + slot / 2, box.y + box.height - 64 - 4);
}

const footerCount = async () =>
  Number((await session.page.locator('[data-test=footer]').innerText()).match(/共 (\d+) 行/)?.[1] ?? -1);

describe('analysis in the browser', () => {
  it('the quality manager asks rework history by model, cause and year, and the top part’s bar opens exactly its reworks', async () => {
    const { s, page } = session;
    await login(page, s.url, 'quality');
    await page.click('[data-ledger="analysis:quality"]');
    await page.locator('[data-test=group-table]').waitFor();
    // the last twelve months (in early January the calendar year has hardly begun)
    const yearAgo = new Date(Date.now() + 8 * 3600_000 - 365 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('[data-test=from]', yearAgo);
    await page.click('[data-model=XD12]');
    await page.click('[data-cause=MATERIAL]');
    await page.selectOption('[data-test=group1]', 'PART');
    await page.click('[data-test=search]');
    await expect.poll(() => page.locator('[data-test=group-row]').count()).toBeGreaterThan(0);
    const groups = await page.locator('[data-test=group-row] td:first-child').allInnerTexts();
    expect(
      groups.every((g) => /^P-(SOL|ADS)-12/.test(g)),
      groups.join(','),
    ).toBe(true); // XD12's parts only
    const total = Number((await page.locator('[data-test=total-reworks]').innerText()).replace(/,/g, ''));
    expect(total).toBeGreaterThan(0);

    const parts = page.locator('[data-test=pareto-PART]');
    await parts.locator('[data-test=by-count]').click();
    // the figures on screen are counts only once their answer is in (CI read the costs still shown)
    await expect.poll(() => parts.getAttribute('data-measure')).toBe('COUNT');
    await expect.poll(() => parts.locator('[data-test=pareto-row]').count()).toBeGreaterThan(0);
    const bars = await parts.locator('[data-test=pareto-row]').count();
    const top = Number(
      (await parts.locator('[data-test=pareto-row]').first().locator('td').nth(1).innerText()).replace(/,/g, ''),
    );
    await page.locator('[data-test=quality-analysis]').evaluate((el) => el.scrollTo(0, 400));
    await page.waitForTimeout(300); // the chart's entry animation
    await shot('analysis-quality');
    await clickBar(parts.locator('[data-test=pareto-chart]'), 0, bars);

    await page.locator('[data-test=drill]').waitFor();
    // the banner names the whole figure: the part's bar, of XD12, for 来料不良, over the period asked
    const banner = await page.locator('[data-test=drill]').innerText();
    expect(banner).toContain('料号帕累托');
    expect(banner).toContain(`${yearAgo} 至`);
    expect(banner).toContain('型号 XD12');
    expect(banner).toContain('不良原因 来料不良');
    await page.locator('[data-test=grid-reworkOrder] .ag-row[row-id]').first().waitFor();
    await expect.poll(footerCount).toBe(top);
    await shot('analysis-drill-reworks');
    // Back finds the question as it was asked: period, model, cause and grouping kept
    await page.goBack();
    await page.locator('[data-test=group-table]').waitFor();
    expect(await page.locator('[data-test=from]').inputValue()).toBe(yearAgo);
    expect(await page.locator('[data-model=XD12]').getAttribute('class')).toContain('on');
    expect(await page.locator('[data-cause=MATERIAL]').getAttribute('class')).toContain('on');
    expect(await page.locator('[data-test=group1]').inputValue()).toBe('PART');
    await page.goForward();
    await page.locator('[data-test=drill]').waitFor();
    await page.click('[data-test=clear-drill]');
    await expect.poll(footerCount).toBeGreaterThan(top);
  });

  it('the general manager opens the complaint KPIs, generates last month’s report and downloads it', async () => {
    const { s, page } = session;
    await login(page, s.url, 'manager');
    await page.click('[data-ledger="analysis:kpis"]');
    await page.locator('[data-test=card-received]').waitFor();
    const received = Number((await page.locator('[data-test=card-received] b').innerText()).replace(/,/g, ''));
    expect(received).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shot('analysis-kpis');
    await page.click('[data-test=card-received]');
    await page.locator('[data-test=grid-complaint] .ag-row[row-id]').first().waitFor();
    await expect.poll(footerCount).toBe(received);

    await page.click('[data-ledger="analysis:reports"]');
    await page.locator('[data-test=generate]').waitFor();
    await page.click('[data-test=generate]');
    await page.locator('[data-test=report-view]').waitFor();
    await page.waitForTimeout(300);
    await shot('analysis-report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=report-download]')]);
    const file = `test-results/${download.suggestedFilename()}`;
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/月度投诉与质量汇总-\d{4}-\d{2}-第1版\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['封面', '指标汇总', '按部门', '投诉原因帕累托', '超期未结投诉']),
    );
    expect(typeof wb.getWorksheet('指标汇总')!.getRow(2).getCell(2).value).toBe('number');
    await page.click('[data-test=report-back]');
    await expect.poll(() => page.locator('[data-test=report-row]').count()).toBe(1);
  });
});
