import type ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { fromSql, quoter } from '../db/sql-value.js';
import { keyFieldOf, storageField } from './define-ledger.js';
import { excelTime } from './ledger-sheet.js';
import { readKeys } from './ledger-store.js';
import type { LedgerDef } from './ledger.types.js';
import { SheetDigest } from './sheet-digest.js';
import { displayer, fieldLabel } from './trail-display.js';
import { actionLabel } from './workflow.js';

/**
 * 变更记录: every audit event of the given records, ledger by ledger, oldest first — time, who, the
 * action and the field in Chinese, the record by its number, old and new as the grid shows them.
 */
export async function writeHistorySheet(
  ds: DataSource, wb: ExcelJS.stream.xlsx.WorkbookWriter, records: Array<{ ledger: LedgerDef; ids: number[] }>, users: Map<number, string>,
): Promise<SheetDigest> {
  const q = quoter(ds);
  const header = ['序号', '时间', '用户', '操作', '台账', '记录', '字段', '原值', '新值', '原因'];
  const sheet = wb.addWorksheet('变更记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width: h === '原值' || h === '新值' ? 28 : 14, style: h === '时间' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {} }));
  const digest = new SheetDigest();
  digest.add(header);
  for (const { ledger, ids } of records) {
    const display = displayer(ds);
    const keyField = keyFieldOf(ledger);
    const columns = new Map(ledger.columns.map((c) => [storageField(c), c]));
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const recordKey = keyField ? await readKeys(ds.manager, ledger, keyField, chunk) : new Map<number, string>();
      const events: Array<Record<string, unknown>> = await ds.query(
        `SELECT ${q('seq')}, ${q('at')}, ${q('userId')}, ${q('action')}, ${q('entityId')}, ${q('field')}, ${q('oldValue')}, ${q('newValue')}, ${q('reason')} FROM ${q('audit_event')}
          WHERE ${q('entity')} = ? AND ${q('entityId')} IN (${chunk.map(() => '?').join(', ')}) ORDER BY ${q('seq')}`, [ledger.name, ...chunk]);
      for (const e of events) {
        const field = e.field === null ? null : String(e.field);
        const col = field ? columns.get(field) : undefined;
        const cells = [
          Number(e.seq), excelTime(fromSql('datetime', e.at) as Date), e.userId === null ? '系统' : (users.get(Number(e.userId)) ?? `#${String(e.userId)}`),
          actionLabel(ledger.name, String(e.action)), ledger.label.zh, recordKey.get(Number(e.entityId)) ?? `#${String(e.entityId)}`,
          fieldLabel(col, field),
          await display(col, (e.oldValue as string | null) ?? null), await display(col, (e.newValue as string | null) ?? null), (e.reason as string | null) ?? null,
        ];
        digest.add(cells);
        sheet.addRow(cells).commit();
      }
    }
  }
  sheet.commit();
  return digest;
}
