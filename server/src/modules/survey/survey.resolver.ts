import { FIELD_COST, Heavy } from '../../api/graphql/heavy.js';
import { checkYear } from '../../api/graphql/arg-checks.js';
import type { DataSource } from 'typeorm';
import { Arg, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { localDate } from '../../core/calendar/working-calendar.js';
import { quoter } from '../../core/db/sql-value.js';
import type { RequestContext } from '../../api/graphql/context.js';
import { GraphQLLocalDate } from '../../api/graphql/shared-types.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { listAll } from '../../core/ledger/query/list-query.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { ALL_ROLES } from '../user/roles.js';
import { callbackLedger, surveyLedger } from './survey.ledgers.js';
import { nextCallbackDue, satisfaction } from './survey.rules.js';

@ObjectType({ description: 'A customer on the callback plan.' })
export class CallbackPlanItem {
  @Field(() => ledgerGraphQL('customer').ObjectType, { description: 'Customer.' })
  customer!: Row;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last callback (China date).' })
  lastCallback!: string | null;
  @Field(() => GraphQLLocalDate, { description: 'Next callback due.' })
  nextDue!: string;
  @Field(() => Boolean, { description: 'Due date has passed.' })
  overdue!: boolean;
}

@ObjectType({ description: 'Satisfaction of a year: Σ scores ÷ number of questionnaires.' })
export class SatisfactionSummary {
  @Field(() => Int, { description: 'Year.' })
  year!: number;
  @Field(() => Int, { description: 'Questionnaires.' })
  questionnaires!: number;
  @Field(() => Float, { nullable: true, description: 'Satisfaction, 0–100.' })
  satisfaction!: number | null;
  @Field(() => Int, { description: 'Customers surveyed at least once.' })
  customersSurveyed!: number;
  @Field(() => Int, { description: 'Customers not surveyed that year (the procedure asks for one a year).' })
  customersNotSurveyed!: number;
  @Field(() => [Int], {
    description: 'Ids of the customers not surveyed that year (to open them in the customer ledger).',
  })
  customersNotSurveyedIds!: number[];
}

/** The callback plan on a day: KEY customers every 6 months, LONG_TERM yearly; soonest due first. */
export async function callbackPlan(ds: DataSource, day: string): Promise<CallbackPlanItem[]> {
  const customers = await listAll(ds.manager, customerLedger, { filter: { tier: { in: ['KEY', 'LONG_TERM'] } } });
  const callbacks: Row[] = [];
  for (let i = 0; i < customers.length; i += 500) {
    callbacks.push(
      ...(await listAll(ds.manager, callbackLedger, {
        filter: { customerId: { in: customers.slice(i, i + 500).map((c) => c.id) } },
      })),
    );
  }
  const last = new Map<number, string>();
  for (const cb of callbacks) {
    const d = localDate(cb.callbackAt as Date);
    if (d <= day && (last.get(cb.customerId as number) ?? '') < d) last.set(cb.customerId as number, d);
  }
  return customers
    .map((c) => {
      const lastCallback = last.get(c.id) ?? null;
      const nextDue = nextCallbackDue(String(c.tier), lastCallback, localDate(c.createdAt as Date))!;
      return { customer: c, lastCallback, nextDue, overdue: nextDue < day };
    })
    .sort((a, b) => a.nextDue.localeCompare(b.nextDue));
}

@ObjectType({ description: 'Satisfaction with one survey item over a year.' })
export class ItemSatisfaction {
  @Field(() => String, { description: 'Item code.' })
  code!: string;
  @Field(() => String, { description: 'Item name.' })
  name!: string;
  @Field(() => Int, { description: 'Questionnaires that scored it.' })
  questionnaires!: number;
  @Field(() => Float, { nullable: true, description: 'Σ item scores on the 0–100 scale ÷ questionnaires scoring it.' })
  satisfaction!: number | null;
}

/** Satisfaction per survey item in a year: one statement, each item's scores on its own 0–100 scale. */
export async function satisfactionByItem(ds: DataSource, year: number): Promise<ItemSatisfaction[]> {
  return satisfactionByItemBetween(ds, `${year}-01-01`, `${year}-12-31`);
}

/** The same over the questionnaires of any span of days (a report's period). */
export async function satisfactionByItemBetween(ds: DataSource, from: string, to: string): Promise<ItemSatisfaction[]> {
  const q = quoter(ds);
  const rows: Array<{ code: string; name: string; n: number; total: number | null }> = await ds.query(
    `SELECT i.${q('code')} AS code, i.${q('name')} AS name, COUNT(*) AS n, SUM(s.${q('score')} * 100.0 / i.${q('maxScore')}) AS total
      FROM ${q('survey_score')} s JOIN ${q('survey_item')} i ON i.${q('id')} = s.${q('itemId')} JOIN ${q('satisfaction_survey')} v ON v.${q('id')} = s.${q('surveyId')}
      WHERE s.${q('voidedAt')} IS NULL AND v.${q('voidedAt')} IS NULL AND v.${q('surveyDate')} >= ? AND v.${q('surveyDate')} <= ?
      GROUP BY i.${q('id')}, i.${q('code')}, i.${q('name')} ORDER BY i.${q('code')}`,
    [from, to],
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    questionnaires: Number(r.n),
    satisfaction: Math.round((Number(r.total) / Number(r.n)) * 100) / 100,
  }));
}

@Resolver()
export class SurveyResolver {
  @Authorized(...ALL_ROLES)
  @Heavy()
  @Query(() => [CallbackPlanItem], {
    description: '回访计划: KEY customers every 6 months, LONG_TERM yearly; soonest due first.',
    complexity: FIELD_COST.plan,
  })
  async callbackPlan(
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'Day to judge by (default today).' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CallbackPlanItem[]> {
    return callbackPlan(ctx.ds, asOf ?? localDate(new Date()));
  }

  @Authorized(...ALL_ROLES)
  @Query(() => [ItemSatisfaction], {
    description:
      '分项满意度: satisfaction per survey item in a year (items scored on their own maximum, brought to 0–100).',
  })
  async satisfactionByItem(
    @Arg('year', () => Int, { description: 'Calendar year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ItemSatisfaction[]> {
    checkYear(year);
    return satisfactionByItem(ctx.ds, year);
  }

  @Authorized(...ALL_ROLES)
  @Heavy()
  @Query(() => SatisfactionSummary, {
    description: '年度满意度 = Σ 百分制得分 ÷ 问卷份数.',
    complexity: FIELD_COST.plan,
  })
  async satisfactionOfYear(
    @Arg('year', () => Int, { description: 'Calendar year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SatisfactionSummary> {
    checkYear(year);
    const surveys = await listAll(ctx.ds.manager, surveyLedger, {
      filter: { surveyDate: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    });
    const customers = await listAll(ctx.ds.manager, customerLedger, {});
    const surveyed = new Set(surveys.map((s) => s.customerId));
    return {
      year,
      questionnaires: surveys.length,
      satisfaction: satisfaction(surveys.map((s) => Number(s.score))),
      customersSurveyed: surveyed.size,
      customersNotSurveyed: customers.filter((c) => !surveyed.has(c.id)).length,
      customersNotSurveyedIds: customers.filter((c) => !surveyed.has(c.id)).map((c) => Number(c.id)),
    };
  }
}
