import type { DataSource, EntityManager } from 'typeorm';
import { localDate } from '../../../../common/business-time.js';
import { quoter } from '../../core/db/sql-value.js';
import type { PeriodLock } from '../../core/ledger/write/backfill.js';
import { generateReport } from './frozen-report.store.js';
import type { ReportKind } from './report-content.js';
import { REPORT_WRITERS } from './report-roles.js';
import { reportPeriod } from './period.rules.js';

interface Frozen {
  kind: ReportKind;
  period: string;
  department: string | null;
  version: number;
}

/** A report key's year and part: `2024-03` → 2024, 3; `2024-H2` → 2024, 2; `2024` → 2024, 1. */
export function keyParts(kind: ReportKind, key: string): { year: number; part: number } {
  const year = Number(key.slice(0, 4));
  if (kind === 'MONTHLY') return { year, part: Number(key.slice(5, 7)) };
  return { year, part: kind === 'HALF_YEAR' ? Number(key.slice(6)) : 1 };
}

/** What people call a frozen report: 「2024年3月月报（第1版）」, 「2024年上半年分析·客户服务部（第2版）」. */
export function reportName(r: Frozen): string {
  const { year, part } = keyParts(r.kind, r.period);
  const name =
    r.kind === 'MONTHLY'
      ? `${year}年${part}月月报`
      : r.kind === 'HALF_YEAR'
        ? `${year}年${part === 1 ? '上' : '下'}半年分析`
        : `${year}年度总结`;
  return `${name}${r.department ? `·${r.department}` : ''}（第${r.version}版）`;
}

/** The latest version of every report whose days overlap one of the spans (China business days). */
export function overlapping(reports: readonly Frozen[], spans: ReadonlyArray<{ from: Date; to: Date }>): Frozen[] {
  return reports.filter((r) => {
    const { year, part } = keyParts(r.kind, r.period);
    const p = reportPeriod(r.kind, year, part);
    return spans.some((s) => p.from <= localDate(s.to) && p.to >= localDate(s.from));
  });
}

async function latestReports(em: EntityManager | DataSource): Promise<Frozen[]> {
  const q = quoter('connection' in em ? em.connection : em);
  const rows: Array<Record<string, unknown>> = await em.query(
    `SELECT ${q('kind')} AS kind, ${q('period')} AS period, ${q('department')} AS department, MAX(${q('version')}) AS version FROM ${q('analysis_report')} GROUP BY ${q('kind')}, ${q('period')}, ${q('department')}`,
  );
  return rows.map((r) => ({
    kind: r.kind as ReportKind,
    period: String(r.period),
    department: (r.department as string) ?? null,
    version: Number(r.version),
  }));
}

/**
 * Generated reports freeze the figures of their period: a record entered after the fact (补录)
 * whose time falls in one changes them, so it is refused unless someone who makes reports confirms;
 * the reports are then generated again as new versions, each hash in the audit chain.
 */
export const frozenReportsLock: PeriodLock = {
  code: 'REGENERATE_REPORTS',
  roles: REPORT_WRITERS,
  whoMay: '品质部、总经理室或管理员',
  async frozenOver(em, _ledger, from, to) {
    return overlapping(await latestReports(em), [{ from, to }]).map(reportName);
  },
  async redo(ds, actor, _ledger, spans) {
    for (const r of overlapping(await latestReports(ds), spans)) {
      const { year, part } = keyParts(r.kind, r.period);
      await generateReport(ds, actor, r.kind, reportPeriod(r.kind, year, part), r.department);
    }
  },
};
