import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, paste, openWork } from './browser.js';

const session = demoInBrowser();

describe('the administrator in the browser', () => {
  it('creates a user, who signs in with the one-time password, must change it, and then works', async () => {
    const { s, page } = session;
    await login(page, s.url, 'admin');
    await page.click('[data-ledger=user]');
    const grid = page.locator('[data-test=grid-user]');
    await grid.locator('.ag-row[row-id="blank"] .ag-cell[col-id="username"]').click();
    await paste(page, [['zhaoliu', '赵六', '客服文员', 'CS']]);
    await page.click('[data-test=save]');
    const revealed = page.locator('[data-test=revealed]');
    await expect.poll(() => revealed.innerText()).toContain('用户 zhaoliu 的一次性密码');
    const password = (await revealed.locator('code').innerText()).trim();
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
    await page.screenshot({ path: 'test-results/admin-new-user.png' });
    await page.click('[data-test=revealed-dismiss]');
    expect(await revealed.count()).toBe(0);

    await page.click('[data-test=logout]');
    await page.fill('input[name=username]', 'zhaoliu');
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    const form = page.locator('[data-test=change-password]');
    await form.waitFor();
    await page.fill('input[name=current]', password);
    await page.fill('input[name=next]', 'password123');
    await page.fill('input[name=again]', 'password123');
    await page.click('[data-test=change-password] button[type=submit]');
    await expect.poll(() => page.locator('[data-test=change-password-error]').innerText()).toContain('新密码');
    await page.screenshot({ path: 'test-results/change-password.png' });
    await page.fill('input[name=next]', '长风破浪会有时-2026');
    await page.fill('input[name=again]', '长风破浪会有时-2026');
    await page.click('[data-test=change-password] button[type=submit]');
    await page.locator('[data-test=home]').waitFor(); // lands on 我的待办
    await expect.poll(() => page.locator('[data-work]').count()).toBeGreaterThan(0);
    await page.click('[data-ledger=complaint]');
    await expect.poll(() => page.locator('[data-test=footer]').innerText()).toMatch(/共 \d+ 行/);
  });
});

describe("the administrator's 上线准备", () => {
  it('lists on the home page what the ledgers need, each with what is there or who fills it', async () => {
    const { s, page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, s.url, 'admin');
    const panel = page.locator('[data-panel=setup]');
    await expect.poll(() => panel.innerText()).toContain('上线准备');
    expect(await panel.locator('[data-setup=productModels]').innerText()).toMatch(/✓\s*产品型号\s*\d+ 个型号/);
    expect(await panel.locator('[data-setup=auditKey]').innerText()).toContain('审计密钥');
    await panel.screenshot({ path: 'test-results/setup-checklist.png' });
    await page.setViewportSize({ width: 1600, height: 1000 });
  });
});

describe('the general manager in the browser', () => {
  it('sees last month’s serious complaints on the home page, and approves a notice someone else proposed', async () => {
    const { s, page } = session;
    await login(page, s.url, 'manager');
    await page.locator('[data-test=home]').waitFor();
    const serious = await s.gql<{ seriousComplaintsWithoutNotice: Array<{ id: number }> }>(
      `{ seriousComplaintsWithoutNotice { id } }`,
      {},
      await s.login('manager'),
    );
    const n = serious.data.seriousComplaintsWithoutNotice.length;
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-work="notice.seriousWithout"]').textContent()).toContain(`${n}`);
    await page.screenshot({ path: 'test-results/home-manager.png' });
    await openWork(page, 'rewardPenaltyNotice.approve');
    const grid = page.locator('[data-test=grid-rewardPenaltyNotice]');
    const first = grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="noticeNo"]');
    await expect.poll(() => first.innerText()).toMatch(/^JF-/);
    const no = (await first.innerText()).trim();
    await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="reason"]').click();
    await page.click('[data-action=approve]');
    const note = page.locator('[data-test=actions] input[name=note]');
    if (await note.count()) {
      await note.fill('同意');
      await page.click('[data-test=actions] button[type=submit]');
    }
    const status = async () =>
      (
        await s.gql<{ rewardPenaltyNotices: { edges: Array<{ node: { status: string; approver: string } }> } }>(
          `query($no: String) { rewardPenaltyNotices(filter: { noticeNo: { eq: $no } }) { edges { node { status approver } } } }`,
          { no },
          await s.login('manager'),
        )
      ).data.rewardPenaltyNotices.edges[0].node;
    await expect.poll(status).toEqual({ status: 'APPROVED', approver: '刘总（总经理室）' });
  });
});

describe('a complaint proposal in the browser', () => {
  it('is sent back by the general manager, redone by the clerk, and approved', async () => {
    const { s, page } = session;
    const clerk = await s.login('clerk');
    const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field message } rows { id version complaintNo } } }`;
    const made = await s.gql<{ saveComplaints: { rows: Array<{ id: number; version: number; complaintNo: string }> } }>(
      SAVE,
      {
        input: {
          creates: [
            {
              ref: 'p',
              values: {
                receivedAt: new Date().toISOString(),
                channel: 'PHONE',
                customer: 'C0003',
                kind: 'NON_QUALITY',
                description: '发票开具错误',
                handlingScope: 'GENERAL',
                responsibleDept: '客户服务部',
              },
            },
          ],
        },
      },
      clerk,
    );
    let c = made.data.saveComplaints.rows[0];
    const cmd = async (m: string, extra = '') =>
      (c = (
        await s.gql<Record<string, typeof c>>(
          `mutation($id: Int!, $v: Int!) { ${m}(id: $id, version: $v${extra}) { id version complaintNo } }`,
          { id: c.id, v: c.version },
          clerk,
        )
      ).data[m]);
    await cmd('acknowledgeComplaint');
    await cmd('startComplaintInvestigation');
    const edit = async (result: string) => {
      const r = await s.gql<{ saveComplaints: { rows: Array<{ version: number }> } }>(
        SAVE,
        { input: { updates: [{ id: c.id, version: c.version, values: { result } }] } },
        clerk,
      );
      c = { ...c, version: r.data.saveComplaints.rows[0].version };
    };
    await edit('重开发票');

    await login(page, s.url, 'manager');
    await openWork(page, 'complaint.approveProposal');
    const grid = page.locator('[data-test=grid-complaint]');
    const row = grid.locator('.ag-row', { hasText: c.complaintNo }).locator('.ag-cell[col-id="complaintNo"]');
    await row.click();
    await page.click('[data-action=sendBackProposal]');
    await page.fill('[data-test=actions] input[name=reason]', '请写明重开发票的日期');
    await page.click('[data-test=actions] button[type=submit]');
    const status = async () =>
      (
        await s.gql<{
          complaint: { status: string; sendBackReason: string | null; proposalApprovedBy: string | null };
        }>(`query($id: Int!) { complaint(id: $id) { status sendBackReason proposalApprovedBy } }`, { id: c.id }, clerk)
      ).data.complaint;
    await expect.poll(status).toMatchObject({ status: 'INVESTIGATING', sendBackReason: '请写明重开发票的日期' });

    c = {
      ...c,
      version: (
        await s.gql<{ complaint: { version: number } }>(
          `query($id: Int!) { complaint(id: $id) { version } }`,
          { id: c.id },
          clerk,
        )
      ).data.complaint.version,
    };
    await edit('已于本周五重开发票并快递给客户');
    await page.click('[data-ledger=home]');
    await openWork(page, 'complaint.approveProposal');
    await grid.locator('.ag-row', { hasText: c.complaintNo }).locator('.ag-cell[col-id="complaintNo"]').click();
    await page.click('[data-action=approveProposal]');
    await page.fill('[data-test=actions] input[name=note]', '同意');
    await page.click('[data-test=actions] button[type=submit]');
    await expect.poll(status).toMatchObject({ status: 'APPROVED', proposalApprovedBy: '刘总（总经理室）' });
    await page.screenshot({ path: 'test-results/proposal-approved.png' });
  });
});
