import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { auditHead, appendAudit, newBatchId } from '../audit/audit-trail.js';
import { inTransaction } from '../db/transaction.js';
import { cellFormatters, csvField, formatCell, formatDateTime, guardFormula, type Lang } from './cell-format.js';
import { storageField } from './define-ledger.js';
import { findByIds } from './ledger-store.js';
import type { ColumnDef, LedgerDef, Row } from './ledger.types.js';
import { listLedger, type ListArgs } from './list-query.js';

export type ExportFormat = 'csv' | 'xlsx';

/** Excel's sheet limit is 1,048,576 rows; one is the header. */
export const XLSX_ROWS_PER_SHEET = 1_048_575;
const BATCH = 1000;

export interface ExportSummary {
  rows: number;
  sha256: string;
}

/** Keyset batches of the filtered ledger; the next batch is already being read while one is written. */
async function* batches(ds: DataSource, ledger: LedgerDef, args: ListArgs): AsyncGenerator<Row[]> {
  const read = (after: string | null) => listLedger(ds.manager, ledger, { ...args, first: BATCH, after }, BATCH);
  let pending = read(null);
  for (;;) {
    const page = await pending;
    if (page.hasNextPage) pending = read(page.cursors.at(-1)!);
    if (page.rows.length) yield page.rows;
    if (!page.hasNextPage) return;
  }
}

/** Keys (customer codes…) of the refs in one batch, one query per referenced ledger. */
async function refKeys(ds: DataSource, ledger: LedgerDef, rows: Row[]): Promise<(col: ColumnDef, id: number) => string | undefined> {
  const maps = new Map<string, Map<number, string>>();
  for (const col of ledger.columns.filter((c) => c.type === 'ref')) {
    const ids = [...new Set(rows.map((r) => r[storageField(col)]).filter((v): v is number => typeof v === 'number'))];
    const found = await findByIds(ds.manager, col.ref!.ledger(), ids);
    maps.set(col.field, new Map(found.map((r) => [r.id, String(r[col.ref!.key])])));
  }
  return (col, id) => maps.get(col.field)?.get(id);
}

function write(out: Writable, chunk: string): Promise<void> {
  return out.write(chunk) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve));
}

/**
 * Streams the whole filtered ledger to `out` as CSV (UTF-8 with BOM) or XLSX, read in keyset
 * batches, never held in memory; then audits the export with its row count and SHA-256.
 */
export async function exportLedger(
  ds: DataSource,
  ledger: LedgerDef,
  args: ListArgs,
  format: ExportFormat,
  lang: Lang,
  out: Writable,
  actor: { userId: number; displayName: string },
): Promise<ExportSummary> {
  const cols = ledger.columns;
  const header = ['ID', ...cols.map((c) => c.label[lang])];
  const digest = createHash('sha256');
  let rows = 0;
  const head = await auditHead(ds);
  const startedAt = new Date();

  if (format === 'csv') {
    await write(out, `\uFEFF${header.map(csvField).join(',')}\r\n`);
    const formatters = cellFormatters(cols, lang);
    for await (const batch of batches(ds, ledger, args)) {
      const key = await refKeys(ds, ledger, batch);
      const lines: string[] = new Array(batch.length);
      for (let i = 0; i < batch.length; i++) {
        const r = batch[i];
        let line = String(r.id);
        for (const format of formatters) line += `,${csvField(guardFormula(format(r, key)))}`;
        lines[i] = `${line}\r\n`;
      }
      const chunk = lines.join('');
      digest.update(chunk); // the hash of the concatenated lines, as if hashed one by one
      rows += batch.length;
      await write(out, chunk);
    }
    out.end();
  } else {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    let sheet: ExcelJS.Worksheet | null = null;
    let inSheet = 0;
    const newSheet = (n: number) => {
      sheet?.commit();
      sheet = wb.addWorksheet(n === 1 ? ledger.label[lang] : `${ledger.label[lang]} (${n})`);
      sheet.addRow(header).commit();
      inSheet = 0;
    };
    newSheet(1);
    let sheets = 1;
    for await (const batch of batches(ds, ledger, args)) {
      const key = await refKeys(ds, ledger, batch);
      for (const r of batch) {
        if (inSheet === XLSX_ROWS_PER_SHEET) newSheet(++sheets);
        const cells = [r.id, ...cols.map((c) => xlsxCell(c, r, lang, key))];
        digest.update(`${JSON.stringify(cells)}\n`);
        sheet!.addRow(cells).commit();
        inSheet++;
      }
      rows += batch.length;
    }
    (sheet as ExcelJS.Worksheet | null)?.commit();
    const manifest = wb.addWorksheet(lang === 'zh' ? '导出清单' : 'Manifest');
    const sha = digest.copy().digest('hex');
    for (const line of [
      ['ledger', ledger.name],
      ['rows', rows],
      ['data_sha256', sha],
      ['filter', JSON.stringify(args.filter ?? {})],
      ['audit_chain_head_seq', head.seq],
      ['audit_chain_head_hash', head.hash],
      ['exported_by', actor.displayName],
      ['exported_at', formatDateTime(startedAt)],
    ]) manifest.addRow(line).commit();
    manifest.commit();
    await wb.commit();
  }
  const sha256 = digest.digest('hex');
  await inTransaction(ds, (em) =>
    appendAudit(em, [{
      userId: actor.userId, action: 'EXPORT', entity: ledger.name, entityId: null, field: null, oldValue: null,
      newValue: JSON.stringify({ format, rows, sha256, filter: args.filter ?? null, chainHeadSeq: head.seq }), reason: null,
    }], newBatchId()),
  );
  return { rows, sha256 };
}

function xlsxCell(col: ColumnDef, r: Row, lang: Lang, key: (c: ColumnDef, id: number) => string | undefined): string | number | null {
  const v = r[storageField(col)];
  if (v === null || v === undefined) return null;
  if (col.type === 'int' || col.type === 'decimal') return v as number;
  return guardFormula(formatCell(col, r, lang, key));
}
