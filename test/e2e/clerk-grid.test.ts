import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Node, Page as Connection } from '../helpers/answers.js';
import { demoInBrowser, focusCell, instantOf, login, paste, typedTime } from './browser.js';

// The grid as a clerk uses it like Excel: whole paper rows pasted, Chinese typed through the IME,
// deadlines in sight, filters, saved views, voiding and importing — all in Chromium
const session = demoInBrowser();
const page = (): Page => session.page;
const cell = (rowId: string, col: string) => page().locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${col}"]`);
const footer = () => page().locator('[data-test=footer]').innerText();

async function complaints(filter: string, token?: string): Promise<Connection<Node & Record<string, unknown>>> {
  const r = await session.s.gql<{ complaints: Connection<Node & Record<string, unknown>> }>(
    `{ complaints(first: 500, includeVoided: true, filter: ${filter}) { totalCount edges { node { id complaintNo receivedAt channel customer { code } anonymous contactName contactPhone model { code } serialNo archiveId receiver kind causeCategory description handlingScope dueAt claimAmount containment voidedAt voidReason } } } }`,
    {},
    token ?? (await session.s.login('clerk')),
  );
  return r.data.complaints;
}

async function openComplaints(): Promise<void> {
  await page().click('[data-ledger=complaint]');
  await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
  await expect.poll(() => footer()).toContain('共 400 行');
}

describe('the grid as clerks expect it', () => {
  it('is dense: at 1600×900 at least 28 rows show, rows no taller than 28 px, the number and key pinned', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'clerk');
    await openComplaints();
    const m = await page().evaluate(() => {
      const top = document.querySelector('.sl-grid .ag-header')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.sl-grid .ag-root-wrapper')!.getBoundingClientRect().bottom;
      const byIndex = new Map(
        Array.from(document.querySelectorAll('.sl-grid .ag-row[row-index]')).map((r) => [
          r.getAttribute('row-index'),
          r.getBoundingClientRect(),
        ]),
      );
      const rows = [...byIndex.values()];
      return { height: rows[0].height, full: rows.filter((r) => r.top >= top - 1 && r.bottom <= bottom + 1).length };
    });
    expect(m.height).toBeLessThanOrEqual(28);
    expect(m.full).toBeGreaterThanOrEqual(28);
    // newest first; the number, the time left and the complaint no. stay on the left
    const pinned = await page()
      .locator('.ag-grid-pinned-left-cells .ag-header-cell[col-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('col-id')));
    expect(pinned).toEqual(['__id', '__left', 'complaintNo']);
    // at scale a ledger numbers its rows past 200,000, and overdue ones in bold: seven digits show whole,
    // and so does the longest time left (the demo's are short: the cells are given the widest texts)
    const cut = await page()
      .locator('.ag-row[row-index="0"]')
      .evaluateAll((rows) =>
        rows.flatMap((row) =>
          [
            ['__id', '1999999', 'sl-overdue'],
            ['__left', '超期 59 分钟完成', ''],
          ].map(([col, text, bold]) => {
            const cell = row.querySelector(`.ag-cell[col-id="${col}"]`) as HTMLElement;
            const probe = cell.cloneNode(false) as HTMLElement;
            if (bold) probe.classList.add(bold);
            probe.textContent = text;
            cell.after(probe);
            const overflows = probe.scrollWidth > probe.clientWidth;
            probe.remove();
            return overflows ? `${col}: ${text}` : null;
          }),
        ),
      );
    expect(cut.filter(Boolean)).toEqual([]);
    const first = await complaints('{}');
    const newest = [...first.edges].sort((a, b) =>
      String(b.node.receivedAt).localeCompare(String(a.node.receivedAt)),
    )[0].node;
    await expect.poll(() => page().locator('.ag-row[row-index="0"]').getAttribute('row-id')).toBe(String(newest.id));
    await page().screenshot({ path: 'test-results/grid-dense.png' });
    console.log(`rows per screen at 1600×900: ${m.full} (row height ${m.height} px)`);
  });

  it('pastes a whole paper row from 投诉编号 on: every value lands in its column, read-only ones are skipped in place', async () => {
    // a cell of the first row has the focus (under load a click can land before the grid takes it)
    await expect
      .poll(async () => {
        await page().locator('.ag-row[row-index="0"] .ag-cell[col-id="receivedAt"]').click();
        return page().evaluate(() => !!document.activeElement?.closest('.ag-cell'));
      })
      .toBe(true);
    await page().keyboard.press('Control+End'); // the entry row at the end
    await expect.poll(() => page().locator('.ag-row[row-id="blank"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await focusCell(page(), 'blank', 'complaintNo');
    // as the paper ledger's sheet has it: number (empty, the server gives it), …, archive, deadlines (computed)
    await paste(page(), [
      [
        '',
        typedTime(3, '08:30'),
        '电话',
        'C0005',
        '否',
        '赵敏',
        '13900000009',
        'KY200',
        'KY200-PAPER1',
        'DA-2099-999999',
        '孙丽',
        '索赔',
        '产品质量',
        '纸质台账整行粘贴',
        '直接/本部门处理（24小时）',
        '2030-01-01 08:30',
        '2030-01-07 08:30',
        '否',
        '品质部',
        '是',
        '1200',
        '先行更换滤芯',
      ],
    ]);
    const msg = await page().locator('[data-test=message]').innerText();
    expect(msg).toContain('只读列的值未粘贴');
    expect(msg).toContain('服务档案');
    expect(msg).toContain('处理期限');
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    const saved = (await complaints('{ serialNo: { eq: "KY200-PAPER1" } }')).edges.map((e) => e.node);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      channel: 'PHONE',
      customer: { code: 'C0005' },
      anonymous: false,
      contactName: '赵敏',
      contactPhone: '13900000009',
      model: { code: 'KY200' },
      receiver: '孙丽',
      kind: 'CLAIM',
      causeCategory: 'QUALITY',
      description: '纸质台账整行粘贴',
      handlingScope: 'DEPARTMENT',
      claimAmount: 1200,
      containment: '先行更换滤芯',
    });
    expect(saved[0].complaintNo).toMatch(/^TS-\d{4}-\d{6}$/); // the server's number, not the pasted one
    // the saved row is counted (the grid read its rows again) before the next paste goes into the entry row
    await expect.poll(() => footer()).toContain('共 401 行');
    // 24 h from receipt on the working calendar (a deadline on a holiday moves to the next working day), computed, not the pasted 2030
    const received = instantOf(typedTime(3, '08:30')).getTime();
    const due = new Date(String(saved[0].dueAt)).getTime();
    expect(((due - received) / 3_600_000) % 24).toBe(0);
    expect(due - received).toBeGreaterThanOrEqual(86_400_000);
    expect(due - received).toBeLessThanOrEqual(10 * 86_400_000);
  });

  it('maps a pasted block by its header row, whatever cell is focused', async () => {
    await page().keyboard.press('Control+End');
    await focusCell(page(), 'blank', 'channel');
    await paste(page(), [
      ['投诉内容', '处理范围', '受理时间', '投诉类型', '投诉渠道', '客户', '投诉编号'],
      ['按表头粘贴', '市级/跨部门（48小时）', typedTime(3, '09:00'), '非质量抱怨', '来访', 'C0006', 'TS-XXXX'],
    ]);
    expect(await page().locator('[data-test=message]').innerText()).toContain('已按表头对应列粘贴');
    await page().click('[data-test=save]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
    await expect.poll(() => footer()).toContain('共 402 行');
    const [n] = (await complaints('{ description: { eq: "按表头粘贴" } }')).edges.map((e) => e.node);
    expect(n).toMatchObject({
      channel: 'VISIT',
      customer: { code: 'C0006' },
      kind: 'NON_QUALITY',
      handlingScope: 'CROSS_DEPARTMENT',
    });
    // a new row, not the one pasted before it written over
    const [before] = (await complaints('{ serialNo: { eq: "KY200-PAPER1" } }')).edges.map((e) => e.node);
    expect(before.description).toBe('纸质台账整行粘贴');
  });

  it('starts editing when Chinese is typed into a selected cell through the IME', async () => {
    await page().keyboard.press('Control+End');
    await focusCell(page(), 'blank', 'receivedAt');
    await page().keyboard.press('Control+Home'); // back to the newest row
    await expect.poll(() => page().locator('.ag-row[row-index="0"] .ag-cell-focus').count()).toBe(1);
    const rowId = (await page().locator('.ag-row[row-index="0"]').first().getAttribute('row-id'))!;
    // 1. a real IME's keystrokes (Process / 229), then its composition and commit, through the DevTools protocol
    await cell(rowId, 'contactName').click();
    const cdp = await page().context().newCDPSession(page());
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Process',
      code: 'KeyZ',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.imeSetComposition', { text: 'zhang', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.insertText', { text: '张伟' });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      code: 'KeyZ',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await page().keyboard.press('Enter');
    await expect.poll(() => cell(rowId, 'contactName').innerText()).toBe('张伟');
    // 2. composition events that reach the selected cell itself
    await cell(rowId, 'contactPhone').click();
    await page().evaluate(() => {
      const el = document.activeElement!;
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      el.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: 'lina' }));
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '李娜' })); // any text: the phone cell takes it until saved
    });
    await expect.poll(() => page().locator('.ag-cell-inline-editing input').inputValue()).toBe('李娜');
    await page().keyboard.press('Enter');
    await expect.poll(() => cell(rowId, 'contactPhone').innerText()).toBe('李娜');
    await page().click('[data-test=discard]');
    await page().click('[data-test=discard-all]');
  });

  it('filters overdue complaints in one click, each showing how late it is', async () => {
    const overdue = await session.s.gql<{
      ledgerDefinitions: Array<{ name: string; quickFilters: Array<{ key: string; filter: Record<string, unknown> }> }>;
    }>('{ ledgerDefinitions { name quickFilters { key filter } } }', {}, await session.s.login('clerk'));
    const f = overdue.data.ledgerDefinitions
      .find((l) => l.name === 'complaint')!
      .quickFilters.find((q) => q.key === 'overdue')!.filter;
    const expected = (
      await session.s.gql<{ complaints: { totalCount: number } }>(
        'query($f: ComplaintFilter) { complaints(filter: $f) { totalCount } }',
        { f },
        await session.s.login('clerk'),
      )
    ).data.complaints.totalCount;
    expect(expected).toBeGreaterThan(0);
    await page().click('[data-quick=overdue]');
    await expect.poll(() => footer()).toContain(`共 ${expected} 行`);
    const left = await page().locator('.ag-row[row-id] .ag-cell[col-id="__left"]').allInnerTexts();
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((x) => x.trim()).every((x) => x.startsWith('超期'))).toBe(true);
    // most overdue first: the rows in sight, top down, have ever fewer days late
    const days = (
      await Promise.all(
        [0, 1, 2, 3, 4].map((i) => page().locator(`.ag-row[row-index="${i}"] .ag-cell[col-id="__left"]`).innerText()),
      )
    ).map((x) => Number(/超期 (\d+) 天/.exec(x)?.[1] ?? 0));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBeGreaterThan(days[4]);
    await page().screenshot({ path: 'test-results/grid-overdue.png' });
    await page().click('[data-quick=overdue]');
    await expect.poll(() => footer()).toContain('共 402 行');
    // answered complaints: the clock has stopped, on time or late for good
    const done = (
      await session.s.gql<{ complaints: { edges: Array<{ node: { id: number; secondsLate: number } }> } }>(
        '{ complaints(first: 1, filter: { status: { in: [RESPONDED, CALLBACK] } }) { edges { node { id secondsLate } } } }',
        {},
        await session.s.login('clerk'),
      )
    ).data.complaints.edges[0].node;
    await page().locator('[data-test=find]').fill('');
    await expect
      .poll(() =>
        cell(String(done.id), '__left')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(done.secondsLate > 0 ? /^超期 \d+ (天|小时|分钟)完成$/ : /^按期完成$/);
  });

  it('ORs several ticked channels and keeps the view under a name for the next visit', async () => {
    await page().locator('.ag-header-cell[col-id="channel"] .ag-header-cell-filter-button').click();
    await page().locator('[data-test=set-filter] input[data-value="HOTLINE"]').check();
    await page().locator('[data-test=set-filter] input[data-value="VISIT"]').check();
    const both = (
      await session.s.gql<{ complaints: { totalCount: number } }>(
        '{ complaints(filter: { channel: { in: [HOTLINE, VISIT] } }) { totalCount } }',
        {},
        await session.s.login('clerk'),
      )
    ).data.complaints.totalCount;
    await expect.poll(() => footer()).toContain(`共 ${both} 行`);
    await page().keyboard.press('Escape');
    await page().click('[data-test=view-save]');
    await page().fill('[data-test=view-name]', '热线和来访');
    await page().click('[data-test=view-save-confirm]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('视图「热线和来访」已保存');
    await page().goto(`${session.s.url}/complaint`); // a fresh visit: the address without the filters set before
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(() => footer()).toContain('共 402 行');
    await page().selectOption('[data-test=view-pick]', { label: '热线和来访' });
    await expect.poll(() => footer()).toContain(`共 ${both} 行`);
    const views = async () =>
      (
        await session.s.gql<{ savedViews: Array<{ name: string; state: { filter: Record<string, unknown> } }> }>(
          '{ savedViews(ledger: "complaint") { name state } }',
          {},
          await session.s.login('clerk'),
        )
      ).data.savedViews;
    expect((await views()).map((v) => v.name)).toEqual(['热线和来访']);
    expect((await views())[0].state.filter).toEqual({ channel: { filterType: 'set', values: ['HOTLINE', 'VISIT'] } });
    await page().click('[data-test=view-delete]');
    await expect.poll(async () => (await views()).length).toBe(0);
  });

  it('follows the focused row through a new filter, and lets it go (with its void form) when the filter hides it', async () => {
    await page().goto(`${session.s.url}/complaint`); // a fresh visit: the address without the filters set before
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(() => footer()).toMatch(/共 \d+ 行/);
    const all = /共 \d+ 行/.exec(await footer())![0];
    const id = await page().locator('.ag-row[row-index="0"]').getAttribute('row-id');
    const [row] = (await complaints(`{ id: { eq: ${id} } }`)).edges.map((e) => e.node);
    await cell(id!, 'receivedAt').click();
    await page().click('[data-test=void]');
    await page().locator('[data-test=void-reason]').waitFor();
    await expect.poll(() => page().locator('[data-test=history] h3').innerText()).toContain(`#${id}`);
    // ticks (or unticks) channels in one visit to the column's checklist
    const toggleChannels = async (...values: string[]) => {
      await page().locator('.ag-header-cell[col-id="channel"] .ag-header-cell-filter-button').click();
      await page().locator('[data-test=set-filter]').waitFor();
      for (const value of values) await page().locator(`[data-test=set-filter] input[data-value="${value}"]`).click();
      await page().locator('[data-test=history] h3').click(); // a click outside closes the checklist, as a clerk closes it
      await expect.poll(() => page().locator('[data-test=set-filter]').count()).toBe(0);
    };
    // a filter the row still matches: the focus, the history and the void form stay with it
    await toggleChannels(String(row.channel));
    await expect.poll(() => footer()).not.toContain(all);
    expect(await page().locator('[data-test=void-reason]').count()).toBe(1);
    expect(await page().locator('[data-test=history] h3').innerText()).toContain(`#${id}`);
    // one it does not: nothing goes on naming a row the grid no longer shows
    await toggleChannels(String(row.channel), row.channel === 'LETTER' ? 'EMAIL' : 'LETTER');
    await expect.poll(() => cell(id!, 'receivedAt').count()).toBe(0);
    await expect.poll(() => page().locator('[data-test=void-reason]').count()).toBe(0);
    await expect.poll(() => page().locator('[data-test=history]').innerText()).not.toContain(`#${id}`);
    await page().screenshot({ path: 'test-results/grid-filter-lets-go.png' });
  });

  it('voids a row only with a reason, and the reason is kept', async () => {
    await page().goto(`${session.s.url}/complaint`); // a fresh visit: the address without the filters set before
    await page().locator('.ag-header-cell-text', { hasText: '受理时间' }).waitFor();
    await expect.poll(() => footer()).toContain('共 402 行');
    const [n] = (await complaints('{ description: { eq: "按表头粘贴" } }')).edges.map((e) => e.node);
    await expect.poll(() => cell(String(n.id), 'receivedAt').count()).toBe(1);
    await cell(String(n.id), 'receivedAt').click();
    await page().click('[data-test=void]');
    await page().click('[data-test=void-confirm]');
    expect(await page().locator('[data-test=void-error]').innerText()).toBe('请填写原因');
    await page().fill('[data-test=void-reason]', '重复录入');
    await page().click('[data-test=void-confirm]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain(`已作废 ${n.complaintNo}`);
    await expect.poll(() => cell(String(n.id), 'receivedAt').count()).toBe(0);
    const [after] = (await complaints(`{ id: { eq: ${n.id} } }`)).edges.map((e) => e.node);
    expect(after.voidReason).toBe('重复录入');
    expect(after.voidedAt).not.toBeNull();
  });

  it('imports a file with one bad cell: the dry run shows it, the clerk fixes it in place, then applies', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('投诉');
    ws.addRow(['受理时间', '投诉渠道', '客户', '投诉类型', '原因类别', '投诉内容', '处理范围']);
    ws.addRow([typedTime(4, '10:00'), '热线', 'C0001', '申诉', '产品质量', '导入-1 噪音', '直接/本部门处理（24小时）']);
    ws.addRow([typedTime(4, '11:00'), '飞鸽传书', 'C0002', '索赔', '产品质量', '导入-2 漏油', '跨地区（4个工作日）']);
    ws.addRow([
      typedTime(4, '12:00'),
      '信函',
      'C0003',
      '非质量抱怨',
      '服务态度',
      '导入-3 态度',
      '一般投诉（3个工作日）', // 服务态度: a general complaint
    ]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await page().click('[data-test=import]');
    await page().locator('[data-test=import-file]').setInputFiles({
      name: '纸质投诉台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect.poll(() => page().locator('[data-test=import-summary]').innerText()).toContain('检查发现 1 处问题');
    const bad = page().locator('[data-test=import-report] td.bad');
    await expect.poll(() => bad.count()).toBe(1);
    expect(await bad.locator('input').inputValue()).toBe('飞鸽传书');
    expect(await bad.innerText()).toMatch(/投诉渠道|取值|不在/);
    expect(await page().locator('[data-test=import-apply]').isDisabled()).toBe(true);
    expect((await complaints('{ description: { contains: "导入-" } }')).totalCount).toBe(0); // the dry run wrote nothing
    await page().screenshot({ path: 'test-results/grid-import.png' });
    await bad.locator('input').fill('电话');
    await bad.locator('input').press('Tab');
    await page().click('[data-test=import-recheck]');
    await expect
      .poll(() => page().locator('[data-test=import-summary]').innerText())
      .toContain('检查通过：3 行可以导入');
    await page().click('[data-test=import-apply]');
    await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已导入 3 行');
    const rows = (await complaints('{ description: { contains: "导入-" } }')).edges.map((e) => e.node);
    expect(rows.map((r) => r.channel).sort()).toEqual(['HOTLINE', 'LETTER', 'PHONE']);
  });

  it('at 1366×768 shows each header on one line and each code, serial number and name whole', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'pmc');
    await page().click('[data-ledger=reworkOrder]');
    await page().locator('.ag-row[row-index="0"] .ag-cell[col-id="archive"]').waitFor();
    // the grid widens its columns once the first rows are drawn
    const cut = () =>
      page().evaluate(() => {
        const out: string[] = [];
        const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[];
        for (const h of all('.sl-grid .ag-header-cell-text'))
          if (h.getClientRects().length > 1 || h.offsetHeight > 24) out.push(`header ${h.innerText}`);
        for (const c of all(['archive', 'model', 'reworkNo'].map((f) => `.sl-grid .ag-cell[col-id="${f}"]`).join())) {
          const v = (c.querySelector('.ag-cell-value') as HTMLElement | null) ?? c;
          if (v.scrollWidth > v.clientWidth) out.push(`cell ${v.innerText}`);
        }
        return out;
      });
    await expect.poll(cut).toEqual([]);
    await page().screenshot({ path: 'test-results/rework-1366.png' });
  });
});
