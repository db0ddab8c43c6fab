import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, previousMonth } from '../common/business-time.js';
import { parseDelimited } from '../server/src/core/ledger/query/cell-format.js';
import { startTestServer, TEST_DB, type TestServer } from './helpers/test-server.js';

/**
 * Every kind of workbook the product writes, opened in a real spreadsheet program — LibreOffice Calc,
 * headless — and converted back to CSV sheet by sheet: each cell must read as the product meant it
 * (what exceljs reads from the file, shown the way its number format says: times as the same
 * wall-clock second, numbers as numbers, Chinese text intact, the formula guard kept). A time kept to
 * the millisecond (23:59:59.999) reads in a spreadsheet as the next day's 00:00:00; this catches it.
 * A ledger export is also held against the CSV export of the same rows, and a workbook LibreOffice
 * itself saved is imported back.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
// CI installs it (.ci/run); a machine without it says so rather than passing quietly
const RUN = TEST_DB === 'sqlite' && (!!SOFFICE || process.env.CI === 'true');

let s: TestServer;
let dir: string;
let token: string;
beforeAll(async () => {
  if (!RUN) return;
  if (!SOFFICE) throw new Error('LibreOffice Calc is needed: apt-get install -y libreoffice-calc-nogui');
  s = await startTestServer();
  token = await s.login('admin');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-calc-'));
}, 120_000);
afterAll(async () => {
  await s?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function download(url: string, name: string): Promise<string> {
  const res = await fetch(`${s.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, url).toBe(200);
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

/** LibreOffice's CSV of each named sheet (UTF-8, cells as shown), in the order given. */
function calcSheets(file: string, names: string[]): string[][][] {
  const out = path.join(dir, `${path.basename(file, '.xlsx')}-csv`);
  fs.mkdirSync(out, { recursive: true });
  // field ',', text '"', UTF-8, line 1, -, -, quoted as text no, special numbers yes, as shown yes, formulas no, spaces no, every sheet
  execFileSync(
    SOFFICE!,
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const base = path.basename(file, '.xlsx');
  return names.map((name) => {
    const f = path.join(out, `${base}-${name}.csv`);
    expect(fs.existsSync(f), `Calc wrote no sheet 「${name}」: ${fs.readdirSync(out).join(', ')}`).toBe(true);
    return parseDelimited(
      fs
        .readFileSync(f, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r?\n$/, ''),
      ',',
    );
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the product meant it to be shown: its value under its number format, times truncated to the format's precision. */
function meant(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const fmt = String(cell.numFmt ?? '');
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    if (!/h/.test(fmt)) return day;
    const hm = `${day} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
    return /ss/.test(fmt) ? `${hm}:${pad(v.getUTCSeconds())}` : hm;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

/** A number as LibreOffice shows it under a format ('#,##0.00', '0.0%'), back to a number. */
const numberOf = (shown: string) => Number(shown.replace(/,/g, '').replace(/%$/, '')) / (shown.endsWith('%') ? 100 : 1);

async function compareEveryCell(file: string): Promise<{ sheets: number; cells: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const calc = calcSheets(
    file,
    wb.worksheets.map((w) => w.name),
  );
  const diffs: string[] = [];
  let cells = 0;
  wb.worksheets.forEach((ws, k) => {
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const shown = calc[k][r - 1]?.[c - 1] ?? '';
        const want = meant(cell);
        cells++;
        const same =
          typeof cell.value === 'number'
            ? Math.abs(numberOf(shown) - cell.value) < 0.006 * Math.max(1, Math.abs(cell.value))
            : shown === want;
        if (!same && diffs.length < 20)
          diffs.push(`${ws.name}!${cell.address}: Calc shows 「${shown}」, meant 「${want}」`);
      });
    });
  });
  expect(diffs, path.basename(file)).toEqual([]);
  return { sheets: wb.worksheets.length, cells };
}

describe.runIf(RUN)('workbooks in a real spreadsheet program', () => {
  it('a ledger export reads cell by cell as meant, and as its CSV export says — end-of-day deadlines on their own day', async () => {
    const xlsx = await download('/export/complaint.xlsx', 'complaint.xlsx');
    const { cells } = await compareEveryCell(xlsx);
    expect(cells).toBeGreaterThan(5_000);
    const csv = parseDelimited(
      (await (await fetch(`${s.url}/export/complaint.csv`, { headers: { authorization: `Bearer ${token}` } })).text())
        .replace(/^\uFEFF/, '')
        .replace(/\r?\n$/, ''),
      ',',
    );
    const sheet = calcSheets(xlsx, ['投诉台账'])[0];
    expect(sheet.length).toBe(csv.length);
    const due = csv[0].indexOf('处理期限');
    const endOfDay = csv.slice(1).filter((r) => r[due].endsWith('23:59:59'));
    expect(endOfDay.length).toBeGreaterThan(0); // the demo has working-day deadlines, due at the end of a day
    const diffs: string[] = [];
    for (let i = 0; i < csv.length; i++) {
      for (let j = 0; j < csv[i].length; j++) {
        const a = sheet[i]?.[j] ?? '';
        const b = csv[i][j];
        const numeric = /^-?[\d,]+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b);
        if (numeric ? numberOf(a) !== Number(b) : a !== b)
          diffs.push(`row ${i + 1} ${csv[0][j]}: Calc 「${a}」, CSV 「${b}」`);
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
  }, 180_000);

  it('the dossier, the audit log and a frozen report read cell by cell as meant', async () => {
    const archiveNo = (
      await s.gql<{ serviceArchives: { edges: Array<{ node: { archiveNo: string } }> } }>(
        `{ serviceArchives(first: 1) { edges { node { archiveNo } } } }`,
        {},
        token,
      )
    ).data.serviceArchives.edges[0].node.archiveNo;
    // last month on the tests' clock (TEST_NOW), whatever day they run on
    const month = previousMonth(localDate(new Date())).slice(0, 7);
    const report = await s.gql<{ generateMonthlyReport: { id: string } }>(
      `mutation($m: String!) { generateMonthlyReport(month: $m) { id } }`,
      { m: month },
      token,
    );
    const files = [
      await download(`/export/dossier.xlsx?archiveNo=${encodeURIComponent(archiveNo)}`, 'dossier.xlsx'),
      await download('/audit/events.xlsx?ledger=complaint', 'audit-log.xlsx'),
      await download(`/reports/${report.data.generateMonthlyReport.id}.xlsx`, 'report.xlsx'),
    ];
    for (const f of files) expect((await compareEveryCell(f)).sheets).toBeGreaterThan(1);
  }, 180_000);

  it('imports a workbook LibreOffice itself saved: every cell read as the file shows it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['客户编号', '客户名称', '客户类别', '备注']);
    ws.addRow(['LO1', '苏州一号包装有限公司', '一般客户', '=SUM(1,2)']);
    ws.addRow(['LO2', '杭州二号精密机械有限公司', '重要客户', '-5']);
    const mine = path.join(dir, 'customers.xlsx');
    await wb.xlsx.writeFile(mine);
    const out = path.join(dir, 'resaved');
    execFileSync(
      SOFFICE!,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        mine,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const body = fs.readFileSync(path.join(out, 'customers.xlsx'));
    const res = await fetch(`${s.url}/import/customer?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: new Uint8Array(body),
    });
    const r = (await res.json()) as { ok: boolean; errors: unknown[]; preview: string[][] };
    expect(r.errors).toEqual([]);
    expect(r.preview.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['LO1', '苏州一号包装有限公司', '一般客户'],
      ['LO2', '杭州二号精密机械有限公司', '重要客户'],
    ]);
  }, 180_000);
});
