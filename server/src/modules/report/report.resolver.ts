import { FIELD_COST, Heavy } from '../../api/graphql/heavy.js';
import { checkYear } from '../../api/graphql/arg-checks.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { badInput, forbidden } from '../../api/graphql/errors.js';
import { connectionOf, ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import { GraphQLLocalDate } from '../../api/graphql/shared-types.js';
import { listLedger } from '../../core/ledger/query/list-query.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { AnalysisFilterError, type AnalysisFilterInput } from './analysis-filter.js';
import { findReport, generateReport, listReports, type FrozenReport, type ReportHead } from './frozen-report.store.js';
import { complaintKpis, type KpiGroupCode } from './kpi.queries.js';
import { paretoGroups, type ParetoMeasureCode, type ParetoSubjectCode } from './pareto.queries.js';
import { paretoLines } from './pareto.rules.js';
import { periodProblem, reportPeriod, type Period } from './period.rules.js';
import type { ReportKind } from './report-content.js';
import { REPORT_ROLES, REPORT_WRITERS } from './report-roles.js';
import {
  reworkBaseFilter,
  reworkGroups,
  type ReworkGroupKeyCode,
  type ReworkHistoryFilterInput,
} from './rework-history.queries.js';
import {
  AnalysisFilter,
  AnalysisReport,
  ComplaintKpis,
  KpiGroup,
  Pareto,
  ParetoMeasure,
  ParetoSubject,
  ReportScope,
  ReworkFigures,
  ReworkGroup,
  ReworkGroupKey,
  ReworkHistoryFilter,
} from './report.types.js';

/** The period of a query, checked; errors name the argument. */
function checkedPeriod(from: string, to: string, prefix = ''): Period {
  const p = { from: String(from).slice(0, 10), to: String(to).slice(0, 10) };
  const problem = periodProblem(p);
  if (problem) throw badInput(`${prefix}${problem.field}`, problem.code, problem.message);
  return p;
}

/** Runs an analysis; a filter that does not fit the subject becomes a BAD_USER_INPUT naming the field. */
async function analysing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AnalysisFilterError) throw badInput(e.field, 'INVALID_FILTER', e.message);
    throw e;
  }
}

const plainInput = <T extends object>(f: T | null | undefined): T | undefined => (f ? ({ ...f } as T) : undefined);

@ObjectType({ description: 'Rework history: groups with their figures, totals, and the reworks themselves.' })
export class ReworkHistory {
  @Field(() => ReworkFigures, { description: 'All reworks the filter selects (each once).' }) totals!: ReworkFigures;
  @Field(() => [ReworkGroup], { description: 'Groups (by cost, or by month when grouped by month first).' })
  groups!: ReworkGroup[];
  /** What the rows field pages through. */
  args!: { filter: ReworkHistoryFilterInput; first: number | null; after: string | null };
}

@Resolver(() => ReworkHistory)
export class ReportResolver {
  @Authorized(...REPORT_ROLES)
  @Heavy()
  @Query(() => Pareto, {
    description:
      '帕累托分析: counts or costs grouped by subject over a period (inclusive, China time), computed by the database.',
    complexity: FIELD_COST.pareto,
  })
  async pareto(
    @Arg('subject', () => ParetoSubject, { description: 'What to group.' }) subject: ParetoSubjectCode,
    @Arg('measure', () => ParetoMeasure, { description: 'What to add up.' }) measure: ParetoMeasureCode,
    @Arg('from', () => GraphQLLocalDate, { description: 'First day, inclusive.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, inclusive.' }) to: string,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: 'Narrow the rows counted.' })
    filter: AnalysisFilterInput | null,
    @Arg('top', () => Int, {
      defaultValue: 100,
      description: 'How many items to answer, largest first (1–1000); total and shares count them all.',
    })
    top: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Pareto> {
    const p = checkedPeriod(from, to);
    if (!Number.isInteger(top) || top < 1 || top > 1000) throw badInput('top', 'INVALID_TOP', 'top: 应在 1–1000 之间');
    const { total, items } = await analysing(async () =>
      paretoLines(await paretoGroups(ctx.reads, subject, measure, p, plainInput(filter))),
    );
    return { total, items: items.slice(0, top) };
  }

  @Authorized(...REPORT_ROLES)
  @Heavy()
  @Query(() => ComplaintKpis, {
    description:
      '投诉指标: timeliness, callbacks, satisfaction, first response, repeats, overdue and year-on-year, by month, quarter or attribute.',
    complexity: FIELD_COST.kpis,
  })
  async complaintKpis(
    @Arg('from', () => GraphQLLocalDate, { description: 'First day, inclusive.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, inclusive.' }) to: string,
    @Arg('groupBy', () => KpiGroup, { defaultValue: 'MONTH', description: 'Grouping.' }) groupBy: KpiGroupCode,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: 'Narrow the complaints counted.' })
    filter: AnalysisFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplaintKpis> {
    const p = checkedPeriod(from, to);
    return analysing(() => complaintKpis(ctx.reads, p, groupBy, plainInput(filter)));
  }

  @Authorized(...REPORT_ROLES)
  @Heavy()
  @Query(() => ReworkHistory, {
    description:
      '返工履历: reworks by model, part, defect cause, month or customer (up to two), with costs, and the reworks themselves.',
    complexity: FIELD_COST.reworkHistory,
  })
  async reworkHistory(
    @Arg('filter', () => ReworkHistoryFilter, { description: 'Which reworks.' }) filter: ReworkHistoryFilterInput,
    @Arg('groupBy', () => [ReworkGroupKey], { defaultValue: [], description: 'Up to two groupings.' })
    groupBy: ReworkGroupKeyCode[],
    @Arg('first', () => Int, { nullable: true, description: 'Rows page size (default 100).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Rows cursor.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReworkHistory> {
    if (groupBy.length > 2 || new Set(groupBy).size !== groupBy.length)
      throw badInput('groupBy', 'INVALID_GROUPING', 'groupBy: 最多两个不同的分组 (at most two different keys)');
    const f = { ...plainInput(filter)!, ...checkedPeriod(filter.from, filter.to, 'filter.') };
    const { groups, totals } = await analysing(() => reworkGroups(ctx.reads, f, groupBy));
    return Object.assign(new ReworkHistory(), { groups, totals, args: { filter: f, first, after } });
  }

  @FieldResolver(() => ledgerGraphQL('reworkOrder').Connection, {
    description: 'The reworks themselves, newest first (keyset pages; each with model, archive, materialLines, cost).',
  })
  async rows(@Root() h: ReworkHistory, @Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return analysing(async () =>
      connectionOf(
        await listLedger(ctx.reads.manager, reworkOrderLedger, {
          filter: reworkBaseFilter(h.args.filter),
          first: h.args.first,
          after: h.args.after,
          orderBy: [{ field: 'createdAt', direction: 'DESC' }],
        }),
      ),
    );
  }
}

async function generate(
  ctx: RequestContext,
  kind: ReportKind,
  year: number,
  part: number,
  department: string | null,
): Promise<FrozenReport> {
  if (!ctx.user || !REPORT_WRITERS.includes(ctx.user.role)) throw forbidden('只有品质部、总经理室和管理员可以生成报告');
  return generateReport(
    ctx.ds,
    { userId: ctx.user.id, displayName: ctx.user.displayName },
    kind,
    reportPeriod(kind, year, part),
    department,
  );
}

@Resolver()
export class FrozenReportResolver {
  @Authorized(...REPORT_WRITERS)
  @Mutation(() => AnalysisReport, {
    description:
      '生成月报: freezes the month’s figures as a new version (hash in the audit chain). Department reports are due by the 5th, the company’s by the 7th.',
  })
  generateMonthlyReport(
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('scope', () => ReportScope, { defaultValue: 'COMPANY', description: 'Company or one department.' })
    scope: string,
    @Arg('department', () => String, { nullable: true, description: 'The department (scope DEPARTMENT).' })
    department: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FrozenReport> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('month', 'INVALID_MONTH', 'month: 格式应为 YYYY-MM');
    checkYear(Number(month.slice(0, 4)), 'month');
    if (scope === 'DEPARTMENT' && !department?.trim())
      throw badInput('department', 'REQUIRED', 'department: 部门报告需要指定部门');
    return generate(
      ctx,
      'MONTHLY',
      Number(month.slice(0, 4)),
      Number(month.slice(5)),
      scope === 'DEPARTMENT' ? department!.trim() : null,
    );
  }

  @Authorized(...REPORT_WRITERS)
  @Mutation(() => AnalysisReport, {
    description: '生成半年分析: H1 or H2 with trends, year-on-year and rising causes (potential issues).',
  })
  generateHalfYearReport(
    @Arg('year', () => Int, { description: 'Year.' }) year: number,
    @Arg('half', () => Int, { description: '1 or 2.' }) half: number,
    @Ctx() ctx: RequestContext,
  ): Promise<FrozenReport> {
    checkYear(year);
    if (half !== 1 && half !== 2) throw badInput('half', 'INVALID_HALF', 'half: 应为 1（上半年）或 2（下半年）');
    return generate(ctx, 'HALF_YEAR', year, half, null);
  }

  @Authorized(...REPORT_WRITERS)
  @Mutation(() => AnalysisReport, { description: '生成年度总结.' })
  generateAnnualSummary(
    @Arg('year', () => Int, { description: 'Year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<FrozenReport> {
    checkYear(year);
    return generate(ctx, 'ANNUAL', year, 1, null);
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => [AnalysisReport], {
    description: '月报: every frozen version, newest month first; `late` marks one generated after its due date.',
  })
  monthlyReports(
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportHead[]> {
    return listReports(ctx.ds, 'MONTHLY', year ? String(year) : null);
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => AnalysisReport, {
    nullable: true,
    description: '半年分析: the latest frozen version of a half, or null when none was generated.',
  })
  async halfYearReport(
    @Arg('year', () => Int, { description: 'Year.' }) year: number,
    @Arg('half', () => Int, { description: '1 or 2.' }) half: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportHead | null> {
    return (await listReports(ctx.ds, 'HALF_YEAR', `${year}-H${half}`))[0] ?? null;
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => AnalysisReport, { nullable: true, description: '年度总结: the latest frozen version, or null.' })
  async annualSummary(
    @Arg('year', () => Int, { description: 'Year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportHead | null> {
    return (await listReports(ctx.ds, 'ANNUAL', String(year)))[0] ?? null;
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => AnalysisReport, { nullable: true, description: 'One frozen report by id.' })
  analysisReport(
    @Arg('id', () => ID, { description: 'Report id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FrozenReport | null> {
    return /^\d+$/.test(String(id)) ? findReport(ctx.ds, Number(id)) : Promise.resolve(null);
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => [AnalysisReport], { description: 'Every frozen half-year analysis and annual summary, newest first.' })
  async periodicReports(@Ctx() ctx: RequestContext): Promise<ReportHead[]> {
    return [...(await listReports(ctx.ds, 'HALF_YEAR', null)), ...(await listReports(ctx.ds, 'ANNUAL', null))];
  }
}

/** A report's figures: with the report when it was read whole, else read when asked for (lists leave them out). */
@Resolver(() => AnalysisReport)
export class AnalysisReportContentResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    description: 'The frozen figures: title, period, tables (columns, rows, chart), rising causes.',
  })
  async content(@Root() report: ReportHead & { content?: unknown }, @Ctx() ctx: RequestContext): Promise<unknown> {
    return report.content ?? (await findReport(ctx.ds, report.id))?.content ?? null;
  }
}
