import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { localDate } from '../../../../common/business-time.js';
import { appendAudit, newBatchId } from '../../core/audit/audit-trail.js';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';
import { inTransaction } from '../../core/db/transaction.js';
import { reportContent, type ReportContent, type ReportKind } from './report-content.js';
import { reportDueDate, type Period } from './period.rules.js';

/** A frozen report without its figures (what lists show). */
export interface ReportHead {
  id: number;
  kind: ReportKind;
  period: string;
  scope: 'COMPANY' | 'DEPARTMENT';
  department: string | null;
  version: number;
  generatedAt: Date;
  generatedByName: string;
  dueDate: string;
  late: boolean;
  sha256: string;
}

/** A frozen report with its figures. */
export interface FrozenReport extends ReportHead {
  content: ReportContent;
}

const HEAD = [
  'id',
  'kind',
  'period',
  'scope',
  'department',
  'version',
  'generatedAt',
  'generatedByName',
  'dueDate',
  'late',
  'sha256',
];

function fromRow(r: Record<string, unknown>): ReportHead & { content?: ReportContent } {
  return {
    id: Number(r.id),
    kind: r.kind as ReportKind,
    period: String(r.period),
    scope: r.scope as FrozenReport['scope'],
    department: (r.department as string) ?? null,
    version: Number(r.version),
    generatedAt: fromSql('datetime', r.generatedAt) as Date,
    generatedByName: String(r.generatedByName),
    dueDate: String(fromSql('date', r.dueDate)),
    late: Boolean(Number(r.late)),
    sha256: String(r.sha256),
    ...(r.content === undefined ? {} : { content: JSON.parse(String(r.content)) as ReportContent }),
  };
}

/**
 * Computes a report and freezes it: stored once as a new version (never overwriting an earlier
 * one), its SHA-256 over the stored JSON appended to the audit chain in the same transaction.
 */
export async function generateReport(
  ds: DataSource,
  who: { userId: number; displayName: string },
  kind: ReportKind,
  period: Period & { key: string },
  department: string | null,
  now = new Date(),
): Promise<FrozenReport> {
  const content = await reportContent(ds, kind, period, department, now);
  const json = JSON.stringify(content);
  const sha256 = createHash('sha256').update(json).digest('hex');
  const scope = department ? 'DEPARTMENT' : 'COMPANY';
  const dueDate = reportDueDate(kind, period.to, scope);
  const q = quoter(ds);
  const id = await inTransaction(ds, async (em) => {
    const [{ v }] = await em.query(
      `SELECT COALESCE(MAX(${q('version')}), 0) AS v FROM ${q('analysis_report')} WHERE ${q('kind')} = ? AND ${q('period')} = ? AND ${q('scope')} = ? AND ${department ? `${q('department')} = ?` : `${q('department')} IS NULL`}`,
      [kind, period.key, scope, ...(department ? [department] : [])],
    );
    const values = [
      kind,
      period.key,
      scope,
      department,
      Number(v) + 1,
      toSqlParam(ds, 'datetime', now),
      who.userId,
      who.displayName,
      dueDate,
      toSqlParam(ds, 'bool', localDate(now) > dueDate),
      sha256,
      json,
    ];
    const cols = [
      'kind',
      'period',
      'scope',
      'department',
      'version',
      'generatedAt',
      'generatedBy',
      'generatedByName',
      'dueDate',
      'late',
      'sha256',
      'content',
    ];
    await em.query(
      `INSERT INTO ${q('analysis_report')} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      values,
    );
    const [{ id: newId }] = await em.query(
      `SELECT MAX(${q('id')}) AS id FROM ${q('analysis_report')} WHERE ${q('sha256')} = ?`,
      [sha256],
    );
    await appendAudit(
      em,
      [
        {
          userId: who.userId,
          action: 'GENERATE',
          entity: 'analysisReport',
          entityId: Number(newId),
          field: 'sha256',
          oldValue: null,
          newValue: sha256,
          reason: `${content.title} ${period.key} 第 ${Number(v) + 1} 版`,
        },
      ],
      newBatchId(),
      now,
    );
    return Number(newId);
  });
  return (await findReport(ds, id))!;
}

export async function findReport(ds: DataSource, id: number): Promise<FrozenReport | null> {
  const q = quoter(ds);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${[...HEAD, 'content'].map(q).join(', ')} FROM ${q('analysis_report')} WHERE ${q('id')} = ?`,
    [id],
  );
  return rows.length ? (fromRow(rows[0]) as FrozenReport) : null;
}

/** Reports of a kind, newest period first, every version (the latest first), without their figures. */
export async function listReports(
  ds: DataSource,
  kind: ReportKind,
  periodPrefix: string | null,
): Promise<ReportHead[]> {
  const q = quoter(ds);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${HEAD.map(q).join(', ')} FROM ${q('analysis_report')} WHERE ${q('kind')} = ?${periodPrefix ? ` AND ${q('period')} LIKE ?` : ''} ORDER BY ${q('period')} DESC, ${q('scope')}, ${q('department')}, ${q('version')} DESC LIMIT 500`,
    [kind, ...(periodPrefix ? [`${periodPrefix}%`] : [])],
  );
  return rows.map(fromRow);
}
