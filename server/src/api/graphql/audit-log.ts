import type { DataSource } from 'typeorm';
import { COLS, toRecord } from '../../core/audit/audit-record.js';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import { userNames } from '../../core/ledger/files/ledger-sheet.js';
import { readableEvents, type ReadableEvent } from '../../core/ledger/trail/trail-display.js';

export interface AuditLogFilter {
  from?: Date | null;
  to?: Date | null;
  /** User name (login). */
  user?: string | null;
  ledger?: string | null;
  entityId?: number | null;
  action?: string | null;
}

/** A page of the trail, newest first: `first` entries with seq below `before` (the previous page's last). */
export async function auditLogPage(
  ds: DataSource,
  f: AuditLogFilter,
  first: number,
  before: number | null,
  role: string | null,
  users?: Map<number, string>,
): Promise<{ entries: ReadableEvent[]; hasMore: boolean; totalCount: number | null }> {
  const q = quoter(ds);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => (where.push(sql), params.push(v));
  if (before) add(`${q('seq')} < ?`, before);
  if (f.from) add(`${q('at')} >= ?`, toSqlParam(ds, 'datetime', f.from));
  if (f.to) add(`${q('at')} <= ?`, toSqlParam(ds, 'datetime', f.to));
  if (f.user)
    add(`${q('userId')} = (SELECT u.${q('id')} FROM ${q('app_user')} u WHERE u.${q('username')} = ?)`, f.user);
  if (f.ledger) add(`${q('entity')} = ?`, f.ledger);
  if (f.entityId) add(`${q('entityId')} = ?`, f.entityId);
  if (f.action) add(`${q('action')} = ?`, f.action);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${q('seq')} DESC LIMIT ${first + 1}`,
    params,
  );
  const hasMore = rows.length > first;
  if (hasMore) rows.length = first;
  // the first page says how many match in all (one count over the same conditions)
  const total = before
    ? null
    : hasMore
      ? Number(
          (
            (await ds.query(
              `SELECT COUNT(*) AS n FROM ${q('audit_event')}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
              params,
            )) as Array<{ n: number }>
          )[0].n,
        )
      : rows.length;
  return {
    entries: await readableEvents(ds, rows.map(toRecord), users ?? (await userNames(ds)), role),
    hasMore,
    totalCount: total,
  };
}
