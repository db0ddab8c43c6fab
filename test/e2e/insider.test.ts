import { describe, expect, it } from 'vitest';
import { checkpointJob } from '../../server/src/core/audit/checkpoint.js';
import { auditHead } from '../../server/src/core/audit/audit-trail.js';
import { launderEntry } from '../helpers/insider.js';
import { demoInBrowser, login, openWork } from './browser.js';

const session = demoInBrowser();

describe('an insider rewrites the trail', () => {
  it('the auditor sees it on the home page, an export is refused saying why, and verify names the entry the checkpoint vouched for — also after the periodic checkpoint ran', async () => {
    const { s, page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    // the periodic checkpoint signs the demo's trail, as the running server does every 10 minutes
    await checkpointJob(10).run(s.ds, new Date());
    const signed = (await auditHead(s.ds)).seq;
    // then someone who can write the database but has no key rewrites an entry and recomputes every hash after it
    const target = (await auditHead(s.ds)).seq - 25;
    await launderEntry(s.ds, target, '99999');
    await expect(checkpointJob(10).run(s.ds, new Date())).rejects.toThrow(`第 ${signed} 条与检查点 2`);

    await login(page, s.url, 'auditor');
    const alarm = page.locator('[data-work="audit.trailBroken"]');
    await expect.poll(() => alarm.innerText()).toContain('审计链校验未通过');
    expect(await alarm.innerText()).toContain(`第 ${signed} 条与检查点 2`);
    await page.screenshot({ path: 'test-results/insider-home.png' });

    await page.click('[data-ledger=complaint]');
    await page.locator('[data-test=footer]').waitFor();
    await page.click('[data-test=export-xlsx]');
    await expect
      .poll(() => page.locator('[data-test=message]').innerText())
      .toContain('审计链校验未通过，本次导出未签名也未导出');
    await page.screenshot({ path: 'test-results/insider-export-refused.png' });

    // the home item opens the audit page
    await page.click('[data-ledger=home]');
    await openWork(page, 'audit.trailBroken');
    await page.click('[data-test=verify]');
    const result = page.locator('[data-test=verify-result]');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('审计链有');
    expect(await result.innerText()).toMatch(
      new RegExp(`第 ${signed} 条与已签名的检查点 2（.*）不符：审计链被重算或改动`),
    );
    await page.screenshot({ path: 'test-results/insider-verify.png' });
  });
});
