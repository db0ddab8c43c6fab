import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { daysBetween, localDate } from '../../../../common/business-time.js';
import { fromSql, quoter } from '../../core/db/sql-value.js';
import type { Period } from '../report/period.rules.js';
import type { ReportTable } from '../report/report-content.js';
import { RectificationSource, RectificationStatus } from './rectification.ledger.js';

/**
 * How a rectification stood against its deadline on `asOf` (a local date): reported by its 整改期限
 * (按期), after it (逾期 n 天), not reported and past it (逾期未报 n 天), or not yet due.
 */
export function deadlineStanding(dueDate: string, reportedOn: string | null, asOf: string): string {
  if (reportedOn) return reportedOn <= dueDate ? '按期' : `逾期 ${daysBetween(dueDate, reportedOn)} 天`;
  return asOf > dueDate ? `逾期未报 ${daysBetween(dueDate, asOf)} 天` : '未到期';
}

/**
 * 整改通知单 of a report's period: those issued in it, and those issued before and not closed — with
 * how each stood against its deadline at the period's end (or now, for the current month).
 */
export async function rectificationTable(
  ds: DataSource,
  p: Period,
  department: string | null,
  now: Date,
): Promise<ReportTable> {
  const q = quoter(ds);
  const asOf = [p.to, localDate(now)].sort()[0];
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT r.${q('rectificationNo')} AS no, r.${q('issuedOn')} AS issuedOn, r.${q('source')} AS source, d.${q('name')} AS dept,
       r.${q('dueDate')} AS dueDate, r.${q('status')} AS status, r.${q('reportedAt')} AS reportedAt
     FROM ${q('rectification')} r LEFT JOIN ${q('department')} d ON d.${q('id')} = r.${q('departmentId')}
     WHERE r.${q('voidedAt')} IS NULL AND r.${q('issuedOn')} <= ? AND (r.${q('issuedOn')} >= ? OR r.${q('status')} <> 'CLOSED')${department ? ` AND d.${q('name')} = ?` : ''}
     ORDER BY r.${q('dueDate')}, r.${q('id')} LIMIT 500`,
    [p.to, p.from, ...(department ? [department] : [])],
  );
  return {
    name: '整改通知单',
    columns: [
      { key: 'no', label: '整改单号', type: 'text' },
      { key: 'issuedOn', label: '下发日期', type: 'text' },
      { key: 'source', label: '来源', type: 'text' },
      { key: 'dept', label: '整改部门', type: 'text' },
      { key: 'dueDate', label: '整改期限', type: 'text' },
      { key: 'status', label: '状态', type: 'text' },
      { key: 'standing', label: '按期情况', type: 'text' },
    ],
    rows: rows.map((r) => {
      const due = String(fromSql('date', r.dueDate));
      const reported = r.reportedAt ? localDate(fromSql('datetime', r.reportedAt) as Date) : null;
      return {
        no: String(r.no),
        issuedOn: String(fromSql('date', r.issuedOn)),
        source: enumLabel(RectificationSource, String(r.source))?.zh ?? String(r.source),
        dept: (r.dept as string) ?? '',
        dueDate: due,
        status: enumLabel(RectificationStatus, String(r.status))?.zh ?? String(r.status),
        standing: deadlineStanding(due, reported && reported <= asOf ? reported : null, asOf),
      };
    }),
  };
}
