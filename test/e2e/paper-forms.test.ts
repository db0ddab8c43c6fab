import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login } from './browser.js';
import { n, printedPages } from './pdf-text.js';

// The paper forms: each selected record printed on its own A4 page, as the company's form, checked by
// printing to PDF in Chromium and reading every page's text back
const session = demoInBrowser();
const page = (): Page => session.page;

/** Selects the first two rows (click, Shift+click) and opens the print view; answers their numbers. */
async function printTwo(ledger: string, keyCol: string): Promise<string[]> {
  await page().click(`[data-ledger=${ledger}]`);
  const key = (i: number) => page().locator(`.ag-row[row-index="${i}"] .ag-cell[col-id="${keyCol}"]`);
  await key(1).waitFor();
  await key(0).click();
  await key(1).click({ modifiers: ['Shift'] });
  const numbers = [await key(0).innerText(), await key(1).innerText()];
  await page().click('[data-test=print]');
  await expect.poll(() => page().locator('[data-test=paper-form]').count()).toBe(2);
  return numbers;
}

const FORMS = [
  {
    ledger: 'complaint',
    key: 'complaintNo',
    title: '客户抱怨联络单',
    fields: ['投诉编号', '受理时间', '投诉渠道', '投诉内容', '对策单位', '纠正措施', '回访结果'],
    signs: ['受理人', '对策单位负责人', '品质部审核', '批准'],
  },
  {
    ledger: 'returnOrder',
    key: 'orderNo',
    title: '产品退/换/维修单',
    fields: ['单号', '产品序列号', '类型', '清点数量', '故障描述', '保修判定', '判定理由'],
    signs: ['经办人', '审核', '批准'],
  },
  {
    ledger: 'reworkOrder',
    key: 'reworkNo',
    title: '返工单',
    fields: ['返工单号', '不良现象', '检验结果', '物料单', '料号', '品名', '处理方式'],
    signs: ['PMC开单', '品质检验', '生产返工', '批准'],
  },
  {
    ledger: 'materialRequisition',
    key: 'reqNo',
    title: '领料单',
    fields: ['领料单号', '返工单号', '仓库', '领料明细'],
    signs: ['领料人', '发料人', '仓库主管'],
  },
  {
    ledger: 'rewardPenaltyNotice',
    key: 'noticeNo',
    title: '奖罚通知单',
    fields: ['通知单号', '奖/罚', '金额', '事由', '扣发/发放月份'],
    signs: ['提出人', '部门负责人', '总经理批准'],
  },
  {
    ledger: 'serviceArchive',
    key: 'archiveNo',
    title: '售后服务档案',
    fields: ['档案编号', '客户', '产品序列号', '发票日期', '交验日期'],
    signs: ['建档人', '审核'],
  },
];

describe('the paper forms', () => {
  for (const f of FORMS) {
    it(`prints ${f.title}: two selected records, one A4 page each, with the form's fields and signature boxes`, async () => {
      await login(page(), session.s.url, 'admin');
      const numbers = await printTwo(f.ledger, f.key);
      const pages = await printedPages(page());
      expect(pages).toHaveLength(2);
      pages.forEach((text, i) => {
        expect(text).toContain(n(f.title));
        expect(text).toContain(n(`编号：${numbers[i]}`));
        for (const field of f.fields) expect(text).toContain(n(field));
        // fields in the form's order
        const at = f.fields
          .filter((x) => !['物料单', '领料明细', '料号', '品名', '处理方式'].includes(x))
          .map((x) => text.indexOf(n(x)));
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        for (const s of f.signs) expect(text).toContain(n(s));
        expect(text).toContain('日期');
        expect(text).toContain('打印人');
      });
      if (f.ledger === 'reworkOrder') await page().screenshot({ path: 'test-results/paper-rework.png' });
      await page().click('[data-test=print-close]');
    });
  }

  it('prints a complaint as its 投诉转(督)办单 too', async () => {
    await login(page(), session.s.url, 'clerk');
    const numbers = await printTwo('complaint', 'complaintNo');
    await page().selectOption('[data-test=form-kind]', { label: '投诉转(督)办单' });
    const pages = await printedPages(page());
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain(n('投诉转(督)办单'));
    expect(pages[1]).toContain(n(`编号：${numbers[1]}`));
    for (const s of ['转办人', '接收部门负责人', '对策单位', '处理期限']) expect(pages[0]).toContain(n(s));
    expect(pages[0]).not.toContain(n('回访结果'));
    await page().click('[data-test=print-close]');
  });
});
