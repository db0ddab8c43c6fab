import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login } from './browser.js';

// The browser side: strict security headers, the built client running under its Content-Security-
// Policy without one violation, and markup typed into cells shown as text on every page that renders
// it (grid, history, paper form, reports, audit log, archive file) — never run
const session = demoInBrowser();
const page = (): Page => session.page;
const MARK = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';
const SCRIPT = '<script>window.__xss=(window.__xss||0)+1</script>';

async function watch(): Promise<{ violations: string[]; errors: string[] }> {
  const seen = { violations: [] as string[], errors: [] as string[] };
  page().on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) seen.violations.push(m.text());
  });
  page().on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

describe('the browser side is locked down', () => {
  it('answers with strict security headers, on the page and the API', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D', '/healthz']) {
      const res = await fetch(`${session.s.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull(); // only with HSTS=1, behind TLS
    }
  });

  it('runs under its policy: signing in, a ledger, printing, the analysis and the audit log without a violation; markup in cells is text everywhere', async () => {
    const admin = await session.s.login('admin');
    const saved = await session.s.gql<{ saveComplaints: { ok: boolean; rows: Array<{ complaintNo: string }> } }>(
      `mutation($i: SaveComplaintInput!) { saveComplaints(input: $i) { ok rows { complaintNo } } }`,
      {
        i: {
          creates: [
            {
              ref: 'x',
              values: {
                receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
                channel: 'PHONE',
                anonymous: true,
                kind: 'APPEAL',
                description: `${MARK} ${SCRIPT}`,
                handlingScope: 'DEPARTMENT',
                remark: MARK,
              },
            },
          ],
        },
      },
      admin,
    );
    expect(saved.data.saveComplaints.ok).toBe(true);
    const no = saved.data.saveComplaints.rows[0].complaintNo;
    const seen = await watch();
    await page().setViewportSize({ width: 1600, height: 900 });
    await login(page(), session.s.url, 'admin');
    await page().click('[data-ledger=complaint]');
    await page().locator('[data-test=find]').fill(no);
    await page().locator('[data-test=find]').press('Enter');
    const cell = page().locator('.ag-row[row-index="0"] .ag-cell[col-id="complaintNo"]');
    await expect.poll(() => cell.innerText()).toBe(no);
    await cell.click();
    // across the row to 投诉内容: the grid renders the markup as text, its history panel too
    for (let i = 0; i < 13; i++) await page().keyboard.press('ArrowRight');
    await expect
      .poll(() => page().locator('.ag-row[row-index="0"] .ag-cell[col-id="description"]').innerText())
      .toContain('<img src=x');
    await page().click('[data-test=print]');
    await expect.poll(() => page().locator('[data-test=paper-form]').first().innerText()).toContain('<script>');
    await page().keyboard.press('Escape');
    for (const p of ['analysis:quality', 'analysis:kpis', 'analysis:reports', 'analysis:audit', 'archive']) {
      await page().click(`[data-ledger="${p}"]`);
      await page().waitForTimeout(400);
    }
    expect(await page().evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
