import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, openWork, paste } from './browser.js';

// The improvement loop as its people walk it: quality issues a 整改通知单 from a complaint in the grid,
// 生产部 finds it on its desk and reports, quality verifies; 生产部 writes its own countermeasure.
const session = demoInBrowser();
const page = (): Page => session.page;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
const grid = (ledger: string) => page().locator(`[data-test=grid-${ledger}]`);

async function api<T>(query: string, who = 'quality'): Promise<T> {
  return (await session.s.gql<T>(query, {}, await session.s.login(who))).data;
}

type Rect = { status: string; report: string | null; reportedBy: string | null; verifiedBy: string | null };
const rectification = async (problem: string) =>
  (
    await api<{ rectifications: { edges: Array<{ node: Rect }> } }>(
      `{ rectifications(filter: { problem: { eq: "${problem}" } }) { edges { node { status report reportedBy verifiedBy } } } }`,
    )
  ).rectifications.edges[0]?.node;

/** Arrow keys from the focused cell to a column further right, as a clerk moves: the grid scrolls along. */
async function arrowTo(ledger: string, col: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await grid(ledger).locator(`.ag-cell-focus[col-id="${col}"]`).count()) > 0) return;
    await page().keyboard.press('ArrowRight');
  }
  throw new Error(`column ${col} not reached`);
}

async function runAction(action: string, fill: Record<string, string>): Promise<void> {
  await page().click(`[data-action=${action}]`);
  for (const [name, value] of Object.entries(fill)) await page().fill(`[data-test=actions] input[name=${name}]`, value);
  await page().click('[data-test=actions] button[type=submit]');
}

describe('整改通知单 in the browser', () => {
  for (const [width, height] of [
    [1600, 900],
    [1366, 768],
  ]) {
    it(`at ${width}×${height}: quality issues one from a complaint, 生产部 reports from its desk, quality verifies`, async () => {
      await page().setViewportSize({ width, height });
      const complaintNo = (
        await api<{ complaints: { edges: Array<{ node: { complaintNo: string } }> } }>(
          '{ complaints(first: 1, orderBy: [{ field: receivedAt, direction: DESC }]) { edges { node { complaintNo } } } }',
        )
      ).complaints.edges[0].node.complaintNo;
      const problem = `纸箱在运输中压坏（${width}）`;

      await login(page(), session.s.url, 'quality');
      await page().click('[data-ledger=rectification]');
      await page().locator('.ag-header-cell-text', { hasText: '整改单号' }).waitFor();
      await page().click('[data-test=add-row]');
      await paste(page(), [
        ['来源', '来源投诉', '整改部门', '存在问题', '整改要求', '整改期限'],
        ['投诉', complaintNo, '生产部', problem, '改进包装防护，提交整改报告', day(10)],
      ]);
      await page().click('[data-test=save]');
      await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
      await page().screenshot({ path: `test-results/rectification-issued-${width}.png` });
      expect(await rectification(problem)).toMatchObject({ status: 'ISSUED' });

      await login(page(), session.s.url, 'production');
      await openWork(page(), 'rectification.report');
      const row = grid('rectification').locator('.ag-row', { hasText: problem });
      await row.locator('.ag-cell[col-id="problem"]').click();
      await runAction('report', { report: '外箱改用五层瓦楞纸，四角加护角，试运 3 批无破损' });
      await expect
        .poll(() => rectification(problem))
        .toMatchObject({ status: 'REPORTED', reportedBy: '赵强（生产部）' });
      // the department neither verifies its own report nor adds notices
      await expect.poll(() => page().locator('[data-action=verify]').count()).toBe(0);
      expect(await page().locator('[data-test=add-row]').count()).toBe(0);
      await page().screenshot({ path: `test-results/rectification-reported-${width}.png` });

      await login(page(), session.s.url, 'quality');
      await openWork(page(), 'rectification.verify');
      await grid('rectification')
        .locator('.ag-row', { hasText: problem })
        .locator('.ag-cell[col-id="problem"]')
        .click();
      await runAction('verify', { note: '抽查两周无破损' });
      await expect.poll(() => rectification(problem)).toMatchObject({ status: 'CLOSED', verifiedBy: '陈刚（品质部）' });
    });
  }

  it('生产部 types the countermeasure of a complaint routed to it, by keyboard, and nothing else of it', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    const clerk = await session.s.login('clerk');
    const made = await session.s.gql<{
      saveComplaints: { rows: Array<{ id: number; version: number; complaintNo: string }> };
    }>(
      `mutation($i: SaveComplaintInput!) { saveComplaints(input: $i) { rows { id version complaintNo } } }`,
      {
        i: {
          creates: [
            {
              ref: 'c',
              values: {
                receivedAt: new Date().toISOString(),
                channel: 'HOTLINE',
                customer: 'C0003',
                kind: 'APPEAL',
                causeCategory: 'QUALITY',
                description: '控制板虚焊',
                handlingScope: 'DEPARTMENT',
                responsibleDept: '生产部',
              },
            },
          ],
        },
      },
      clerk,
    );
    let c = made.data.saveComplaints.rows[0];
    for (const m of ['acknowledgeComplaint', 'startComplaintInvestigation'])
      c = {
        ...c,
        ...(
          await session.s.gql<Record<string, { version: number }>>(
            `mutation($id: Int!, $v: Int!) { ${m}(id: $id, version: $v) { version } }`,
            { id: c.id, v: c.version },
            clerk,
          )
        ).data[m],
      };

    await login(page(), session.s.url, 'production');
    await openWork(page(), 'complaint.recordCountermeasure');
    const cell = (col: string) => grid('complaint').locator(`.ag-row[row-id="${c.id}"] .ag-cell[col-id="${col}"]`);
    await cell('complaintNo').waitFor();
    // no entry row: 生产部 adds no complaints
    expect(await page().locator('[data-test=add-row]').count()).toBe(0);
    await cell('complaintNo').click();
    await arrowTo('complaint', 'rootCause');
    await page().keyboard.press('F2');
    await page().keyboard.insertText('回流焊温度偏低');
    await page().keyboard.press('Enter');
    await arrowTo('complaint', 'result');
    await page().keyboard.press('F2');
    await page().keyboard.insertText('不应写入');
    await page().keyboard.press('Enter');
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    await page().screenshot({ path: 'test-results/department-countermeasure-1366.png' });
    const saved = (
      await api<{ complaint: { rootCause: string | null; result: string | null } }>(
        `{ complaint(id: ${c.id}) { rootCause result } }`,
        'clerk',
      )
    ).complaint;
    expect(saved).toEqual({ rootCause: '回流焊温度偏低', result: null });
  });
});
