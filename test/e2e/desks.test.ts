import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, downloadedWorkbook, login, openWork, paste } from './browser.js';

// Each role's home holds the work it does (not every figure it may read), every list of work opens
// with the most overdue first, and the pages around the figures keep up: 投诉指标 exports what it
// shows, the as-of view counts its rows.
const session = demoInBrowser();
const page = (): Page => session.page;
const panels = async () =>
  page()
    .locator('[data-panel]')
    .evaluateAll((e) => e.map((x) => x.getAttribute('data-panel')));
/** The row ids of the open grid, top down (a row is drawn once in each pinned part: counted once). */
const rowIds = () =>
  page()
    .locator('[data-test^=grid-] .ag-row[row-id]')
    .evaluateAll((rows) => {
      const at = new Map(rows.map((r) => [r.getAttribute('row-id')!, Number(r.getAttribute('row-index'))]));
      return [...at.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    });
/** The open complaint grid shows its saved rows by their deadline, the earliest first. */
async function expectMostOverdueFirst(): Promise<void> {
  const saved = async () => (await rowIds()).filter((id) => /^\d+$/.test(id)); // not the blank row to type into
  await expect.poll(() => saved().then((r) => r.length)).toBeGreaterThan(1);
  const ids = await saved();
  const r = await session.s.gql<{ complaints: { edges: Array<{ node: { id: string; dueAt: string } }> } }>(
    `query($f: ComplaintFilter) { complaints(filter: $f, first: 500) { edges { node { id dueAt } } } }`,
    { f: { id: { in: ids.map(Number) } } },
    await session.s.login('clerk'),
  );
  expect(r.errors).toBeUndefined();
  const due = new Map(r.data.complaints.edges.map(({ node: c }) => [String(c.id), c.dueAt]));
  const shown = ids.map((id) => due.get(id)!);
  expect(shown).toEqual([...shown].sort());
}
const work = async () =>
  page()
    .locator('[data-work]')
    .evaluateAll((e) => e.map((x) => x.getAttribute('data-work')));

describe('a desk for each role', () => {
  it('shows each role the panels of its own work only; the administrator a setup checklist, not the departments’ lists', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await expect.poll(panels).toEqual(['inspections', 'callbacks', 'satisfaction']);
    await page().screenshot({ path: 'test-results/desk-clerk-1366.png' });

    await login(page(), session.s.url, 'quality');
    await expect.poll(panels).toEqual(['inspections', 'satisfaction', 'serious']);
    await page().locator('[data-test=pool]').waitFor();
    // the clerks' steps (待确认, 待答复, callbacks) are not on quality's desk; its inspections are
    const quality = await work();
    expect(quality.filter((k) => /acknowledge|respond|recordCallback|^callback\./.test(k!))).toEqual([]);
    expect(quality.length).toBeGreaterThan(0);

    for (const who of ['pmc', 'production']) {
      await login(page(), session.s.url, who);
      await page().locator('[data-test=pool]').waitFor();
      expect(await panels(), who).toEqual([]);
    }
    await page().screenshot({ path: 'test-results/desk-production-1366.png' });

    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'admin');
    await expect.poll(panels).toEqual(['setup', 'login-locks']);
    await page().locator('[data-setup=calendar]').waitFor();
    expect((await work()).filter((k) => k!.startsWith('complaint.') || k!.startsWith('reworkOrder.'))).toEqual([]);
    await page().screenshot({ path: 'test-results/desk-admin-1600.png' });
  });

  it('opens every list of work with the most overdue first', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await openWork(page(), 'complaint.overdue');
    await expectMostOverdueFirst();
    // the list to acknowledge has no deadline of its own beyond the complaint's: the same order
    await page().click('[data-ledger=home]');
    await openWork(page(), 'complaint.acknowledge');
    await page().locator('[data-test=drill]').waitFor();
    await expectMostOverdueFirst();
    await page().screenshot({ path: 'test-results/work-oldest-first-1366.png' });
  });
});

describe('the pages around the figures', () => {
  it('exports 投诉指标 as shown: the period on a cover, the totals, by month, by department and by cause, in words', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'quality');
    await page().click('[data-ledger="analysis:kpis"]');
    await page().locator('[data-test=card-received]').waitFor();
    await page().fill('[data-test=from]', '2025-01-01');
    await page().fill('[data-test=to]', '2025-12-31');
    await page().click('[data-test=search]');
    await expect.poll(() => page().url()).toContain('from=2025-01-01');
    const received = Number((await page().locator('[data-test=card-received] b').innerText()).replace(/,/g, ''));
    const { wb, name } = await downloadedWorkbook(page(), '[data-test=analysis-export]');
    expect(name).toMatch(/^投诉指标-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['查询条件', '指标汇总', '按月', '按部门', '按原因']);
    expect(wb.getWorksheet('查询条件')!.getCell('B2').value).toMatch(/^2025-01-01 至 2025-12-31/);
    const total = wb.getWorksheet('指标汇总')!;
    expect(total.getRow(1).values).toContain('受理');
    expect(total.getCell('B2').value).toBe(received);
    expect(wb.getWorksheet('按月')!.rowCount).toBe(1 + 12 + 1); // header, the twelve months, 合计
    const causes = wb
      .getWorksheet('按原因')!
      .getColumn(1)
      .values.slice(2)
      .map((v) => String(v));
    expect(causes.length).toBeGreaterThan(2);
    for (const c of causes) expect(c).toMatch(/[\u4e00-\u9fff]/); // 质量问题, not QUALITY
  });

  it('counts the rows of a ledger as it stood at a moment, and shows its times whole', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'auditor');
    await page().click('[data-ledger=complaint]');
    await page().locator('[data-test=grid-complaint] .ag-row[row-id]').first().waitFor();
    const live = Number(
      /共 ([\d,]+) 行/.exec(await page().locator('[data-test=footer]').innerText())![1].replace(/,/g, ''),
    );
    // the trail holds the demo data from when it was loaded: a moment since then (China time)
    const at = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19);
    await page().fill('[data-test=asof-at]', at);
    await page().click('[data-test=asof-show]');
    await expect.poll(() => page().locator('[data-test=asof-count]').innerText()).toMatch(/^共 [\d,]+ 行$/);
    const then = Number(
      /共 ([\d,]+) 行/.exec(await page().locator('[data-test=asof-count]').innerText())![1].replace(/,/g, ''),
    );
    expect(then).toBeGreaterThan(0);
    expect(then).toBeGreaterThanOrEqual(live); // the live ledger hides what was voided; the moment shows it marked
    const received = page().locator('[data-test=asof-grid] .ag-row .ag-cell[col-id=receivedAt]').first();
    await expect.poll(() => received.innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/);
    // the whole time in sight: the cell is not cut off
    expect(await received.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    await page().screenshot({ path: 'test-results/as-of-count-1366.png' });
  });

  it('shows an import’s progress: the upload, then each step the server takes, and nothing clickable twice', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=customer]');
    await page().locator('[data-test=grid-customer] .ag-row[row-id]').first().waitFor();
    await page().click('[data-test=import]');
    // every text the progress line shows, as it changes
    await page().evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-test=import-progress]')?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const lines = Array.from({ length: 400 }, (_, i) => `JD${String(i).padStart(3, '0')},进度测试客户${i},一般客户`);
    await page()
      .locator('[data-test=import-file]')
      .setInputFiles({
        name: '客户名录.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`客户编号,客户名称,客户类别\r\n${lines.join('\r\n')}\r\n`),
      });
    await expect
      .poll(() => page().locator('[data-test=import-summary]').innerText())
      .toContain('检查通过：400 行可以导入');
    const seen = await page().evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(
      seen.some((t) => /^正在上传：\d+%$/.test(t) || /^已读取文件：400 行|^正在检查 400 行/.test(t)),
      seen.join(' / '),
    ).toBe(true);
    await page().click('[data-test=import-apply]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已导入 400 行');
    const all = await page().evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(all.filter((t) => /^(已读取文件|正在检查|正在写入)/.test(t)).length, all.join(' / ')).toBeGreaterThan(0);
  });

  // last in the file: it changes the clerk's password
  it('keeps a clerk’s unsaved edits through a sign-out forced by a password reset, for after she signs in again', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=customer]');
    const name = page().locator('[data-test=grid-customer] .ag-row[row-index="0"] .ag-cell[col-id=name]');
    await name.click();
    await paste(page(), [['上海统一印刷厂（未保存的改名）']]);
    await expect.poll(() => page().locator('[data-test=dirty-count]').innerText()).toBe('未保存 1');

    const admin = await session.s.login('admin');
    const users = await session.s.gql<{ users: { edges: Array<{ node: { id: number } }> } }>(
      '{ users(filter: { username: { eq: "clerk" } }) { edges { node { id } } } }',
      {},
      admin,
    );
    const reset = await session.s.gql<{ resetPassword: { password: string } }>(
      `mutation($id: Int!) { resetPassword(userId: $id) { password } }`,
      { id: users.data.users.edges[0].node.id },
      admin,
    );
    await page().click('[data-ledger=complaint]');
    await expect
      .poll(() => page().locator('[data-test=signed-out-because]').innerText())
      .toBe('您的密码已被管理员重置，请用新的一次性密码登录');

    const once = reset.data.resetPassword.password;
    await page().fill('input[name=username]', 'clerk');
    await page().fill('input[name=password]', once);
    await page().click('button[type=submit]');
    await page().locator('[data-test=change-password]').waitFor();
    await page().fill('input[name=current]', once);
    await page().fill('input[name=next]', '海内存知己-2026');
    await page().fill('input[name=again]', '海内存知己-2026');
    await page().click('[data-test=change-password] button[type=submit]');
    // back where she was sent away from (投诉台账), then to her unsaved customer
    await expect.poll(() => new URL(page().url()).pathname).toBe('/complaint');
    await page().click('[data-ledger=customer]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toBe('已恢复 1 处未保存的修改');
    await expect.poll(() => name.innerText()).toBe('上海统一印刷厂（未保存的改名）');
    expect(await page().locator('[data-test=dirty-count]').innerText()).toBe('未保存 1');
    await page().screenshot({ path: 'test-results/edits-kept-after-reset-1366.png' });
  });
});
