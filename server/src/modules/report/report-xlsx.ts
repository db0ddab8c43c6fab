import type ExcelJS from 'exceljs';
import { loadExcel } from '../../core/runtime/lazy-modules.js';
import type { Writable } from 'node:stream';
import { localDateTimeText } from '../../../../common/business-time.js';
import { excelSheetName } from '../../core/ledger/files/sheet-digest.js';
import type { FrozenReport } from './frozen-report.store.js';
import type { ReportColumn, ReportTable } from './report-content.js';

const FORMATS: Record<ReportColumn['type'], string | undefined> = {
  text: undefined,
  number: '#,##0.##',
  money: '#,##0.00',
  rate: '0.0%',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** Excel's sheet names, unique within the workbook. */
const sheetName = (name: string, used: Set<string>) => {
  let n = excelSheetName(name);
  for (let i = 2; used.has(n); i++) n = `${name.slice(0, 28)}(${i})`;
  used.add(n);
  return n;
};

/** "2025-03-05 14:30" (China time) as the Excel date it stands for (Excel dates carry no zone). */
const excelDate = (text: string) => new Date(`${text.replace(' ', 'T')}:00Z`);

/**
 * A frozen report as a workbook: a cover sheet (title, period, version, hash), then one sheet per
 * table with figures as numbers, rates as percentages and times as dates — the data its charts plot.
 */
export async function writeReportXlsx(report: FrozenReport, out: Writable): Promise<void> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'ServiceLedger';
  const used = new Set<string>();
  const cover = wb.addWorksheet(sheetName('封面', used));
  cover.columns = [{ width: 16 }, { width: 70 }];
  const c = report.content;
  cover.addRows([
    ['报告', c.title],
    ['期间', `${c.period.from} 至 ${c.period.to}`],
    ['版本', report.version],
    ['生成时间', excelDate(localDateTimeText(report.generatedAt))],
    ['生成人', report.generatedByName],
    ['应交日期', new Date(`${report.dueDate}T00:00:00Z`)],
    ['逾期生成', report.late ? '是' : '否'],
    ['SHA-256', report.sha256],
    ['说明', '本报告生成时冻结，其哈希已写入审计链；重新生成会产生新版本。'],
  ]);
  cover.getColumn(1).font = { bold: true };
  // real dates, as Excel sorts and reckons with them (China time as written, no zone)
  cover.getCell('B4').numFmt = FORMATS.datetime!;
  cover.getCell('B6').numFmt = 'yyyy-mm-dd';
  for (const a of ['B4', 'B6']) cover.getCell(a).alignment = { horizontal: 'left' };
  if (c.risingCauses.length) {
    cover.addRow([]);
    cover.addRow(['潜在问题', '较上期上升超过 50% 的原因']).font = { bold: true };
    for (const r of c.risingCauses)
      cover.addRow([
        r.subject,
        `${r.label}：${r.previous} → ${r.current}${r.change === null ? '（上期为 0）' : `（+${Math.round(r.change * 100)}%）`}`,
      ]);
  }
  for (const t of c.tables) addTableSheet(wb, t, used);
  await wb.xlsx.write(out);
}

/** A report table as a sheet: its header frozen, numbers as numbers, rates as percentages, times as dates. */
function addTableSheet(wb: ExcelJS.Workbook, t: ReportTable, used: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(t.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((col) => ({
    header: col.label,
    key: col.key,
    width: col.type === 'text' ? 24 : 14,
    style: FORMATS[col.type] ? { numFmt: FORMATS[col.type] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) {
    ws.addRow(
      Object.fromEntries(
        t.columns.map((col) => {
          const v = r[col.key];
          return [
            col.key,
            v === null || v === undefined || v === '' ? null : col.type === 'datetime' ? excelDate(String(v)) : v,
          ];
        }),
      ),
    );
  }
}

/**
 * What an analysis page shows, as a workbook: a cover with the question asked (period, conditions,
 * grouping) and who took it when, then its tables. Figures of the moment, not a frozen report.
 */
export async function writeAnalysisXlsx(
  title: string,
  question: Array<[string, string]>,
  tables: ReportTable[],
  out: Writable,
): Promise<void> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'ServiceLedger';
  const used = new Set<string>();
  const cover = wb.addWorksheet(sheetName('查询条件', used));
  cover.columns = [{ width: 16 }, { width: 70 }];
  cover.addRows([['报表', title], ...question]);
  cover.getColumn(1).font = { bold: true };
  for (const t of tables) addTableSheet(wb, t, used);
  await wb.xlsx.write(out);
}
