import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../runtime/lazy-modules.js';
import type { DataSource } from 'typeorm';
import { coerceCell } from '../../../../../common/cell-value.js';
import { mayWriteCell } from '../write/backfill.js';
import { batchSave, type Actor, type SaveOptions, type SaveResult } from '../write/batch-save.js';
import { parseDelimited } from '../query/cell-format.js';
import { LedgerInputError } from '../schema/ledger-input-error.js';
import type { CellError, ColumnDef, LedgerDef } from '../schema/ledger.types.js';

export interface ImportReport extends SaveResult {
  dryRun: boolean;
  rows: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Excel keeps dates without a zone; exceljs hands them over as UTC. They are the clerk's wall-clock
 * (China time), so they become the text a clerk would have typed: a day, or a day and a time.
 */
function excelDateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours(),
    m = d.getUTCMinutes(),
    sec = d.getUTCSeconds();
  return h || m || sec ? `${day} ${pad2(h)}:${pad2(m)}:${pad2(sec)}` : day;
}

/** The text of one cell's value: formulas by their cached result, rich text and links by their text. */
function cellText(value: ExcelJS.CellValue, address: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return excelDateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (
      result === undefined ||
      result === null ||
      (typeof result === 'object' && !(result instanceof Date) && 'error' in result)
    ) {
      throw new LedgerInputError(
        address,
        'FORMULA_WITHOUT_VALUE',
        `单元格 ${address} 是公式，没有可用的计算结果；请在 Excel 中重新计算或粘贴为数值后再导入`,
      );
    }
    return cellText(result, address);
  }
  if ('error' in value)
    throw new LedgerInputError(address, 'CELL_ERROR', `单元格 ${address} 是错误值 ${String(value.error)}`);
  if ('text' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue, address);
  throw new LedgerInputError(address, 'UNSUPPORTED_CELL', `单元格 ${address} 的内容无法导入`);
}

/**
 * Reads the first sheet of an XLSX file as text rows, streaming: rows are parsed as the file is
 * unzipped, and a sheet longer than `maxRows` is refused as soon as its row `maxRows + 1` arrives —
 * never held whole (a 10 MB file can unpack to two million rows). A damaged file or an unusable cell
 * is a LedgerInputError naming it. Rows the sheet skips are kept as empty lines, so line n is row n.
 */
export async function readXlsx(buffer: Buffer, maxRows = Number.MAX_SAFE_INTEGER): Promise<string[][]> {
  const out: string[][] = [];
  try {
    const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from([buffer]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > maxRows)
          throw new LedgerInputError('file', 'BATCH_TOO_LARGE', `文件超过 ${maxRows - 1} 个数据行；请分批导入`);
        while (out.length < row.number - 1) out.push([]);
        const cells: string[] = [];
        for (let i = 1; i <= row.cellCount; i++) {
          const cell = row.getCell(i);
          cells.push(cellText(cell.value, cell.address));
        }
        out.push(cells);
      }
      break; // the first sheet only
    }
  } catch (e) {
    if (e instanceof LedgerInputError) throw e;
    throw new LedgerInputError('file', 'INVALID_XLSX', '文件不是有效的 XLSX 工作簿（可能已损坏或不完整）');
  }
  return out;
}

/**
 * Text of a CSV file: UTF-16 with its byte-order mark (Excel's 「Unicode 文本」, tab-separated), UTF-8
 * (with or without BOM), or GB18030 as Excel on a Chinese Windows saves it.
 */
export function decodeCsv(body: Buffer): string {
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body.subarray(2));
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** Maps header cells to columns by Chinese label, English label or field name. */
export function mapHeaders(
  ledger: LedgerDef,
  header: string[],
): { columns: Array<ColumnDef | null>; errors: CellError[] } {
  const errors: CellError[] = [];
  const norm = (s: string) => s.trim().toLowerCase();
  const seen = new Map<string, number>();
  const columns = header.map((h, i) => {
    const n = norm(h);
    if (n === '' || n === 'id') return null;
    const col = ledger.columns.find((c) => norm(c.label.zh) === n || norm(c.label.en) === n || norm(c.field) === n);
    if (!col)
      errors.push({ row: '1', field: h, code: 'UNKNOWN_HEADER', message: `第 ${i + 1} 列表头「${h}」不是本台账的列` });
    // two columns of the file naming one of the ledger would leave one of them unread
    else if (seen.has(col.field)) {
      const first = seen.get(col.field)!;
      errors.push({
        row: '1',
        field: h,
        code: 'DUPLICATE_HEADER',
        message: `第 ${first + 1} 列「${header[first]}」和第 ${i + 1} 列「${h}」是同一列「${col.label.zh}」；请删去其中一列`,
      });
    } else seen.set(col.field, i);
    return col ?? null;
  });
  return { columns, errors };
}

/**
 * Imports a paper-era ledger (CSV or XLSX rows, first row headers) as new rows through the batch
 * save: a dry run reports every bad cell by line number and column; a real run writes all or nothing.
 * System-set columns (numbers, statuses) in the file are ignored, except the outcome of a line marked 补录.
 */
export async function importLedger(
  ds: DataSource,
  ledger: LedgerDef,
  actor: Actor,
  table: string[][],
  dryRun: boolean,
  onStep?: SaveOptions['onStep'],
): Promise<ImportReport> {
  const [header = [], ...body] = table;
  const { columns, errors } = mapHeaders(ledger, header);
  const data = body.map((cells, i) => ({ line: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!errors.length && !data.length)
    errors.push({
      row: '',
      field: null,
      code: 'EMPTY_FILE',
      message: header.length ? '文件只有表头，没有数据行' : '文件是空的：第一行应是表头，其后是数据行',
    });
  if (errors.length)
    return { ok: false, batchId: null, errors, conflicts: [], saved: [], revealed: [], dryRun, rows: data.length };
  const flagAt = ledger.backfill ? columns.findIndex((c) => c?.field === ledger.backfill!.flag) : -1;
  const creates = data.map((r) => {
    const values: Record<string, unknown> = {};
    // a line marked 补录 brings its outcome too (its status, when it was answered and closed)
    const flag = flagAt >= 0 ? coerceCell(columns[flagAt]!, r.cells[flagAt] ?? '') : null;
    const backfill = !!flag?.ok && flag.value === true;
    columns.forEach((col, i) => {
      if (col && mayWriteCell(ledger, col, actor.role, true, backfill)) values[col.field] = r.cells[i] ?? '';
    });
    return { ref: String(r.line), values };
  });
  const res = await batchSave(ds, ledger, actor, { creates }, { dryRun, action: 'IMPORT', onStep });
  return { ...res, dryRun, rows: data.length };
}

export function parseCsv(text: string): string[][] {
  return parseDelimited(
    text,
    text.split('\n', 1)[0].includes('\t') && !text.split('\n', 1)[0].includes(',') ? '\t' : ',',
  );
}
