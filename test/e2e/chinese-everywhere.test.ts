import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, openFromMenu } from './browser.js';

// Every page in Chinese: what a Chinese clerk reads holds no English word. Allowed are codes
// (TS-2026-000242, C0001, CSV), anything with a digit, units, key names and proper names.
const session = demoInBrowser();
const page = (): Page => session.page;

// the demo users' login names are codes a clerk types, not English
const LOGIN_NAMES = ['admin', 'clerk', 'quality', 'pmc', 'production', 'manager', 'auditor', 'tech'];
// key names as printed on a Chinese keyboard too (Insert, Delete)
const ALLOWED = new Set([
  ...LOGIN_NAMES,
  'Excel',
  'WPS',
  'English',
  'Ctrl',
  'Shift',
  'Enter',
  'Tab',
  'Home',
  'End',
  'Esc',
  'Insert',
  'Delete',
  'kg',
  'mm',
  'cm',
  'km',
  'h',
  'min',
  's',
  'g',
  'm',
  'L',
  'ml',
  'kW',
  'Pa',
  'MPa',
  'SHA',
  'HMAC',
]);

/** Latin words on the page (text, titles, placeholders) that a Chinese reader would have to read. */
async function englishWords(): Promise<string[]> {
  const text = await page().evaluate(() => {
    const attrs = Array.from(document.querySelectorAll('[title],[placeholder],[aria-label]'))
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .flatMap((e) => ['title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
    return [document.body.innerText, ...attrs].join('\n');
  });
  const words = text.replace(/\S+@\S+\.\S+/g, ' ').match(/[A-Za-z][A-Za-z0-9_./-]*/g) ?? [];
  return [
    ...new Set(
      words.filter((w) => !/\d/.test(w) && !/^[A-Z][A-Z_./-]*$/.test(w) && !ALLOWED.has(w.replace(/[./-]+$/, ''))),
    ),
  ];
}

async function settle(): Promise<void> {
  await page().waitForLoadState('networkidle');
  await page().waitForTimeout(400);
}

describe('Chinese everywhere', () => {
  it('walks every page as an administrator and a general manager and finds no English word', async () => {
    const found: Record<string, string[]> = {};
    for (const user of ['admin', 'manager']) {
      await login(page(), session.s.url, user);
      await settle();
      const entries = await page()
        .locator('.sl-nav [data-ledger]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-ledger')!));
      expect(entries.length).toBeGreaterThan(10);
      for (const name of entries) {
        await openFromMenu(page(), name, '.sl-nav ');
        await settle();
        if (name === 'archive') {
          await page().fill('input[name=serial]', 'DA-2023-000001');
          await page().click('form.sl-toolbar button[type=submit]');
          await settle();
        }
        if (await page().locator('.sl-grid .ag-row[row-index="0"]').count()) {
          // a cell's history and the filter menu of the second column
          await page().locator('.sl-grid .ag-row[row-index="0"] .ag-cell[col-id]:not([col-id^="__"])').first().click();
          await settle();
          const filter = page().locator('.sl-grid .ag-header-cell-filter-button').nth(1);
          if (await filter.count()) {
            await filter.click();
            await settle();
            const words = await englishWords();
            if (words.length) found[`${user} ${name} (filter)`] = words;
            await page().keyboard.press('Escape');
          }
        }
        const words = await englishWords();
        if (words.length) found[`${user} ${name}`] = words;
      }
    }
    // the panels a clerk's ledger page opens: import, void, the paper form
    await login(page(), session.s.url, 'clerk');
    await page().click('.sl-nav [data-ledger="complaint"]');
    await page().locator('.sl-grid .ag-row[row-index="0"] .ag-cell[col-id="receivedAt"]').click();
    for (const [button, shown] of [
      ['import', 'import-panel'],
      ['void', 'void-form'],
      ['print', 'paper-form'],
    ]) {
      await page().click(`[data-test=${button}]`);
      await page().locator(`[data-test=${shown}]`).first().waitFor();
      await settle();
      const words = await englishWords();
      if (words.length) found[`complaint ${button}`] = words;
    }
    await page().click('[data-test=print-close]');
    expect(found).toEqual({});
  }, 300_000); // every page twice over: about 100 s on this machine

  it('shows the server’s refusal of a command in Chinese', async () => {
    await login(page(), session.s.url, 'clerk');
    await page().click('[data-ledger=complaint]');
    const first = page().locator('.sl-grid .ag-row[row-index="0"]');
    // the first row once its data is in (the grid shows a placeholder row while the block loads)
    await expect
      .poll(
        async () => (await first.count()) && (await first.locator('.ag-cell[col-id="complaintNo"]').innerText()).trim(),
      )
      .toMatch(/^TS-/);
    const id = await first.getAttribute('row-id');
    await first.locator('.ag-cell[col-id="receivedAt"]').click();
    const action = page().locator('[data-test=actions] button[data-action]').first();
    await action.waitFor();
    // someone else saves the row meanwhile: the command is refused as a conflict
    const token = await session.s.login('clerk');
    const r = await session.s.gql<{ saveComplaints: { ok: boolean } }>(
      `mutation { saveComplaints(input: { updates: [{ id: ${id}, version: ${await versionOf(Number(id), token)}, values: { remark: "他人修改" } }] }) { ok } }`,
      {},
      token,
    );
    expect(r.data.saveComplaints.ok).toBe(true);
    await action.click();
    const run = page().locator('[data-test=actions] button[type=submit]');
    if (await run.count()) await run.click();
    await expect.poll(() => page().locator('[data-test=actions]').innerText()).toContain('已被他人修改');
    expect(await englishWords()).toEqual([]);
  });
});

async function versionOf(id: number, token: string): Promise<number> {
  const r = await session.s.gql<{ complaints: { edges: Array<{ node: { version: number } }> } }>(
    `{ complaints(filter: { id: { eq: ${id} } }) { edges { node { version } } } }`,
    {},
    token,
  );
  return r.data.complaints.edges[0].node.version;
}
