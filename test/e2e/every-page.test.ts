import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, downloadedWorkbook, login } from './browser.js';
import { n, printedPages } from './pdf-text.js';

// Every page for its user: nothing offered that the role cannot do, no counters of edits to one who
// only reads, and a long export that shows it is alive and cannot be started twice.
const session = demoInBrowser();
const page = (): Page => session.page;

async function exportsAudited(): Promise<number> {
  const q = (n: string) => session.s.ds.driver.escape(n);
  const [r] = await session.s.ds.query(`SELECT COUNT(*) AS n FROM ${q('audit_event')} WHERE ${q('action')} = 'EXPORT'`);
  return Number(r.n);
}

describe('every page for its user', () => {
  it('offers the auditor no 生成并冻结 on 月报与总结, while quality generates there', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'auditor');
    await page().click('[data-ledger="analysis:reports"]');
    await page().locator('[data-test=report-list]').waitFor();
    await page().screenshot({ path: 'test-results/reports-auditor-1366.png' });
    expect(await page().locator('[data-test=generate]').count()).toBe(0);
    expect(await page().locator('[data-test=report-month]').count()).toBe(0);

    await login(page(), session.s.url, 'quality');
    await page().click('[data-ledger="analysis:reports"]');
    await expect.poll(() => page().locator('[data-test=generate]').count()).toBe(1);
  });

  it('shows one who only reads a ledger no 未保存 / 错误 / 冲突 counters', async () => {
    await login(page(), session.s.url, 'auditor');
    await page().click('[data-ledger=complaint]');
    await page().locator('[data-test=grid-complaint] .ag-row[row-id]').first().waitFor();
    const footer = await page().locator('[data-test=footer]').innerText();
    expect(footer).toMatch(/共 \d+ 行/);
    expect(footer).not.toMatch(/未保存|错误|冲突/);
    await page().screenshot({ path: 'test-results/footer-auditor-1366.png' });

    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=complaint]');
    await page().locator('[data-test=grid-complaint] .ag-row[row-id]').first().waitFor();
    expect(await page().locator('[data-test=footer]').innerText()).toMatch(/未保存 0/);
  });

  it('shows an export under way and does not start it twice on a double click', async () => {
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=complaint]');
    await page().locator('[data-test=grid-complaint] .ag-row[row-id]').first().waitFor();
    const before = await exportsAudited();
    // a slow line: the export takes a moment to arrive, as a big one does
    await page().route('**/export/**', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const downloaded = page().waitForEvent('download');
    await page().locator('[data-test=export-xlsx]').dblclick();
    await expect.poll(() => page().locator('[data-test=export-xlsx]').isDisabled()).toBe(true);
    expect(await page().locator('[data-test=export-progress]').innerText()).toMatch(/^正在导出…已接收 [\d.]+ MB$/);
    await page().screenshot({ path: 'test-results/export-progress-1366.png' });
    await downloaded;
    await expect.poll(() => page().locator('[data-test=export-xlsx]').isDisabled()).toBe(false);
    await page().unroute('**/export/**');
    expect(await exportsAudited()).toBe(before + 1);
  });

  it('reads the export in the audit log in words, not as its manifest’s JSON', async () => {
    await login(page(), session.s.url, 'auditor');
    await page().click('[data-ledger="analysis:audit"]');
    await page().locator('[data-test=audit-page]').waitFor();
    await expect.poll(() => page().locator('[data-test=audit-page]').innerText()).toMatch(/XLSX，\d+ 行/);
    const text = await page().locator('[data-test=audit-page]').innerText();
    expect(text).toContain('导出编号');
    expect(text).not.toMatch(/"exportId"|"sha256"|chainHeadSeq/);
    // the log says how many entries it holds in all, before any scrolling
    const q = (x: string) => session.s.ds.driver.escape(x);
    const [all] = await session.s.ds.query(`SELECT COUNT(*) AS n FROM ${q('audit_event')}`);
    await expect
      .poll(() => page().locator('[data-test=audit-count]').innerText())
      .toBe(`共 ${Number(all.n).toLocaleString('zh-CN')} 条`);
    await page().screenshot({ path: 'test-results/audit-export-words-1366.png' });
  });

  it('prints a monthly report on A4 with its title and tables, also after a ledger page was open', async () => {
    await login(page(), session.s.url, 'quality');
    // a ledger first: its paper forms' print rules are then in the page
    await page().click('[data-ledger=complaint]');
    await page().locator('[data-test=grid-complaint] .ag-row[row-id]').first().waitFor();
    await page().click('[data-ledger="analysis:reports"]');
    await page().click('[data-test=generate]');
    // the report just generated opens by itself
    await page().locator('[data-test=report-view]').waitFor();
    const title = (await page().locator('[data-test=report-view] h1').innerText()).trim();
    const pages = await printedPages(page());
    expect(pages.length).toBeGreaterThan(0);
    expect(pages[0]).toContain(n(title));
    expect(pages.join('')).toContain(n('目标与实绩'));
  });

  it('shows the report asked for last, when an earlier one asked for answers after it', async () => {
    await login(page(), session.s.url, 'quality');
    await page().click('[data-ledger="analysis:reports"]');
    // two versions of this month's report: generated twice, each opens by itself
    for (let i = 0; i < 2; i++) {
      await page().click('[data-test=generate]');
      await page().locator('[data-test=report-view]').waitFor();
      await page().click('[data-test=report-back]');
      await page().locator('[data-test=report-list]').waitFor();
    }
    const rows = page().locator('[data-test=report-row]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const version = async (i: number) => (await rows.nth(i).locator('td.num').innerText()).trim();
    const [first, second] = [await version(0), await version(1)];
    // the first report's answer is slow, as on a busy line
    let held = 0;
    await page().route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'AnalysisReport' && held++ === 0) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await rows.nth(0).locator('[data-test=report-open]').click();
    await rows.nth(1).locator('[data-test=report-open]').click();
    const meta = page().locator('[data-test=report-view] h1 + .meta');
    await expect.poll(() => meta.innerText()).toContain(`版本 ${second}`);
    await page().waitForTimeout(2000); // the first answer has come meanwhile
    expect(held).toBe(2);
    expect(await meta.innerText()).toContain(`版本 ${second}`);
    expect(first).not.toBe(second);
    await page().unroute('**/graphql');
  });

  it('shows each rate on the KPI page on its own basis, beside the procedure’s target', async () => {
    await login(page(), session.s.url, 'manager');
    await page().click('[data-ledger="analysis:kpis"]');
    const card = page().locator('[data-test=card-callback]');
    await card.waitFor();
    await page().click('[data-test=search]');
    await expect.poll(() => card.innerText()).toMatch(/目标 100%/);
    const from = await page().locator('[data-test=from]').inputValue();
    const to = await page().locator('[data-test=to]').inputValue();
    const k = (
      await session.s.gql<{ complaintKpis: { totals: { callbacksDone: number; callbackDue: number } } }>(
        `query($f: LocalDate!, $t: LocalDate!) { complaintKpis(from: $f, to: $t, groupBy: MONTH) { totals { callbacksDone callbackDue } } }`,
        { f: from, t: to },
        await session.s.login('manager'),
      )
    ).data.complaintKpis.totals;
    const count = (x: number) => x.toLocaleString('zh-CN');
    expect(await card.innerText()).toContain(`${count(k.callbacksDone)} / ${count(k.callbackDue)}`);
    expect(await page().locator('[data-test=card-satisfaction]').innerText()).toMatch(/目标 ≥ 90%/);
    // 分项满意度 as a chart, against the same target, with its basis said
    const items = page().locator('[data-test=satisfaction-by-item]');
    await expect.poll(() => items.innerText()).toMatch(/^\d{4} 年分项满意度（问卷）/);
    expect(await items.innerText()).toContain('低于目标 90 的项以橙色标出');
    await items.scrollIntoViewIfNeeded();
    await page().waitForTimeout(300);
    await page().screenshot({ path: 'test-results/kpi-satisfaction-items-1366.png' });
  });

  it('tells the administrator about another user in the third person, and their last sign-in as it is now', async () => {
    const admin = await session.s.login('admin');
    const made = await session.s.gql<{
      saveUsers: { rows: Array<{ id: number }>; revealed: Array<{ value: string }> };
    }>(
      `mutation($i: SaveUserInput!) { saveUsers(input: $i) { rows { id } revealed { value } } }`,
      {
        i: {
          creates: [
            { ref: 'n', values: { username: 'zhaoliu', displayName: '赵六', role: 'CLERK', department: 'CS' } },
          ],
        },
      },
      admin,
    );
    const id = made.data.saveUsers.rows[0].id;
    await login(page(), session.s.url, 'admin');
    await page().click('[data-ledger=user]');
    const cell = page().locator(`[data-test=grid-user] .ag-row[row-id="${id}"] .ag-cell[col-id="username"]`);
    await cell.click();
    const panel = page().locator('[data-test=account-panel]');
    await expect.poll(() => panel.innerText()).toContain('最近登录：从未登录');
    expect(await panel.innerText()).toContain('该用户尚在使用一次性密码');
    expect(await panel.innerText()).not.toContain('您正在使用');
    // 赵六 signs in meanwhile; the panel reads it afresh when the row is focused again
    await session.s.login('zhaoliu', made.data.saveUsers.revealed[0].value);
    await page().locator('[data-test=grid-user] .ag-row[row-index="0"] .ag-cell[col-id="username"]').click();
    await cell.click();
    await expect.poll(() => panel.innerText()).toMatch(/最近登录：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('charts every group of a long grouping, a slider away, and says how many there are', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'quality');
    await page().click('[data-ledger="analysis:quality"]');
    await page().locator('[data-test=group-table]').waitFor();
    await page().fill('[data-test=from]', '2020-01-01');
    await page().selectOption('[data-test=group1]', 'CUSTOMER');
    await page().click('[data-test=search]');
    await expect.poll(() => page().locator('[data-test=group-row]').count()).toBeGreaterThan(15);
    const groups = await page().locator('[data-test=group-row]').count();
    await expect
      .poll(() => page().locator('[data-test=chart-scroll]').innerText())
      .toBe(`共 ${groups} 组，图中一次显示 15 组：拖动图下的滑块或滚动鼠标查看其余`);
    await page().locator('[data-test=chart-scroll]').scrollIntoViewIfNeeded();
    await page().waitForTimeout(300); // the chart's entry animation
    await page().screenshot({ path: 'test-results/analysis-many-groups-1366.png' });
    // 导出 Excel: the same question, answered again, on a cover beside the grouped table
    const { wb } = await downloadedWorkbook(page(), '[data-test=analysis-export]');
    expect(wb.getWorksheet('查询条件')!.getCell('B2').value).toMatch(/^2020-01-01 至 \d{4}-\d{2}-\d{2}（按开单日期）$/);
    expect(wb.getWorksheet('查询条件')!.getCell('B8').value).toBe('客户');
    expect(wb.getWorksheet('返工分析')!.rowCount).toBe(groups + 2);
  });

  it('keeps every menu entry in sight at 1600×900, the audit log included, without scrolling the menu', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'auditor');
    const audit = page().locator('[data-ledger="analysis:audit"]');
    await audit.waitFor();
    const box = (await audit.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(
      await page()
        .locator('.sl-nav')
        .evaluate((n) => n.scrollTop),
    ).toBe(0);
    await page().screenshot({ path: 'test-results/menu-auditor-1600x900.png' });
  });

  it('tells a user signed out by a password reset why, on the sign-in page', async () => {
    await login(page(), session.s.url, 'pmc');
    const admin = await session.s.login('admin');
    const pmc = await session.s.gql<{ users: { edges: Array<{ node: { id: number } }> } }>(
      '{ users(filter: { username: { eq: "pmc" } }) { edges { node { id } } } }',
      {},
      admin,
    );
    await session.s.gql(
      `mutation($id: Int!) { resetPassword(userId: $id) { password } }`,
      { id: pmc.data.users.edges[0].node.id },
      admin,
    );
    await page().click('[data-ledger=reworkOrder]');
    await expect
      .poll(() => page().locator('[data-test=signed-out-because]').innerText())
      .toBe('您的密码已被管理员重置，请用新的一次性密码登录');
    await page().screenshot({ path: 'test-results/signed-out-reset-1366.png' });
  });

  it('shows no raw code in a report, the audit log or a refusal: causes, roles and records in words', async () => {
    const codes = (text: string) =>
      text.match(
        /\b(?:[A-Z]{2,}_[A-Z_]+|QUALITY|CLERK|AUDITOR|PRODUCTION|MANAGER|ADMIN|INVESTIGATING|RECEIVED)\b|\{"/g,
      ) ?? [];
    await login(page(), session.s.url, 'manager');
    await page().click('[data-ledger="analysis:reports"]');
    await page().click('[data-test=generate]');
    await page().locator('[data-test=report-view]').waitFor();
    expect(codes(await page().locator('[data-test=report-view]').innerText())).toEqual([]);
    await login(page(), session.s.url, 'admin');
    await page().click('[data-ledger="analysis:audit"]');
    await page().locator('[data-test=audit-page] .ag-row[row-id]').first().waitFor();
    expect(codes(await page().locator('[data-test=audit-page]').innerText())).toEqual([]);
    // a refusal names the role as people know it
    const refusal = await session.s.gql(`{ verifyAuditChain { ok } }`, {}, await session.s.login('clerk'));
    expect(refusal.errors?.[0].message).toBe('「客服文员」角色无权执行此操作');
  });

  it('reconciles a ledger with the trail from the streamed answer, counting what it checked', async () => {
    await login(page(), session.s.url, 'auditor');
    await page().click('[data-ledger="analysis:audit"]');
    await page().selectOption('[data-test=reconcile-ledger]', 'complaint');
    await page().click('[data-test=reconcile]');
    const result = page().locator('[data-test=reconcile-result]');
    await result.waitFor();
    const q = (x: string) => session.s.ds.driver.escape(x);
    const [all] = await session.s.ds.query(`SELECT COUNT(*) AS n FROM ${q('complaint')}`);
    expect(await result.innerText()).toContain(`已核对 ${all.n} 行`);
    expect(await page().locator('[data-test=reconcile]').innerText()).toBe('与审计记录核对');
  });

  it('splits 我的待办 into the clerk’s own and the role’s pool, folded away, each own list opening only her rows', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    const mine = page().locator('[data-test=mine] [data-mine]');
    await expect.poll(() => mine.count()).toBeGreaterThan(0);
    expect(await page().locator('[data-test=pool]').getAttribute('open')).toBeNull();
    await page().screenshot({ path: 'test-results/home-mine-1366.png' });
    const key = (await mine.first().getAttribute('data-mine'))!;
    const own = Number(await mine.first().locator('b').innerText());
    await mine.first().click();
    await page().locator('[data-test=drill]').waitFor();
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain(`共 ${own} 行`);
    // the same list in the pool holds at least as many
    await page().click('[data-ledger=home]');
    await page().click('[data-test=pool] > summary');
    const pool = Number(await page().locator(`[data-work="${key}"] b`).innerText());
    expect(pool).toBeGreaterThanOrEqual(own);
  });
});
