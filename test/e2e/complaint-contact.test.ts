import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, paste, typedTime } from './browser.js';

// 投诉联络记录: what the customer of a complaint was told, entered as a clerk enters any ledger row
const session = demoInBrowser();
const page = (): Page => session.page;

describe('投诉联络记录', () => {
  for (const [width, height] of [
    [1600, 900],
    [1366, 768],
  ]) {
    it(`at ${width}×${height} a clerk logs a delay told to the customer, by the complaint's number; the clerk is its 经办人`, async () => {
      await page().setViewportSize({ width, height });
      await login(page(), session.s.url, 'clerk');
      const newest = await session.s.gql<{ complaints: { edges: Array<{ node: { complaintNo: string } }> } }>(
        '{ complaints(first: 1, orderBy: [{ field: receivedAt, direction: DESC }]) { edges { node { complaintNo } } } }',
        {},
        await session.s.login('clerk'),
      );
      const no = newest.data.complaints.edges[0].node.complaintNo;
      await page().click('[data-ledger=complaintContact]');
      await page().locator('.ag-header-cell-text', { hasText: '联络时间' }).waitFor();
      await page().click('[data-test=add-row]');
      await paste(page(), [
        ['投诉编号', '联络时间', '方式', '内容类别', '告知内容', '客户联系人'],
        [no, typedTime(0, '08:30'), '电话', '延期告知', `等待备件，${width} 前答复`, '赵经理'],
      ]);
      await page().click('[data-test=save]');
      await expect.poll(() => page().locator('[data-test=message]').innerText()).toContain('已保存 1 行');
      await page().screenshot({ path: `test-results/complaint-contact-${width}.png` });
      const saved = await session.s.gql<{
        complaintContacts: {
          edges: Array<{ node: { contactedBy: string; kind: string; complaint: { complaintNo: string } } }>;
        };
      }>(
        `{ complaintContacts(filter: { content: { contains: "${width} 前答复" } }) { edges { node { contactedBy kind complaint { complaintNo } } } } }`,
        {},
        await session.s.login('clerk'),
      );
      expect(saved.data.complaintContacts.edges.map((e) => e.node)).toEqual([
        { contactedBy: '王丽（客服）', kind: 'DELAY', complaint: { complaintNo: no } },
      ]);
    });
  }
});
