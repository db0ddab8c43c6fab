import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, paste, typedTime } from './browser.js';

// The client's data layer (Apollo Client): what a save changes follows it on the page without a
// reload, and the reference data the grid keeps asking for is read once.
const session = demoInBrowser();
const page = (): Page => session.page;

/** The number beside 投诉台账 in the side bar (what waits for this clerk there), 0 when none. */
const complaintBadge = async () => {
  const badge = page().locator('[data-ledger=complaint] .sl-badge');
  return (await badge.count()) ? Number(await badge.innerText()) : 0;
};

/** The GraphQL operations the page sent, by name (the grid's own pages are unnamed documents). */
function operationsSent(): string[] {
  const sent: string[] = [];
  page().on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = r.postDataJSON() as { operationName?: string | null } | null;
    sent.push(body?.operationName ?? '');
  });
  return sent;
}

describe('the client’s data layer', () => {
  it('a new complaint counts at once beside 投诉台账 and in 我的待办, without a reload', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=complaint]');
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(complaintBadge, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await complaintBadge();
    const total = Number(await page().locator('[data-test=work-total]').innerText());

    await page().click('[data-test=add-row]');
    await paste(page(), [
      ['受理时间', '投诉渠道', '客户', '投诉类型', '投诉内容', '处理范围'],
      [typedTime(1, '09:20'), '电话', 'C0003', '申诉', '数据层-待确认', '一般投诉（3个工作日）'],
    ]);
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    // 待确认的投诉 grew by the new one: read again after the save, not at the next minute's poll
    await expect.poll(complaintBadge, { timeout: 5_000 }).toBe(before + 1);
    await expect.poll(async () => Number(await page().locator('[data-test=work-total]').innerText())).toBe(total + 1);
    await page().screenshot({ path: 'test-results/data-layer-badge.png' });
  });

  it('the open history of a cell shows the change just saved', async () => {
    // by keyboard to the first row's 联系人 (the column may be scrolled out of sight after the paste)
    // (the grid stays where the saved row was, at the end: Ctrl+Home goes to the first row)
    const focusedColumn = () =>
      page().evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'));
    const focusedRow = () =>
      page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'));
    // the grid may still be redrawing after the save: click and go home until the focus holds there
    await expect
      .poll(
        async () => {
          await page().locator('.ag-cell[col-id="complaintNo"]').first().click();
          await page().keyboard.press('Control+Home');
          return `${await focusedRow()}:${await focusedColumn()}`;
        },
        { timeout: 10_000 },
      )
      .toBe('0:complaintNo');
    for (let i = 0; i < 12 && (await focusedColumn()) !== 'contactName'; i++) await page().keyboard.press('ArrowRight');
    expect(await focusedColumn()).toBe('contactName');
    await page().locator('[data-test=history]').waitFor();
    await page().keyboard.press('F2'); // edits the cell; the name goes in as an IME would put it
    await page().keyboard.press('Control+a');
    await page().keyboard.insertText('赵文静');
    await page().keyboard.press('Enter'); // taken, and the focus goes down a row
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain('未保存 1');
    await page().keyboard.press('ArrowUp'); // back on the cell: its history is open before the save
    await expect.poll(() => page().locator('[data-test=history]').innerText()).toContain('#');
    const shownBefore = await page().locator('[data-test=history]').innerText();
    expect(shownBefore).not.toContain('赵文静');
    await page().keyboard.press('Control+s');
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain('未保存 0');
    await page().screenshot({ path: 'test-results/data-layer-history.png' });
    await expect.poll(() => page().locator('[data-test=history]').innerText(), { timeout: 5_000 }).toContain('赵文静');
  });

  it('reads the ledger definitions once: filtering by a customer twice asks the server for rows, not for the ledgers again', async () => {
    const sent = operationsSent();
    const filterBy = async (text: string) => {
      const before = sent.length;
      await page().locator('.ag-header-cell[col-id="customer"] .ag-header-cell-filter-button').click();
      await page().locator('.ag-filter-body input').first().fill(text);
      await expect.poll(() => sent.length, { timeout: 5_000 }).toBeGreaterThan(before); // the filtered page asked for
      await page().keyboard.press('Escape');
      await expect.poll(() => page().locator('[data-test=footer]').innerText()).toMatch(/共 \d+ 行/);
    };
    await filterBy('C0003');
    await filterBy('C0004');
    // the grid's pages went out (unnamed documents built from the declaration) …
    expect(sent.filter((n) => n === '').length).toBeGreaterThan(0);
    // … and the ledger list behind the customer column's filter was the one read when the page opened
    expect(sent.filter((n) => n === 'LedgerDefinitions')).toEqual([]);
  });
});

describe('a ledger’s rows and their count', () => {
  it('the rows come without waiting for the count; Ctrl+End waits for it and lands on the entry row', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await page().click('[data-ledger=customer]');
    await page().locator('.ag-row[row-index="0"][row-id]').waitFor();
    // the count of the next opening is held back four seconds on its way to the server
    let held = 0;
    await page().route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (/complaints\(first: 1,/.test(body) && /totalCount/.test(body) && !/edges/.test(body)) {
        held++;
        await new Promise((r) => setTimeout(r, 4000));
      }
      return route.fallback();
    });
    const footer = () => page().locator('[data-test=footer]').innerText();
    await page().click('[data-ledger=complaint]');
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await page().locator('.ag-row[row-index="0"][row-id]').waitFor({ timeout: 3000 });
    expect(await footer()).toContain('共 … 行'); // shown before it is counted
    await page().locator('.ag-row[row-index="0"] .ag-cell').nth(1).click();
    await page().keyboard.press('Control+End');
    await expect.poll(footer, { timeout: 10_000 }).toMatch(/共 \d+ 行/);
    const total = Number((await footer()).match(/共 (\d+) 行/)![1]);
    // the entry row after the last server row, once the count is known
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index')), {
        timeout: 10_000,
      })
      .toBe(String(total));
    expect(held).toBe(1);
    await page().unroute('**/graphql');
    await page().screenshot({ path: 'test-results/data-layer-count-later.png' });
  });
});

describe('a save whose answer is lost on the way', () => {
  it('is sent again under its own name and applied once; the clerk sees it saved', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await page().click('[data-ledger=complaint]');
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    // the server receives and applies the first save, but its answer never reaches the page
    let cut = 0;
    await page().route('**/graphql', async (route) => {
      if (cut === 0 && /saveComplaints/.test(route.request().postData() ?? '')) {
        cut++;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.fallback();
    });
    const keys: string[] = [];
    page().on('request', (r) => {
      if (/saveComplaints/.test(r.postData() ?? '')) keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await page().click('[data-test=add-row]');
    await paste(page(), [
      ['受理时间', '投诉渠道', '客户', '投诉类型', '投诉内容', '处理范围'],
      [typedTime(1, '10:05'), '电话', 'C0004', '申诉', '数据层-答复丢失', '一般投诉（3个工作日）'],
    ]);
    await page().click('[data-test=save]');
    await expect
      .poll(() => page().locator('[data-test=message]').innerText(), { timeout: 10_000 })
      .toContain('已保存 1 行');
    await page().unroute('**/graphql');
    expect(cut).toBe(1);
    // sent twice, under one name, and in the ledger once
    expect(keys.length).toBe(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const rows = await session.s.ds.query('SELECT `id` FROM `complaint` WHERE `description` = ?', ['数据层-答复丢失']);
    expect(rows).toHaveLength(1);
    await page().screenshot({ path: 'test-results/data-layer-answer-lost.png' });
  });
});
