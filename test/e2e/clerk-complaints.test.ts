import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { focusCell, launch, typedTime } from './browser.js';
import type { Node, Page as Connection } from '../helpers/answers.js';

const CLIENT = path.resolve('dist/client');
let s: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(path.join(CLIENT, 'index.html'))) execSync('npm run build:client', { stdio: 'inherit' });
  s = await startTestServer({ clientDir: CLIENT });
  ({ browser, page } = await launch({ viewport: { width: 1500, height: 900 }, chinese: false }));
});

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

const cell = (rowId: string, col: string) => page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${col}"]`);

async function scrollToEntryRow(): Promise<void> {
  await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="receivedAt"]').click();
  for (let i = 0; i < 60 && !(await page.locator('.ag-row[row-id="blank"]').count()); i++) {
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(120);
  }
  await expect.poll(() => page.locator('.ag-row[row-id="blank"]').count()).toBeGreaterThan(0);
}

async function paste(text: string): Promise<void> {
  await page.evaluate((tsv) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', tsv);
    (document.activeElement ?? document.body).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, text);
}

describe('a clerk enters paper complaints in the grid', () => {
  it('logs in and sees the first rows of the complaint ledger', async () => {
    await page.goto(s.url);
    await page.fill('input[name=username]', 'clerk');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.locator('[data-test=home]').waitFor(); // a sign-in lands on 我的待办
    await page.click('[data-ledger=complaint]');
    await page.locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(() => page.locator('.ag-row').count()).toBeGreaterThan(20);
    await expect.poll(() => page.locator('[data-test=footer]').innerText()).toContain('共 400 行');
  });

  it('pastes three rows from Excel, fixes the cell the server rejected, saves, and finds them after a reload', async () => {
    await scrollToEntryRow();
    await focusCell(page, 'blank', 'receivedAt');
    // column for column as on screen: 服务档案 (filled in by the server) and 受理人 are empty on paper
    const rows = [
      [
        typedTime(6, '09:15'),
        '热线',
        'C0001',
        '否',
        '张伟',
        '13800000001',
        'KY200',
        'KY200-E2E01',
        '',
        '',
        '申诉',
        '产品质量',
        'e2e-粘贴-1 设备异响',
        '直接/本部门处理（24小时）',
      ],
      [
        typedTime(6, '10:30'),
        '电话',
        'C9999',
        '否',
        '李娜',
        '13800000002',
        'LG50',
        'LG50-E2E02',
        '',
        '',
        '索赔',
        '产品质量',
        '"e2e-粘贴-2 露点偏高\n客户要求赔偿"',
        '跨地区（4个工作日）',
      ],
      [
        typedTime(5, '14:00'),
        '电子邮件',
        'C0003',
        '否',
        '王强',
        '13800000003',
        'BP75',
        'BP75-E2E03',
        '',
        '',
        '非质量抱怨',
        '服务态度',
        'e2e-粘贴-3 工程师迟到',
        '一般投诉（3个工作日）', // 服务态度 is a general complaint (complaint-handling-procedures 第十条)
      ],
    ];
    await paste(rows.map((r) => r.join('\t')).join('\r\n'));
    await expect.poll(() => page.locator('[data-test=save]').innerText()).toMatch(/保存 \d+ 处修改/);
    await page.click('[data-test=save]');
    await expect.poll(() => page.locator('.sl-error').count()).toBe(1);
    const bad = page.locator('.sl-error');
    expect(await bad.getAttribute('col-id')).toBe('customer');
    expect(await bad.innerText()).toBe('C9999');
    expect(
      Number(
        (
          await s.gql<{ complaints: Connection }>(
            `{ complaints(filter: { serialNo: { contains: "E2E" } }) { totalCount } }`,
            {},
            await s.login('clerk'),
          )
        ).data.complaints.totalCount,
      ),
    ).toBe(0);

    await bad.click();
    await page.keyboard.type('C0002');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sl-error').count()).toBe(0);
    await page.click('[data-test=save]');
    await expect.poll(() => page.locator('[data-test=message]').innerText()).toContain('已保存 3 行');

    const saved = await s.gql<{
      complaints: Connection<
        Node & { complaintNo: string; description: string; status: string; customer: { code: string } }
      >;
    }>(
      `{ complaints(filter: { serialNo: { contains: "E2E" } }, orderBy: [{ field: receivedAt }]) { edges { node { id complaintNo description customer { code } status } } } }`,
      {},
      await s.login('clerk'),
    );
    const nodes = saved.data.complaints.edges.map((e) => e.node);
    expect(nodes.map((n) => n.customer.code)).toEqual(['C0001', 'C0002', 'C0003']);
    expect(nodes[1].description).toBe('e2e-粘贴-2 露点偏高\n客户要求赔偿');
    expect(nodes.every((n) => n.status === 'RECEIVED' && /^TS-\d{4}-\d{6}$/.test(n.complaintNo))).toBe(true);

    await page.reload();
    await page.locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    // newest first: complaints received last week are near the top
    const id = String(nodes[1].id);
    // a customer reads by its name; the code is in the tooltip
    const c2 = (
      await s.gql<{ customers: { edges: Array<{ node: { name: string } }> } }>(
        `{ customers(filter: { code: { eq: "C0002" } }) { edges { node { name } } } }`,
        {},
        await s.login('clerk'),
      )
    ).data.customers.edges[0].node.name;
    await expect.poll(() => cell(id, 'customer').innerText()).toBe(c2);
    await expect.poll(() => cell(id, 'complaintNo').innerText()).toBe(nodes[1].complaintNo);

    await cell(id, 'customer').click();
    // the rejected batch wrote nothing, so the trail starts with the corrected value, shown as the code typed
    await expect.poll(() => page.locator('[data-test=history]').innerText()).toContain('∅ → C0002');
    await page.screenshot({ path: 'test-results/clerk-complaints.png' });
  });

  it('keeps unsaved edits across a reload, undoes and discards them', async () => {
    await page.reload();
    await page.locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    const first = page.locator('.ag-row[row-index="0"][row-id]');
    await first.waitFor();
    const rowId = await first.getAttribute('row-id');
    const original = await cell(rowId!, 'contactName').innerText();
    await cell(rowId!, 'contactName').click();
    await page.keyboard.press('F2'); // Chinese comes through the IME, so open the editor first
    await page.keyboard.press('Control+a');
    await page.keyboard.type('未保存的备注');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-test=footer]').innerText()).toContain('未保存 1');
    await page.reload();
    await page.locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(() => cell(rowId!, 'contactName').innerText()).toBe('未保存的备注');
    expect(await cell(rowId!, 'contactName').getAttribute('class')).toContain('sl-dirty');
    await cell(rowId!, 'contactName').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('第二次');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(rowId!, 'contactName').innerText()).toBe('第二次');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(rowId!, 'contactName').innerText()).toBe('未保存的备注');
    await page.click('[data-test=discard]'); // asks first: this row, or all
    await page.click('[data-test=discard-all]');
    await expect.poll(() => cell(rowId!, 'contactName').innerText()).toBe(original);
    await expect.poll(() => page.locator('[data-test=footer]').innerText()).toContain('未保存 0');
  });
});
