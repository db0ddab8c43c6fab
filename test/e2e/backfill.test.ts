import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, paste } from './browser.js';

// 补录: the paper backlog typed in by a clerk — three 2024 complaints with their real dates and
// outcome, marked, not overdue, and no current figure moves; a month whose report was frozen takes one
// only from someone who makes reports, who confirms that the report is generated again
const session = demoInBrowser();
const page = (): Page => session.page;
const footer = () => page().locator('[data-test=footer]').innerText();
const message = () => page().locator('[data-test=message]').innerText();

async function openComplaints(): Promise<void> {
  await page().click('[data-ledger=complaint]');
  await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
  await expect.poll(() => footer()).toMatch(/共 \d+ 行/);
}

const HEADER = [
  '补录',
  '受理时间',
  '投诉渠道',
  '客户',
  '投诉类型',
  '投诉内容',
  '处理范围',
  '对策单位',
  '受理人',
  '确认时间',
  '答复时间',
  '结案时间',
  '状态',
  '处理结果',
];
/** A line of the paper ledger as a clerk copies it into Excel: names, not codes; dates as written. */
const paperLine = (customer: string, day: string, what: string, status = '已结案') => [
  '是',
  `${day} 09:00`,
  '信函',
  customer,
  '申诉',
  what,
  '直接/本部门处理（24小时）',
  '客户服务部',
  '张敏',
  `${day} 09:30`,
  `${day} 15:00`,
  `${day} 17:00`,
  status,
  '已更换配件，客户认可',
];

type Totals = { received: number; closed: number; overdueOpen: number; escalated: number };
async function figures() {
  const quality = await session.s.login('quality');
  const clerk = await session.s.login('clerk');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const kpi = await session.s.gql<{ complaintKpis: { totals: Totals } }>(
    `query($t: LocalDate!) { complaintKpis(from: "2025-01-01", to: $t) { totals { received closed overdueOpen escalated } } }`,
    { t: today },
    quality,
  );
  const work = await session.s.gql<{ myWork: Array<{ key: string; count: number }> }>(
    `{ myWork { key count } }`,
    {},
    clerk,
  );
  return { kpi: kpi.data.complaintKpis.totals, work: work.data.myWork };
}
const focusedCol = () => page().evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'));
/** 补录 puts the focus on the first cell of a new row marked 补录. */
async function newBackfillRow(): Promise<void> {
  await page().click('[data-test=add-backfill]');
  // the new row is at the end: its block is read first, then the focus lands (CI once took over 1 s)
  await expect.poll(focusedCol, { timeout: 5_000 }).toBe('receivedAt');
}
const firstRowCell = (col: string) => page().locator(`.ag-row[row-index="0"] .ag-cell[col-id="${col}"]`);

describe('补录: entering the paper backlog', () => {
  it('a clerk pastes three 2024 paper complaints as 补录: saved with their dates, shown as 补录, and no current figure moves', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    const before = await figures();
    const clerk = await session.s.login('clerk');
    const names = (
      await session.s.gql<{ customers: { edges: Array<{ node: { name: string } }> } }>(
        `{ customers(first: 3, orderBy: [{ field: code }]) { edges { node { name } } } }`,
        {},
        clerk,
      )
    ).data.customers.edges.map((e) => e.node.name);
    await newBackfillRow();
    await paste(page(), [
      HEADER,
      paperLine(names[0], '2024-03-05', '补录-1 印刷套色不准'),
      paperLine(names[1], '2024-04-16', '补录-2 送纸卡滞'),
      paperLine(names[2], '2024-05-20', '补录-3 电机过热'),
    ]);
    await page().screenshot({ path: 'test-results/backfill-pasted.png' });
    await page().keyboard.press('Control+s');
    await expect.poll(message).toContain('已保存 3 行');

    const saved = (
      await session.s.gql<{
        complaints: {
          edges: Array<{
            node: {
              complaintNo: string;
              status: string;
              backfilled: boolean;
              escalated: boolean;
              receiver: string;
              overdue: boolean;
            };
          }>;
        };
      }>(
        `{ complaints(first: 5, filter: { description: { contains: "补录-" } }, orderBy: [{ field: receivedAt }]) { edges { node { complaintNo status backfilled escalated receiver overdue } } } }`,
        {},
        clerk,
      )
    ).data.complaints.edges.map((e) => e.node);
    expect(
      saved.map((n) => [n.complaintNo.slice(0, 8), n.status, n.backfilled, n.escalated, n.receiver, n.overdue]),
    ).toEqual(Array(3).fill(['TS-2024-', 'CLOSED', true, false, '张敏', false]));
    // the grid marks them where a deadline would count down
    await page().locator('[data-test=find]').fill(saved[0].complaintNo);
    await page().locator('[data-test=find]').press('Enter');
    await expect.poll(() => firstRowCell('complaintNo').innerText()).toBe(saved[0].complaintNo);
    expect(await firstRowCell('__left').innerText()).toBe('补录');
    await page().screenshot({ path: 'test-results/backfill-1366.png' });
    expect(await figures()).toEqual(before);
  });

  for (const [width, height] of [
    [1600, 900],
    [1366, 768],
  ]) {
    it(`at ${width}×${height}, into a month whose report was frozen: the clerk is told who may; quality confirms by keyboard and the report is generated again`, async () => {
      const month = width === 1600 ? '2024-06' : '2024-07';
      const quality = await session.s.login('quality');
      await session.s.gql(
        `mutation($m: String!) { generateMonthlyReport(month: $m) { version } }`,
        { m: month },
        quality,
      );
      await page().setViewportSize({ width, height });
      const line = paperLine('', `${month}-11`, `补录-${month} 控制面板失灵`);
      line[3] = (
        await session.s.gql<{ customers: { edges: Array<{ node: { name: string } }> } }>(
          `{ customers(first: 1) { edges { node { name } } } }`,
          {},
          quality,
        )
      ).data.customers.edges[0].node.name;

      await login(page(), session.s.url, 'clerk');
      await openComplaints();
      await newBackfillRow();
      await paste(page(), [HEADER, line]);
      await page().keyboard.press('Control+s');
      await expect.poll(footer).toContain('错误 1');
      await page().keyboard.press('F8');
      await expect
        .poll(message)
        .toContain(
          `补录会改变已定稿的${Number(month.slice(0, 4))}年${Number(month.slice(5))}月月报（第1版）；请由品质部、总经理室或管理员补录并重新生成新版本`,
        );
      expect(await page().locator('[data-test=confirm-form]').count()).toBe(0);
      await page().keyboard.press('Control+Delete'); // not hers to enter: the row goes
      await expect.poll(footer).toContain('错误 0');

      await login(page(), session.s.url, 'quality');
      await openComplaints();
      await newBackfillRow(); // marked 补录 already
      await paste(page(), [HEADER.slice(1), line.slice(1)]);
      await page().keyboard.press('Control+s');
      const ask = page().locator('[data-test=confirm-form]');
      await expect.poll(() => ask.innerText()).toContain('确认后保存并重新生成新版本');
      expect(await page().evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('confirm-save');
      await page().screenshot({ path: `test-results/backfill-confirm-${width}.png` });
      await page().keyboard.press('Enter');
      await expect.poll(message).toContain('已保存 1 行');
      const versions = (
        await session.s.gql<{ monthlyReports: Array<{ period: string; version: number }> }>(
          `{ monthlyReports(year: 2024) { period version } }`,
          {},
          quality,
        )
      ).data.monthlyReports;
      expect(versions.filter((r) => r.period === month).map((r) => r.version)).toEqual([2, 1]);
    });
  }
});
