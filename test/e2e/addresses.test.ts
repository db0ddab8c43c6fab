import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, openWork } from './browser.js';

// Every page has its address: Back and Forward move between pages, a figure's rows survive a reload,
// a record can be linked by its number, a link opened signed out leads there after sign-in, and a
// page one's role may not open says so.
const session = demoInBrowser();
const page = (): Page => session.page;
const path = () => new URL(page().url()).pathname;
const rows = (ledger: string) => page().locator(`[data-test=grid-${ledger}] .ag-row[row-id]`);

describe('addresses and the Back button', () => {
  it('gives each page its address; Back and Forward move between them without leaving the app', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    expect(path()).toBe('/');
    await page().click('[data-ledger=complaint]');
    await rows('complaint').first().waitFor();
    expect(path()).toBe('/complaint');
    await page().click('[data-ledger=customer]');
    await rows('customer').first().waitFor();
    expect(path()).toBe('/customer');
    await page().goBack();
    await rows('complaint').first().waitFor();
    expect(path()).toBe('/complaint');
    await page().goBack();
    await page().locator('[data-test=home]').waitFor();
    await page().goForward();
    await rows('complaint').first().waitFor();
    expect(page().url()).toContain(session.s.url);
  });

  it('keeps a ledger’s column filter, sort and one-click filter in its address: Back and a reload find the rows as they were', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=complaint]');
    await rows('complaint').first().waitFor();
    const footer = () => page().locator('[data-test=footer]').innerText();
    await expect.poll(footer).toMatch(/共 [\d,]+ 行/); // counted beside the first rows, a moment after them
    const all = (await footer()).match(/共 [\d,]+ 行/)![0];
    // filter the customer column by what a clerk types, sort by 受理时间, then 已超期
    await page().locator('.ag-header-cell[col-id="customer"] .ag-header-cell-filter-button').click();
    await page().locator('.ag-filter-body input').first().fill('C0001');
    await page().keyboard.press('Escape');
    await expect.poll(footer).not.toContain(all);
    // the ledger opens newest first: a click sorts it no longer, a second oldest first
    await page().locator('.ag-header-cell[col-id="receivedAt"] .ag-header-cell-label').click();
    await page().locator('.ag-header-cell[col-id="receivedAt"] .ag-header-cell-label').click();
    await page().click('[data-quick=overdue]');
    await expect.poll(() => new URL(page().url()).searchParams.get('quick')).toBe('overdue');
    const url = new URL(page().url());
    expect(url.searchParams.get('sort')).toBe('receivedAt');
    expect(JSON.parse(url.searchParams.get('filter')!)).toHaveProperty('customer');
    await expect.poll(footer).toMatch(/共 [\d,]+ 行/);
    const filtered = (await footer()).match(/共 [\d,]+ 行/)![0];
    const first = await rows('complaint').first().getAttribute('row-id');

    await page().click('[data-ledger=customer]');
    await rows('customer').first().waitFor();
    await page().goBack();
    await expect.poll(footer).toContain(filtered);
    expect(await page().locator('[data-quick=overdue]').getAttribute('class')).toContain('on');
    await expect.poll(() => rows('complaint').first().getAttribute('row-id')).toBe(first);
    expect(
      await page().locator('.ag-header-cell[col-id="receivedAt"] .ag-sort-ascending-icon:not(.ag-hidden)').count(),
    ).toBe(1);
    await page().screenshot({ path: 'test-results/address-filter-sort-1600.png' });
    // a reload of the same address, and its link sent to a colleague: the same rows
    await page().reload();
    await expect.poll(footer).toContain(filtered);
    await expect.poll(() => rows('complaint').first().getAttribute('row-id')).toBe(first);
    // switching the one-click filter off, and clearing the column filter, leave the address clean
    await page().click('[data-quick=overdue]');
    await expect.poll(() => new URL(page().url()).searchParams.get('quick')).toBeNull();
  });

  it('gives a report version and the audit log’s filter their addresses: a reload and Back find them as they were', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    const quality = await session.s.login('quality');
    const made = await session.s.gql<{ generateMonthlyReport: { id: string; version: number } }>(
      'mutation { generateMonthlyReport(month: "2026-09") { id version } }',
      {},
      quality,
    );
    expect(made.errors).toBeUndefined();
    await login(page(), session.s.url, 'auditor');
    await page().click('[data-ledger="analysis:reports"]');
    await page().locator('[data-test=report-open]').first().waitFor();
    // by keyboard: the 查看 of the report made above
    const row = page().locator('[data-test=report-row]', { hasText: '2026-09' }).first();
    await row.locator('[data-test=report-open]').focus();
    await page().keyboard.press('Enter');
    await page().locator('[data-test=report-view]').waitFor();
    expect(new URL(page().url()).searchParams.get('report')).toBe(String(made.data.generateMonthlyReport.id));
    const title = await page().locator('[data-test=report-view] h1, [data-test=report-view] h2').first().innerText();
    await page().reload();
    await expect
      .poll(() => page().locator('[data-test=report-view] h1, [data-test=report-view] h2').first().innerText())
      .toBe(title);
    await page().goBack();
    await page().locator('[data-test=report-list]').waitFor();
    expect(await page().locator('[data-test=report-view]').count()).toBe(0);

    await page().click('[data-ledger="analysis:audit"]');
    await page().locator('[data-test=audit-count]').waitFor();
    await page().selectOption('[data-test=audit-user]', 'clerk');
    await page().selectOption('[data-test=audit-ledger]', 'complaint');
    await page().click('[data-test=audit-search]');
    await expect.poll(() => new URL(page().url()).searchParams.get('user')).toBe('clerk');
    await expect.poll(() => page().locator('[data-test=audit-count]').innerText()).toMatch(/共 [\d,]+ 条/);
    const count = await page().locator('[data-test=audit-count]').innerText();
    await page().click('[data-ledger=complaint]');
    await rows('complaint').first().waitFor();
    await page().goBack();
    await expect.poll(() => page().locator('[data-test=audit-count]').innerText()).toBe(count);
    expect(await page().locator('[data-test=audit-user]').inputValue()).toBe('clerk');
    expect(await page().locator('[data-test=audit-ledger]').inputValue()).toBe('complaint');
    await page().screenshot({ path: 'test-results/address-audit-1366.png' });
  });

  it('keeps a figure’s rows and its banner through a reload, and Back returns to 我的待办', async () => {
    await login(page(), session.s.url, 'clerk');
    await openWork(page(), 'complaint.overdue');
    await page().locator('[data-test=drill]').waitFor();
    const banner = await page().locator('[data-test=drill]').innerText();
    // the count once the rows have come (「共 … 行」 while they load)
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toMatch(/共 \d+ 行/);
    const shown = await page().locator('[data-test=footer]').innerText();
    expect(new URL(page().url()).searchParams.get('drill')).toBeTruthy();
    await page().reload();
    await expect.poll(() => page().locator('[data-test=drill]').innerText()).toBe(banner);
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain(shown.match(/共 \d+ 行/)![0]);
    await page().goBack();
    await page().locator('[data-test=home]').waitFor();
  });

  it('opens a record by its number, also from a link followed while signed out', async () => {
    const no = (
      await session.s.gql<{ complaints: { edges: Array<{ node: { id: number; complaintNo: string } }> } }>(
        '{ complaints(first: 1) { edges { node { id complaintNo } } } }',
        {},
        await session.s.login('clerk'),
      )
    ).data.complaints.edges[0].node;
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-test=logout]');
    await page().goto(`${session.s.url}/complaint/${no.complaintNo}`);
    await page().fill('input[name=username]', 'clerk');
    await page().fill('input[name=password]', 'demo');
    await page().click('button[type=submit]');
    await rows('complaint').first().waitFor();
    expect(path()).toBe(`/complaint/${no.complaintNo}`);
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain('共 1 行');
    expect(await rows('complaint').first().innerText()).toContain(no.complaintNo);
    expect(await page().locator('[data-test=drill]').innerText()).toContain(no.complaintNo);
    await page().screenshot({ path: 'test-results/record-address-1366.png' });
  });

  it('tells a user whose role may not open a linked page so, in Chinese', async () => {
    await login(page(), session.s.url, 'production');
    await page().goto(`${session.s.url}/analysis/audit`);
    await expect
      .poll(() => page().locator('[data-test=no-access]').innerText())
      .toBe('此页面不存在，或您的角色无权查看。请从左侧菜单选择，或请管理员调整权限。');
    await page().click('[data-ledger=home]');
    await page().locator('[data-test=home]').waitFor();
    expect(await page().locator('[data-test=no-access]').count()).toBe(0);
  });
});
