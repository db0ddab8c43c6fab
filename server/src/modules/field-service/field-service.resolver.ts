import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { userOf, type RequestContext } from '../../api/graphql/context.js';
import { badInput } from '../../api/graphql/errors.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import { asGraphQLError } from '../../api/graphql/ledger/edge.js';
import { GraphQLISODateTime } from '../../api/graphql/shared-types.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import {
  dispatchSuggestions,
  figuresFor,
  myOpenRequests,
  partShortages,
  technicianLoads,
  vanStockOf,
} from './field-service.queries.js';
import {
  DispatchSuggestion,
  FaultHit,
  PartShortage,
  PromiseClock,
  ServiceReportInput,
  TechnicianFigure,
  TechnicianLoad,
  VanPart,
} from './field-service.types.js';
import { fileServiceReport } from './file-report.js';
import { searchFaults } from './knowledge-search.js';
import {
  CLOCK_LABELS,
  CLOCK_STATE_WORDS,
  readClocks,
  ruleInWords,
  ruleOf,
  type ServiceLevel,
} from './service-promise.rules.js';
import { DISPATCHERS } from './technician.ledger.js';

const ServiceRequest = () => ledgerGraphQL('serviceRequest').ObjectType;
const FIGURE_READERS = [Role.CLERK, Role.QUALITY, Role.MANAGER, Role.ADMIN, Role.AUDITOR];

/** The promise clocks of a request, read at `now`. */
export function clocksOf(row: Row, now: Date): PromiseClock[] {
  return readClocks(row, now).map((c) => ({
    ...c,
    stateLabel: CLOCK_STATE_WORDS[c.state],
    promise: ruleInWords(
      ruleOf((row.serviceLevel as ServiceLevel) ?? 'EMERGENCY', String(row.serviceType ?? ''), c.key),
    ),
  }));
}

/** One line for the grid: the clock that matters now and its state. */
export function promiseSummary(row: Row, now: Date): string {
  const clocks = clocksOf(row, now);
  const late = clocks.filter((c) => c.state === 'OVERDUE' || c.state === 'MISSED');
  const running = clocks.find((c) => c.state === 'RUNNING');
  const parts: string[] = [];
  if (running) {
    const h = Math.floor(running.secondsLeft! / 3600);
    const m = Math.floor((running.secondsLeft! % 3600) / 60);
    parts.push(`${running.label}剩 ${h ? `${h} 小时` : ''}${m} 分`);
  }
  for (const c of late) parts.push(`${c.label}${c.stateLabel}`);
  if (!parts.length) return clocks.every((c) => c.state === 'KEPT' || c.state === 'NOT_NEEDED') ? '全部按时' : '';
  return parts.join('；');
}

@Resolver(ServiceRequest)
export class ServiceRequestResolver {
  @FieldResolver(() => [PromiseClock], {
    description: '服务承诺: the four clocks (响应, 到场, 排除故障, 提交服务报告) as of now.',
  })
  promiseClocks(@Root() row: Row): PromiseClock[] {
    return clocksOf(row, new Date());
  }

  @FieldResolver(() => String, {
    description: '服务承诺 in one line: the running clock’s time left and any clock late.',
  })
  promiseSummary(@Root() row: Row): string {
    return promiseSummary(row, new Date());
  }
}

@Resolver()
export class FieldServiceResolver {
  @Authorized(...DISPATCHERS)
  @Query(() => [DispatchSuggestion], {
    description: '派工建议: technicians who suit a request, best first, each with its reasons.',
  })
  dispatchSuggestions(
    @Arg('requestId', () => Int, { description: 'The repair request.' }) requestId: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DispatchSuggestion[]> {
    return dispatchSuggestions(ctx.ds, requestId);
  }

  @Authorized(...ALL_ROLES)
  @Query(() => [FaultHit], {
    description: '故障知识库: faults matching symptom words (Chinese as typed), best first, with their use.',
  })
  searchFaults(
    @Arg('words', () => String, { description: 'Symptom words: 「不出料 报警」.' }) words: string,
    @Arg('model', () => String, {
      nullable: true,
      description: 'The unit’s model code or category: fitting faults rank higher.',
    })
    model: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FaultHit[]> {
    if (words.length > 200) throw badInput('words', 'TOO_LONG', '搜索词不能超过 200 个字');
    return searchFaults(ctx.ds, words, model ? [model] : []);
  }

  @Authorized(...FIGURE_READERS)
  @Query(() => [TechnicianFigure], { description: '技术人员业绩 for requests reported in [from, to).' })
  async technicianFigures(
    @Arg('from', () => GraphQLISODateTime, { description: 'Start (inclusive).' }) from: Date,
    @Arg('to', () => GraphQLISODateTime, { description: 'End (exclusive).' }) to: Date,
    @Ctx() ctx: RequestContext,
  ): Promise<TechnicianFigure[]> {
    if (!(from < to)) throw badInput('to', 'INVALID', '结束时间须晚于开始时间');
    const rows = await figuresFor(ctx.ds, from, to, new Date());
    return rows.map((f) => ({
      ...f,
      kept: (Object.keys(f.kept) as Array<keyof typeof f.kept>).map((k) => ({ label: CLOCK_LABELS[k], ...f.kept[k] })),
    }));
  }

  @Authorized(...DISPATCHERS, Role.MANAGER)
  @Query(() => [TechnicianLoad], {
    description: '派工看板: each technician’s open requests per day of their arrival promise.',
  })
  technicianLoads(
    @Arg('days', () => Int, { defaultValue: 7, description: 'Days from today (1–31).' }) days: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TechnicianLoad[]> {
    if (!Number.isInteger(days) || days < 1 || days > 31) throw badInput('days', 'INVALID', '天数须为 1–31');
    return technicianLoads(ctx.ds, new Date(), days);
  }

  @Authorized(...ALL_ROLES)
  @Query(() => [PartShortage], { description: '缺件: parts whose warehouse stock is below the minimum kept.' })
  partShortages(@Ctx() ctx: RequestContext): Promise<PartShortage[]> {
    return partShortages(ctx.ds);
  }

  @Authorized(Role.TECHNICIAN)
  @Query(() => [ledgerGraphQL('serviceRequest').ObjectType], {
    description:
      '我的工单: the signed-in technician’s requests still to visit (派工, 到场), most urgent promise first.',
  })
  async myServiceRequests(@Ctx() ctx: RequestContext): Promise<Row[]> {
    return myOpenRequests(ctx.ds, userOf(ctx).id);
  }

  @Authorized(Role.TECHNICIAN)
  @Query(() => [VanPart], { description: '我的随车备件: what is on the signed-in technician’s van.' })
  myVanStock(@Ctx() ctx: RequestContext): Promise<VanPart[]> {
    return vanStockOf(ctx.ds, userOf(ctx).id);
  }

  @Authorized(Role.TECHNICIAN, ...DISPATCHERS)
  @Mutation(() => ledgerGraphQL('serviceVisit').SaveResult, {
    description:
      '服务报告 from the phone: the visit, the parts used from the technician’s van, the request moved on — one transaction. Sent twice under the same draftKey, it is filed once (the second answers the first).',
  })
  async fileServiceReport(
    @Arg('input', () => ServiceReportInput, { description: 'The report as recorded on site.' })
    input: ServiceReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    const u = userOf(ctx);
    if (!input.draftKey.trim() || input.draftKey.length > 40)
      throw badInput('draftKey', 'INVALID', '草稿号须为 1–40 个字符');
    if (input.parts.some((p) => !Number.isInteger(p.qty) || p.qty <= 0))
      throw badInput('parts', 'INVALID', '用件数量须为正整数');
    try {
      const { result } = await fileServiceReport(
        ctx.ds,
        { userId: u.id, role: u.role, displayName: u.displayName, departmentId: u.departmentId },
        {
          ...input,
          departedAt: input.departedAt ?? null,
          findings: input.findings ?? null,
          faultCode: input.faultCode ?? null,
          hours: input.hours ?? null,
          customerName: input.customerName ?? null,
        },
      );
      return { ...result, rows: result.saved.map((x) => x.record), lines: null };
    } catch (e) {
      throw asGraphQLError(e);
    }
  }
}
