import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login, openFromMenu } from './browser.js';

// Every page as every role: each page the menu offers opens without a refusal, and every control that
// changes something — save, a new row, void, import, 生成并冻结 — is shown only where the server, asked
// as that role, lets it run. The server is asked with an input that would change nothing (an empty
// save, a void of no row, a header-only import, a month that does not exist), so a refusal there can
// only be the role's.
const session = demoInBrowser();
const page = (): Page => session.page;
const ROLES = ['clerk', 'quality', 'pmc', 'production', 'manager', 'auditor', 'admin'];

interface Meta {
  name: string;
  typeName: string;
  plural: string;
  writable: boolean;
  creatable: boolean;
}

const shown = (test: string) => page().locator(`[data-test=${test}]`).count();
const refused = (errors: Array<{ extensions?: { code?: string } }> | undefined) =>
  (errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');

describe('every page as every role', () => {
  it('offers each role only what the server lets it do, and opens every page it lists without a refusal', async () => {
    await page().setViewportSize({ width: 1600, height: 900 });
    const offered: string[] = [];
    for (const role of ROLES) {
      const token = await session.s.login(role);
      const metas = (
        await session.s.gql<{ ledgerDefinitions: Meta[] }>(
          '{ ledgerDefinitions { name typeName plural writable creatable } }',
          {},
          token,
        )
      ).data.ledgerDefinitions;
      await login(page(), session.s.url, role);
      const pages = await page()
        .locator('nav [data-ledger], [data-ledger]')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-ledger')!))]);
      expect(pages.length, role).toBeGreaterThan(3);
      for (const name of pages) {
        await openFromMenu(page(), name);
        const meta = metas.find((m) => m.name === name);
        if (meta) await expect.poll(() => page().locator('[data-test=footer]').innerText()).toMatch(/共 [\d,…]+ 行/);
        else await page().waitForTimeout(400);
        const body = await page().locator('body').innerText();
        expect(body, `${role} ${name}`).not.toMatch(/无权|没有权限|not allowed/);
        if (meta) {
          const save = await shown('save');
          if (save) {
            const r = await session.s.gql(
              `mutation { save${meta.plural[0].toUpperCase()}${meta.plural.slice(1)}(dryRun: true, input: {}) { ok } }`,
              {},
              token,
            );
            expect(refused(r.errors), `${role} may save ${name}`).toBe(false);
          }
          if ((await shown('void')) || (await shown('add-row'))) {
            const r = await session.s.gql(
              `mutation { save${meta.plural[0].toUpperCase()}${meta.plural.slice(1)}(dryRun: true, input: { voids: [{ id: 2147483647, version: 1, reason: '核对权限' }] }) { ok } }`,
              {},
              token,
            );
            expect(refused(r.errors), `${role} may void in ${name}`).toBe(false);
          }
          if (await shown('import')) {
            const res = await fetch(`${session.s.url}/import/${name}?dryRun=true`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}` },
              body: 'x\r\n',
            });
            expect(res.status, `${role} may import into ${name}`).not.toBe(403);
          }
          offered.push(`${role}:${name}:${save ? 'w' : 'r'}`);
        }
        if (name === 'analysis:reports' && (await shown('generate'))) {
          const r = await session.s.gql(`mutation { generateMonthlyReport(month: "1999-13") { id } }`, {}, token);
          expect(refused(r.errors), `${role} may generate`).toBe(false);
        }
      }
    }
    // the probes can see a refusal: the auditor's empty save is refused, and so is its import
    const auditor = await session.s.login('auditor');
    expect(
      refused((await session.s.gql('mutation { saveComplaints(dryRun: true, input: {}) { ok } }', {}, auditor)).errors),
    ).toBe(true);
    const imported = await fetch(`${session.s.url}/import/complaint?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${auditor}` },
      body: 'x\r\n',
    });
    expect(imported.status).toBe(403);
    // the walk saw both kinds: ledgers one role writes and another only reads
    expect(offered.some((o) => o.endsWith(':w'))).toBe(true);
    expect(offered.filter((o) => o.startsWith('auditor:')).every((o) => o.endsWith(':r'))).toBe(true);
  }, 240_000);
});
