import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, login } from './browser.js';

// Someone on the network guessed the general manager's password: the administrator sees the lock on
// the home page (name, address, until when) and lifts it, by keyboard
const session = demoInBrowser();
const page = (): Page => session.page;

describe("登录锁定 on the administrator's home", () => {
  it('lists the lock with its address and lifts it by keyboard', async () => {
    for (let i = 0; i < 5; i++) {
      await fetch(`${session.s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: 'manager', p: `guess-${i}` },
        }),
      });
    }
    await page().setViewportSize({ width: 1366, height: 768 });
    await login(page(), session.s.url, 'admin');
    const row = page().locator('[data-lock="manager@203.0.113.9"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/manager\s+203\.0\.113\.9\s+5\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await row.locator('[data-test=lift-lock]').scrollIntoViewIfNeeded();
    await page().screenshot({ path: 'test-results/login-locks-1366.png' });
    await row.locator('[data-test=lift-lock]').focus();
    await page().keyboard.press('Enter');
    await expect
      .poll(() => page().locator('[data-test=lock-message]').innerText())
      .toBe('已解除：manager（203.0.113.9）');
    // the list read again after the lift
    await expect.poll(() => page().locator('[data-lock="manager@203.0.113.9"]').count()).toBe(0);
  }, 60_000);
});
