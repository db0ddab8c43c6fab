import { createHash, type Hash } from 'node:crypto';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { appendAudit, newBatchId } from '../audit/audit-trail.js';
import { writeCheckpoint, type Checkpoint } from '../audit/checkpoint.js';
import { inTransaction } from '../db/transaction.js';
import { cellFormatters, csvField, formatDateTime, guardFormula, type Lang } from './cell-format.js';
import { storageField } from './define-ledger.js';
import { readKeys, storedColumns } from './ledger-store.js';
import { dbKind } from '../db/data-source.js';
import { fromSql } from '../db/sql-value.js';
import { encodeCursor } from './sort-parser.js';
import type { ColumnDef, LedgerDef, Row } from './ledger.types.js';
import { pageQuery, type ListArgs } from './list-query.js';

export type ExportFormat = 'csv' | 'xlsx';

/** Excel's sheet limit is 1,048,576 rows; one is the header. */
export const XLSX_ROWS_PER_SHEET = 1_048_575;
const BATCH = 1000;

export interface ExportSummary {
  rows: number;
  sha256: string;
}

type Cells = unknown[];

interface RawPool {
  query(opts: { sql: string; values: unknown[]; rowsAsArray: boolean }, cb: (err: Error | null, rows: Cells[]) => void): void;
}

/**
 * Keyset batches of the filtered ledger as arrays in stored-column order. On MySQL the driver hands
 * rows over as arrays (no object per row: the export is bound by allocation); the next batch is
 * already being read while one is written.
 */
export async function* batches(ds: DataSource, ledger: LedgerDef, args: ListArgs): AsyncGenerator<Cells[]> {
  const cols = storedColumns(ledger);
  const pool = dbKind(ds) === 'mysql' ? (ds.driver as unknown as { pool: RawPool }).pool : null;
  const read = async (after: string | null): Promise<{ rows: Cells[]; next: string | null }> => {
    const q = pageQuery(ds.manager, ledger, { ...args, after }, BATCH);
    const rows: Cells[] = pool
      ? await new Promise<Cells[]>((resolve, reject) => pool.query({ sql: q.sql, values: q.params, rowsAsArray: true }, (e, r) => (e ? reject(e) : resolve(r))))
      : ((await ds.manager.query(q.sql, q.params)) as Record<string, unknown>[]).map((r) => cols.map((c) => r[c.field]));
    const more = rows.length > BATCH;
    if (more) rows.length = BATCH;
    if (!more) return { rows, next: null };
    const last = rows[rows.length - 1];
    const keyRow = Object.fromEntries(q.keys.map((k) => [k.field, fromSql(k.type, last[cols.findIndex((c) => c.field === k.field)])])) as Row;
    return { rows, next: encodeCursor(q.keys, keyRow) };
  };
  let pending = read(null);
  for (;;) {
    const page = await pending;
    if (page.next) pending = read(page.next);
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
  }
}

/**
 * Keys (customer codes…) of the refs in a batch. Only ids not seen earlier in this export are read,
 * and only their id and key: a batch of complaints mostly names customers already met.
 */
export function refKeyReader(ds: DataSource, ledger: LedgerDef): (rows: Cells[]) => Promise<(col: ColumnDef, id: number) => string | undefined> {
  const cols = storedColumns(ledger);
  const refs = ledger.columns.filter((c) => c.type === 'ref').map((col) => ({ col, at: cols.findIndex((c) => c.field === storageField(col)), keys: new Map<number, string>() }));
  const lookup = (col: ColumnDef, id: number) => refs.find((r) => r.col === col)?.keys.get(id);
  return async (rows) => {
    for (const r of refs) {
      const missing = [...new Set(rows.map((row) => row[r.at]).filter((v) => v !== null && v !== undefined).map(Number))].filter((id) => !r.keys.has(id));
      for (const [id, key] of await readKeys(ds.manager, r.col.ref!.ledger(), r.col.ref!.key, missing)) r.keys.set(id, key);
    }
    return lookup;
  };
}

function write(out: Writable, chunk: string): Promise<void> {
  return out.write(chunk) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve));
}

interface ExportRun {
  ds: DataSource;
  ledger: LedgerDef;
  args: ListArgs;
  lang: Lang;
  out: Writable;
  header: string[];
  digest: Hash;
}

/** CSV, UTF-8 with BOM; answers the rows written. The digest is of the data lines as written. */
async function writeCsv(run: ExportRun, end: boolean): Promise<number> {
  const { ds, ledger, args, lang, out, digest } = run;
  let rows = 0;
  await write(out, `\uFEFF${run.header.map(csvField).join(',')}\r\n`);
  const formatters = cellFormatters(ledger, lang);
  const refKeys = refKeyReader(ds, ledger);
  for await (const batch of batches(ds, ledger, args)) {
    const key = await refKeys(batch);
    const lines: string[] = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      const r = batch[i];
      let line = String(r[0]);
      for (const format of formatters) line += `,${csvField(guardFormula(format(r, key)))}`;
      lines[i] = `${line}\r\n`;
    }
    const chunk = lines.join('');
    digest.update(chunk); // the hash of the concatenated lines, as if hashed one by one
    rows += batch.length;
    await write(out, chunk);
  }
  if (end) out.end();
  return rows;
}

/** XLSX, a new sheet every 1,048,575 rows, then the manifest sheet; answers the rows written. */
async function writeXlsx(run: ExportRun, manifest: (rows: number, sha: string) => Array<[string, string | number]>): Promise<number> {
  const { ds, ledger, args, lang, out, digest } = run;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  let sheet: ExcelJS.Worksheet | null = null;
  let inSheet = 0;
  let sheets = 0;
  const newSheet = () => {
    sheet?.commit();
    sheets++;
    sheet = wb.addWorksheet(sheets === 1 ? ledger.label[lang] : `${ledger.label[lang]} (${sheets})`);
    sheet.addRow(run.header).commit();
    inSheet = 0;
  };
  newSheet();
  let rows = 0;
  const formatters = cellFormatters(ledger, lang);
  const numeric = ledger.columns.map((c) => c.type === 'int' || c.type === 'decimal');
  const refKeys = refKeyReader(ds, ledger);
  for await (const batch of batches(ds, ledger, args)) {
    const key = await refKeys(batch);
    for (const r of batch) {
      if (inSheet === XLSX_ROWS_PER_SHEET) newSheet();
      const cells: Array<string | number | null> = [Number(r[0])];
      formatters.forEach((format, i) => {
        const text = format(r, key);
        cells.push(text === '' ? null : numeric[i] ? Number(text) : guardFormula(text));
      });
      digest.update(`${JSON.stringify(cells)}\n`);
      sheet!.addRow(cells).commit();
      inSheet++;
    }
    rows += batch.length;
  }
  (sheet as ExcelJS.Worksheet | null)?.commit();
  const sheetOfManifest = wb.addWorksheet(lang === 'zh' ? '导出清单' : 'Manifest');
  for (const line of manifest(rows, digest.copy().digest('hex'))) sheetOfManifest.addRow(line).commit();
  sheetOfManifest.commit();
  await wb.commit();
  return rows;
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
  opts: {
    /** The signed head the export quotes (the caller may have sent it ahead in response headers). */
    checkpoint?: Checkpoint;
    /** Leave a CSV stream open, for the caller to end (after an HTTP trailer with the SHA-256). */
    keepOpen?: boolean;
  } = {},
): Promise<ExportSummary> {
  const run: ExportRun = { ds, ledger, args, lang, out, header: ['ID', ...ledger.columns.map((c) => c.label[lang])], digest: createHash('sha256') };
  // every export signs the head it quotes: the file can later be held against a chain that was rewound
  const head = opts.checkpoint ?? (await writeCheckpoint(ds, 'EXPORT'));
  const startedAt = new Date();
  const label = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const rows = format === 'csv'
    ? await writeCsv(run, !opts.keepOpen)
    : await writeXlsx(run, (n, sha) => [
      [label('台账', 'ledger'), lang === 'zh' ? ledger.label.zh : ledger.name],
      [label('行数', 'rows'), n],
      [label('数据 SHA-256', 'data_sha256'), sha],
      [label('筛选', 'filter'), JSON.stringify(args.filter ?? {})],
      [label('审计链头序号', 'audit_chain_head_seq'), head.seq],
      [label('审计链头哈希', 'audit_chain_head_hash'), head.hash],
      [label('检查点签名', 'audit_checkpoint_hmac_sha256'), head.signature],
      [label('导出人', 'exported_by'), actor.displayName],
      [label('导出时间', 'exported_at'), formatDateTime(startedAt)],
    ]);
  const sha256 = run.digest.digest('hex');
  await inTransaction(ds, (em) =>
    appendAudit(em, [{
      userId: actor.userId, action: 'EXPORT', entity: ledger.name, entityId: null, field: null, oldValue: null,
      newValue: JSON.stringify({ format, rows, sha256, filter: args.filter ?? null, chainHeadSeq: head.seq }), reason: null,
    }], newBatchId()),
  );
  return { rows, sha256 };
}
