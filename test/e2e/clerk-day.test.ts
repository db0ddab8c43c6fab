import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login } from './browser.js';

// A clerk's whole day, as it tripped before: the entry row out of sight, no way to a new row by
// keyboard, Ctrl+S opening the browser's "save page", the focus nowhere useful, a number typed
// the way people type it not found
const session = demoInBrowser();
const page = (): Page => session.page;
const footer = () => page().locator('[data-test=footer]').innerText();

async function openComplaints(): Promise<void> {
  await page().click('[data-ledger=complaint]');
  await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
  await expect.poll(() => footer()).toMatch(/共 \d+ 行/);
}

/** Where the entry row and the horizontal scroll strip are on screen. */
const entryRowBox = () => page().evaluate(() => {
  const row = document.querySelector('.sl-grid .ag-row[row-id="blank"]')?.getBoundingClientRect();
  const strip = document.querySelector('.sl-grid .ag-body-horizontal-scroll')!.getBoundingClientRect();
  return row ? { top: row.top, bottom: row.bottom, stripTop: strip.top } : null;
});

describe('a clerk’s day in the grid', () => {
  it('the user name has the focus on the login page', async () => {
    await page().goto(session.s.url);
    await page().locator('input[name=username]').waitFor();
    expect(await page().evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
  });

  for (const [width, height] of [[1600, 900], [1366, 768]]) {
    it(`at ${width}×${height} the entry row is whole in sight at the end, and 新增 / Ctrl+Enter put the focus on a new row's first cell`, async () => {
      await page().setViewportSize({ width, height });
      await login(page(), session.s.url, 'clerk');
      await openComplaints();
      await page().click('[data-test=add-row]');
      await expect.poll(entryRowBox).not.toBeNull();
      const box = (await entryRowBox())!;
      expect(box.bottom).toBeLessThanOrEqual(box.stripTop + 0.5); // not under the scroll strip
      const focused = await page().evaluate(() => {
        const cell = document.activeElement?.closest('.ag-cell');
        return { row: cell?.closest('.ag-row')?.getAttribute('row-id'), col: cell?.getAttribute('col-id') };
      });
      expect(focused).toEqual({ row: 'blank', col: 'receivedAt' });
      await page().screenshot({ path: `test-results/entry-row-${width}.png` });
      // and by keyboard from the first row
      await page().keyboard.press('Control+Home');
      await expect.poll(() => page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))).toBe('0');
      await page().keyboard.press('Control+Enter');
      await expect.poll(() => page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id'))).toBe('blank');
    });
  }

  it('Ctrl+S saves what was typed, and does not open the browser\'s save dialog', async () => {
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    let dialog = false;
    page().on('dialog', () => (dialog = true));
    await page().locator('.ag-row[row-index="0"] .ag-cell[col-id="contactName"]').click();
    await page().keyboard.type('Wang Lei');
    await page().keyboard.press('Control+s');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    expect(dialog).toBe(false);
  });

  it('作废 puts the focus in the reason box', async () => {
    await page().locator('.ag-row[row-index="1"] .ag-cell[col-id="complaintNo"]').click();
    await page().click('[data-test=void]');
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('void-reason');
    await page().keyboard.press('Escape');
    await page().click('[data-test=void-form] button:not(.danger)');
  });

  it('按编号查找 finds a number typed in part or in lower case, and says when nothing has it', async () => {
    const any = await session.s.gql<{ complaints: { edges: Array<{ node: { complaintNo: string } }> } }>(`{ complaints(first: 1) { edges { node { complaintNo } } } }`, {}, await session.s.login('clerk'));
    const no = any.data.complaints.edges[0].node.complaintNo; // TS-2025-000123
    const [prefix, year, n] = no.split('-');
    const find = page().locator('[data-test=find]');
    await find.fill(`${prefix.toLowerCase()}-${year}-${Number(n)}`); // ts-2025-123, as people type it
    await find.press('Enter');
    await expect.poll(() => footer()).toContain('共 1 行');
    expect(await page().locator('.ag-row[row-index="0"] .ag-cell[col-id="complaintNo"]').innerText()).toBe(no);
    await find.fill(String(Number(n)));
    await find.press('Enter');
    await expect.poll(() => footer()).toMatch(/共 [1-9]\d* 行/);
    await find.fill('99999x');
    await find.press('Enter');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('没有编号含「99999x」的记录');
    await find.fill('');
    await find.press('Enter');
  });
});
