import type { DataSource } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';
import { getLedger, keyFieldOf, storageField } from '../../core/ledger/define-ledger.js';
import { readKeys } from '../../core/ledger/ledger-store.js';
import { displayer, fieldLabel } from '../../core/ledger/trail-display.js';
import { actionLabel } from '../../core/ledger/workflow.js';

export interface AuditLogFilter {
  from?: Date | null;
  to?: Date | null;
  /** User name (login). */
  user?: string | null;
  ledger?: string | null;
  entityId?: number | null;
  action?: string | null;
}

/** One entry of the trail as an auditor reads it: everything in Chinese, records by their numbers. */
export interface AuditLogEntry {
  seq: number;
  at: Date;
  userName: string;
  action: string;
  actionLabel: string;
  ledger: string;
  ledgerLabel: string;
  entityId: number | null;
  record: string | null;
  field: string | null;
  fieldLabel: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

/** A page of the trail, newest first: `first` entries with seq below `before` (the previous page's last). */
export async function auditLogPage(ds: DataSource, f: AuditLogFilter, first: number, before: number | null): Promise<{ entries: AuditLogEntry[]; hasMore: boolean }> {
  const q = quoter(ds);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => (where.push(sql), params.push(v));
  if (before) add(`e.${q('seq')} < ?`, before);
  if (f.from) add(`e.${q('at')} >= ?`, toSqlParam(ds, 'datetime', f.from));
  if (f.to) add(`e.${q('at')} <= ?`, toSqlParam(ds, 'datetime', f.to));
  if (f.user) add(`e.${q('userId')} = (SELECT u.${q('id')} FROM ${q('app_user')} u WHERE u.${q('username')} = ?)`, f.user);
  if (f.ledger) add(`e.${q('entity')} = ?`, f.ledger);
  if (f.entityId) add(`e.${q('entityId')} = ?`, f.entityId);
  if (f.action) add(`e.${q('action')} = ?`, f.action);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT e.${q('seq')} AS seq, e.${q('at')} AS at, e.${q('userId')} AS userId, u.${q('displayName')} AS userName, e.${q('action')} AS action, e.${q('entity')} AS entity,
       e.${q('entityId')} AS entityId, e.${q('field')} AS field, e.${q('oldValue')} AS oldValue, e.${q('newValue')} AS newValue, e.${q('reason')} AS reason
     FROM ${q('audit_event')} e LEFT JOIN ${q('app_user')} u ON u.${q('id')} = e.${q('userId')}
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.${q('seq')} DESC LIMIT ${first + 1}`, params);
  const hasMore = rows.length > first;
  if (hasMore) rows.length = first;
  const display = displayer(ds);
  const keys = new Map<string, Map<number, string>>();
  for (const entity of new Set(rows.map((r) => String(r.entity)))) {
    const ledger = getLedger(entity);
    const keyField = ledger && keyFieldOf(ledger);
    const ids = rows.filter((r) => r.entity === entity && r.entityId !== null).map((r) => Number(r.entityId));
    keys.set(entity, ledger && keyField ? await readKeys(ds.manager, ledger, keyField, [...new Set(ids)]) : new Map());
  }
  const entries: AuditLogEntry[] = [];
  for (const r of rows) {
    const ledger = getLedger(String(r.entity));
    const field = (r.field as string | null) ?? null;
    const col = ledger?.columns.find((c) => storageField(c) === field);
    entries.push({
      seq: Number(r.seq), at: fromSql('datetime', r.at) as Date, userName: r.userId === null ? '系统' : String(r.userName ?? `#${String(r.userId)}`),
      action: String(r.action), actionLabel: actionLabel(String(r.entity), String(r.action)), ledger: String(r.entity), ledgerLabel: ledger?.label.zh ?? (r.entity === 'analysisReport' ? '统计报告' : String(r.entity)),
      entityId: r.entityId === null ? null : Number(r.entityId), record: r.entityId === null ? null : (keys.get(String(r.entity))?.get(Number(r.entityId)) ?? `#${String(r.entityId)}`),
      field, fieldLabel: fieldLabel(col, field), oldValue: await display(col, (r.oldValue as string | null) ?? null), newValue: await display(col, (r.newValue as string | null) ?? null),
      reason: (r.reason as string | null) ?? null,
    });
  }
  return { entries, hasMore };
}
