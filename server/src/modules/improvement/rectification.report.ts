import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { daysBetween, localDate } from '../../../../common/business-time.js';
import { fromSql, quoter } from '../../core/db/sql-value.js';
import type { Period } from '../report/period.rules.js';
import type { ReportTable } from '../report/report-content.js';
import { satisfactionByItemBetween } from '../survey/survey.resolver.js';
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

/**
 * 分项满意度与改进措施: each survey item's satisfaction over the period's questionnaires beside the
 * improvements planned for it (整改通知单 naming the item, issued by the period's end) and how many of
 * those are verified — customer-service-procedure 六 「…分项的满意率」「公司拟采取的纠正及预防措施」.
 */
export async function surveyItemTable(ds: DataSource, p: Period): Promise<ReportTable> {
  const q = quoter(ds);
  const items = await satisfactionByItemBetween(ds, p.from, p.to);
  const planned: Array<{ code: string; n: number; closed: number }> = await ds.query(
    `SELECT i.${q('code')} AS code, COUNT(*) AS n, SUM(CASE WHEN r.${q('status')} = 'CLOSED' THEN 1 ELSE 0 END) AS closed
     FROM ${q('rectification')} r JOIN ${q('survey_item')} i ON i.${q('id')} = r.${q('surveyItemId')}
     WHERE r.${q('voidedAt')} IS NULL AND r.${q('issuedOn')} <= ? GROUP BY i.${q('code')}`,
    [p.to],
  );
  const byCode = new Map(planned.map((r) => [r.code, r]));
  return {
    name: '分项满意度与改进措施',
    columns: [
      { key: 'item', label: '调查项目', type: 'text' },
      { key: 'questionnaires', label: '问卷数', type: 'number' },
      { key: 'satisfaction', label: '满意度（百分制）', type: 'number' },
      { key: 'planned', label: '改进措施（整改通知单）', type: 'number' },
      { key: 'closed', label: '已验证', type: 'number' },
    ],
    rows: items.map((i) => ({
      item: i.name,
      questionnaires: i.questionnaires,
      satisfaction: i.satisfaction,
      planned: Number(byCode.get(i.code)?.n ?? 0),
      closed: Number(byCode.get(i.code)?.closed ?? 0),
    })),
  };
}
