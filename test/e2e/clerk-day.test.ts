import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, paste, typedTime } from './browser.js';

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
const entryRowBox = () =>
  page().evaluate(() => {
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

  for (const [width, height] of [
    [1600, 900],
    [1366, 768],
  ]) {
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
      await expect
        .poll(() => page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index')))
        .toBe('0');
      await page().keyboard.press('Control+Enter');
      await expect
        .poll(() => page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id')))
        .toBe('blank');
    });
  }

  it("Ctrl+S saves what was typed, and does not open the browser's save dialog", async () => {
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
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.getAttribute('data-test')))
      .toBe('void-reason');
    await page().keyboard.press('Escape'); // and Esc closes it
    await expect.poll(() => page().locator('[data-test=void-form]').count()).toBe(0);
  });

  it('按编号查找 finds a number typed in part or in lower case, and says when nothing has it', async () => {
    const any = await session.s.gql<{ complaints: { edges: Array<{ node: { complaintNo: string } }> } }>(
      `{ complaints(first: 1) { edges { node { complaintNo } } } }`,
      {},
      await session.s.login('clerk'),
    );
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

  it('the journey: 10 rows pasted from Excel naming customers and departments by name, every error marked in one round, fixed by keyboard, saved, printed with names', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    const clerk = await session.s.login('clerk');
    const customers = (
      await session.s.gql<{ customers: { edges: Array<{ node: { code: string; name: string } }> } }>(
        `{ customers(first: 10, orderBy: [{ field: code }]) { edges { node { code name } } } }`,
        {},
        clerk,
      )
    ).data.customers.edges.map((e) => e.node);
    const rows = customers.map((c, i) => [
      typedTime(2, `${String(8 + i).padStart(2, '0')}:10`),
      '电话',
      c.name,
      '申诉',
      `旅程-${i + 1} 设备异响`,
      '一般投诉（3个工作日）',
      i % 2 ? '客户服务部' : '品质部',
    ]);
    rows[2][5] = '加急'; // not a handling scope: the client's own check
    rows[4][2] = '不存在的机械有限公司'; // no such customer: the server's check
    rows[6][1] = '飞鸽传书'; // not a channel: the client's
    rows[8][6] = '不存在部'; // no such department: the server's
    await page().click('[data-test=add-row]');
    await paste(page(), [['受理时间', '投诉渠道', '客户', '投诉类型', '投诉内容', '处理范围', '对策单位'], ...rows]);
    await page().click('[data-test=save]');
    // one round: the client's two and the server's two, all at once
    await expect.poll(() => page().locator('[data-test=footer]').innerText()).toContain('错误 4');
    await page().screenshot({ path: 'test-results/journey-errors.png' });
    // F8 walks them in grid order; each is fixed where it stands, by keyboard (a paste is Ctrl+V)
    const fixes: Record<string, string> = {
      handlingScope: '一般投诉（3个工作日）',
      customer: customers[4].code,
      channel: '热线',
      responsibleDept: '客户服务部',
    };
    for (let i = 0; i < 4; i++) {
      await page().keyboard.press('F8');
      const col = await page().evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'));
      expect(Object.keys(fixes)).toContain(col);
      await paste(page(), [[fixes[col!]]]);
      // the fixed cell leaves the errors before F8 looks for the next (under load it was found again)
      await expect.poll(() => footer()).toContain(`错误 ${3 - i}`);
    }
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 10 行');
    const saved = (
      await session.s.gql<{
        complaints: {
          edges: Array<{
            node: {
              complaintNo: string;
              customer: { code: string };
              responsibleDept: { name: string } | null;
              anonymous: boolean;
            };
          }>;
        };
      }>(
        `{ complaints(first: 20, filter: { description: { contains: "旅程-" } }, orderBy: [{ field: receivedAt }]) { edges { node { complaintNo anonymous customer { code } responsibleDept { name } } } } }`,
        {},
        clerk,
      )
    ).data.complaints.edges.map((e) => e.node);
    expect(saved.map((n) => n.customer.code)).toEqual(customers.map((c) => c.code));
    expect(saved.every((n) => n.anonymous === false)).toBe(true); // 匿名 否 unless said
    expect(saved[8].responsibleDept?.name).toBe('客户服务部');

    // the grid shows the customer by name; the 联络单 prints names, not codes
    await page().locator('[data-test=find]').fill(saved[4].complaintNo);
    await page().locator('[data-test=find]').press('Enter');
    const first = page().locator('.ag-row[row-index="0"] .ag-cell[col-id="complaintNo"]');
    await expect.poll(() => first.innerText()).toBe(saved[4].complaintNo);
    await first.click();
    await page().keyboard.press('ArrowRight'); // 受理时间: back to the left after F8 took the grid to 对策单位
    await expect
      .poll(() => page().locator('.ag-row[row-index="0"] .ag-cell[col-id="customer"]').innerText())
      .toBe(customers[4].name);
    await first.click();
    await page().click('[data-test=print]');
    const form = page().locator('[data-test=paper-form]').first();
    await expect.poll(() => form.innerText()).toContain(customers[4].name);
    expect(await form.innerText()).not.toContain(customers[4].code);
    await page().screenshot({ path: 'test-results/journey-print.png' });
  });

  it("a new row typed by mistake is removed (删除新行, Ctrl+Delete) and never blocks a save; 放弃修改 asks, and can drop one row's edits only", async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    await page().click('[data-test=add-row]');
    // typing starts once the entry row's first cell has the focus (the grid may still be drawing its rows)
    await expect
      .poll(() =>
        page().evaluate(() => {
          const cell = document.activeElement?.closest('.ag-cell');
          return `${cell?.closest('.ag-row')?.getAttribute('row-id')}:${cell?.getAttribute('col-id')}`;
        }),
      )
      .toBe('blank:receivedAt');
    await page().keyboard.type(typedTime(1, '09:00'));
    await page().keyboard.press('Enter');
    await expect.poll(() => footer()).toContain('未保存 3'); // 受理时间, and 匿名 否 and 紧急程度 一般 it starts with
    await page().locator('.ag-row .ag-cell[col-id="__id"]', { hasText: '新' }).first().click();
    await page().keyboard.press('Control+Delete');
    await expect.poll(() => footer()).toContain('未保存 0');
    // two edits on two saved rows; 放弃修改 offers this row only, or all
    await page().keyboard.press('Control+Home');
    for (const i of [0, 1]) {
      await page().locator(`.ag-row[row-index="${i}"] .ag-cell[col-id="contactName"]`).click();
      await page().keyboard.type(`Zhang ${i}`);
      await page().keyboard.press('Enter');
    }
    await expect.poll(() => footer()).toContain('未保存 2');
    await page().locator('.ag-row[row-index="1"] .ag-cell[col-id="contactName"]').click();
    await page().click('[data-test=discard]');
    await page().screenshot({ path: 'test-results/discard-ask.png' });
    await page().click('[data-test=discard-row]');
    await expect.poll(() => footer()).toContain('未保存 1');
    await expect
      .poll(() => page().locator('.ag-row[row-index="0"] .ag-cell[col-id="contactName"]').innerText())
      .toBe('Zhang 0');
    await page().click('[data-test=discard]');
    await page().click('[data-test=discard-all]');
    await expect.poll(() => footer()).toContain('未保存 0');
  });

  it('at 1366 px the side panel folds away for more columns, and stays folded after a reload', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    const columnsInSight = () =>
      page().evaluate(() => {
        const body = document.querySelector('.sl-grid .ag-root-wrapper')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll('.sl-grid .ag-header-cell[col-id]')).filter((h) => {
          const b = h.getBoundingClientRect();
          return b.width > 0 && b.left >= body.left - 1 && b.right <= body.right + 1;
        }).length;
      });
    const before = await columnsInSight();
    await page().click('[data-test=side-toggle]');
    await expect.poll(columnsInSight).toBeGreaterThan(before + 1);
    await page().screenshot({ path: 'test-results/side-folded-1366.png' });
    await page().reload();
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(() => page().locator('[data-test=side-collapsed]').count()).toBe(1);
    await page().click('[data-test=side-toggle]'); // unfolded again for the tests that follow
    await expect.poll(() => page().locator('[data-test=side-collapsed]').count()).toBe(0);
  });

  it('a saved view keeps its one-click filter: 已超期 comes back with it', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    const count = async () => (await footer()).match(/共 (\d+) 行/)?.[1] ?? null;
    await expect.poll(count).not.toBeNull();
    const all = (await count())!;
    await page().click('[data-quick=overdue]');
    await expect.poll(count).not.toBe(all);
    await expect.poll(count).not.toBeNull();
    const overdue = (await count())!;
    await page().click('[data-test=view-save]');
    await page().fill('[data-test=view-name]', '我的超期');
    await page().click('[data-test=view-save-confirm]');
    await page().click('[data-quick=overdue]'); // off again: every row
    await expect.poll(count).toBe(all);
    await page().selectOption('[data-test=view-pick]', { value: '' });
    await page().selectOption('[data-test=view-pick]', { label: '我的超期' });
    await expect.poll(() => footer()).toContain(`共 ${overdue} 行`);
    expect(await page().locator('[data-quick=overdue]').getAttribute('class')).toContain('on');
    await page().click('[data-test=view-delete]');
  });

  it("Esc closes a column's checklist; 撤销 survives a switch to another ledger and back; 受理人 is the user list's name", async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    await page().locator('.ag-header-cell[col-id="channel"] .ag-header-cell-filter-button').click();
    await page().locator('[data-test=set-filter]').waitFor();
    await page().keyboard.press('Escape');
    await expect.poll(() => page().locator('[data-test=set-filter]').count()).toBe(0);

    await page().locator('.ag-row[row-index="0"] .ag-cell[col-id="contactName"]').click();
    const before = await page().locator('.ag-row[row-index="0"] .ag-cell[col-id="contactName"]').innerText();
    await page().keyboard.type('Li Si');
    await page().keyboard.press('Enter');
    await page().click('[data-ledger=customer]');
    await page().locator('[data-test=grid-customer]').waitFor();
    await openComplaints();
    await expect.poll(() => page().locator('[data-test=undo]').isEnabled()).toBe(true);
    await page().click('[data-test=undo]');
    await expect
      .poll(() => page().locator('.ag-row[row-index="0"] .ag-cell[col-id="contactName"]').innerText())
      .toBe(before);
    await expect.poll(() => footer()).toContain('未保存 0');

    // 受理人 typed as people say it is stored as the user list has it
    await page().click('[data-test=add-row]');
    await paste(page(), [
      ['受理时间', '投诉渠道', '客户', '受理人', '投诉类型', '投诉内容', '处理范围'],
      [typedTime(1, '10:00'), '电话', 'C0001', '王丽', '申诉', '受理人测试', '一般投诉（3个工作日）'],
    ]);
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    const r = await session.s.gql<{ complaints: { edges: Array<{ node: { receiver: string } }> } }>(
      `{ complaints(filter: { description: { eq: "受理人测试" } }) { edges { node { receiver } } } }`,
      {},
      await session.s.login('clerk'),
    );
    expect(r.data.complaints.edges[0].node.receiver).toBe('王丽（客服）');
  });

  it('a dropdown cell by keyboard: Alt+↓ opens its list, typing narrows it, ↑/↓ move, Enter takes the choice and stays on the row, Esc leaves it as it was', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    const channel = page().locator('.ag-row[row-index="0"] .ag-cell[col-id="channel"]');
    const before = await channel.innerText();
    await channel.click();
    // its history reads as the grid does: 电话, not PHONE
    await expect.poll(() => page().locator('[data-test=history]').innerText()).toContain(`∅ → ${before}`);
    await page().keyboard.press('Alt+ArrowDown');
    const list = page().locator('[data-test=enum-editor]');
    await list.waitFor();
    await page().keyboard.type('来');
    await expect.poll(() => list.locator('li').allInnerTexts()).toEqual(['来访']);
    await page().screenshot({ path: 'test-results/enum-editor-open.png' });
    await page().keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    await expect.poll(() => channel.innerText()).toBe('来访');
    // still on the same row and cell
    expect(await page().evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))).toBe(
      '0',
    );
    // F2 opens it too; ↓ moves, Esc leaves the cell as it was
    await page().keyboard.press('F2');
    await list.waitFor();
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    await expect.poll(() => channel.innerText()).toBe('来访');
    await page().click('[data-test=discard]');
    await page().click('[data-test=discard-all]');
    await expect.poll(() => channel.innerText()).toBe(before);
  });
});
