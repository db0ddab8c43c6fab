import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

export const CLIENT_DIR = path.resolve('dist/client');

/** Builds the client when it is not built yet. */
export function ensureClientBuilt(): void {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) execSync('npm run build:client', { stdio: 'inherit' });
}

/** Chromium with one page; by default a Chinese clerk's browser at 1600×1000, on the tests' simulated clock. */
export async function launch(
  opts: { viewport?: { width: number; height: number }; chinese?: boolean } = {},
): Promise<{ browser: Browser; page: Page }> {
  const chinese = opts.chinese ?? true;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
      ...(chinese ? ['--lang=zh-CN'] : []),
    ],
  });
  // a Chinese clerk's browser: dates in inputs read 年/月/日
  const viewport = opts.viewport ?? { width: 1600, height: 1000 };
  const page = await browser.newPage(
    chinese ? { viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } : { viewport },
  );
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // the browser's dates are on the tests' simulated clock (test/setup/simulated-clock.ts), shifted as in
  // Node: Date only, so timers and animation frames run as they do (Playwright's page.clock fakes those
  // too, and the grid never asked for its rows under it when the clock was set months back)
  const realNow = (globalThis as unknown as Record<symbol, DateConstructor>)[
    Symbol.for('serviceLedger.realDate')
  ].now();
  await page.addInitScript((offset: number) => {
    const RealDate = Date;
    class SimulatedDate extends RealDate {
      constructor(...args: []) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as unknown as [number]));
      }
      static now(): number {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = SimulatedDate as DateConstructor;
  }, Date.now() - realNow);
  return { browser, page };
}

/** A China-time moment `daysAgo` days before the tests' simulated now, as a clerk types it: 'YYYY-MM-DD HH:MM'. */
export function typedTime(daysAgo: number, hhmm: string): string {
  return `${new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10)} ${hhmm}`;
}

/** The instant a typed China time stands for. */
export function instantOf(typed: string): Date {
  return new Date(`${typed.replace(' ', 'T')}:00+08:00`);
}

/** Dispatches the paste event a clerk's Ctrl+V of an Excel block produces, on the focused cell. */
export async function paste(page: Page, rows: string[][]): Promise<void> {
  await page.evaluate(
    (tsv) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', tsv);
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
      );
    },
    rows.map((r) => r.join('\t')).join('\r\n'),
  );
}

/**
 * Clicks a grid cell until the grid's focus is on it: rows read again under load can re-render
 * beneath the pointer between finding the cell and clicking it. Clicks stay apart (no double click).
 */
export async function focusCell(page: Page, rowId: string, col: string, grid?: string): Promise<void> {
  // `grid` (a ledger's name) when the page shows more than one grid (a ledger and its lines)
  const scope = grid ? page.locator(`[data-test=grid-${grid}]`) : page;
  const target = scope.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${col}"]`);
  const focused = () =>
    page.evaluate((inGrid) => {
      const c = document.activeElement?.closest('.ag-cell');
      if (inGrid && c?.closest('[data-test^="grid-"]')?.getAttribute('data-test') !== `grid-${inGrid}`) return null;
      return `${c?.closest('.ag-row')?.getAttribute('row-id')}/${c?.getAttribute('col-id')}`;
    }, grid ?? null);
  await expect
    .poll(
      async () => {
        if ((await focused()) !== `${rowId}/${col}`) await target.click();
        return focused();
      },
      { interval: 700 },
    )
    .toBe(`${rowId}/${col}`);
}

/**
 * Brings a row's cell into sight as a clerk does, by keyboard: from the row's first cell, → until it has
 * the focus (the grid draws only the columns in sight, and widens columns to their contents).
 */
export async function reachCell(page: Page, rowId: string, col: string, grid?: string): Promise<void> {
  const scope = grid ? page.locator(`[data-test=grid-${grid}]`) : page;
  const row = scope.locator(`.ag-row[row-id="${rowId}"]`);
  const focusedCol = () => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'));
  await row.locator('.ag-cell').first().click();
  for (let i = 0; i < 60 && (await focusedCol()) !== col; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedCol()).toBe(col);
}

export async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  if (await page.locator('[data-test=logout]').count()) {
    await page.click('[data-test=logout]');
  }
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'demo');
  await page.click('button[type=submit]');
  await page.locator('[data-test=logout]').waitFor();
}

/** The demo story served with the built client, and a browser on it, for one test file. */
export interface DemoSession {
  s: TestServer;
  page: Page;
}

export function demoInBrowser(): DemoSession {
  const session = {} as DemoSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureClientBuilt();
    fs.mkdirSync('test-results', { recursive: true });
    session.s = await startTestServer({ clientDir: CLIENT_DIR });
    ({ browser, page: session.page } = await launch());
  });
  afterAll(async () => {
    await browser?.close();
    await session.s?.close();
  });
  return session;
}

/** Opens a list of 我的待办 by its key: from the role's pool (本组), unfolded first where it is folded away. */
export async function openWork(page: Page, key: string): Promise<void> {
  const item = page.locator(`[data-work="${key}"]`);
  await page.locator('[data-test=pool]').waitFor();
  if (!(await item.isVisible())) await page.click('[data-test=pool] > summary');
  await item.click();
}

/** Clicks what downloads a workbook, and reads the workbook that arrives (with the name it was given). */
export async function downloadedWorkbook(
  page: Page,
  selector: string,
): Promise<{ wb: ExcelJS.Workbook; name: string }> {
  const downloaded = page.waitForEvent('download');
  await page.click(selector);
  const d = await downloaded;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await d.path());
  return { wb, name: d.suggestedFilename() };
}

/** Opens a page from the menu as a user does: a ledger folded in a group (现场服务) unfolds its group first. */
export async function openFromMenu(page: Page, name: string, scope = ''): Promise<void> {
  const entry = page.locator(`${scope}[data-ledger="${name}"]`).first();
  if (!(await entry.isVisible())) {
    const group = page.locator(`.sl-nav details:has([data-ledger="${name}"]) > summary`);
    if (await group.count()) await group.click();
  }
  await entry.click();
}
