import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Float, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { badInput } from '../../api/graphql/errors.js';
import { GraphQLLocalDate } from '../../api/graphql/shared-types.js';
import { Role } from '../user/roles.js';
import { PARETO_MEASURES, PARETO_SUBJECTS, paretoGroups, type ParetoMeasureCode, type ParetoSubjectCode } from './pareto.queries.js';
import { paretoLines } from './pareto.rules.js';

/** GraphQL enums of the codes pareto.queries.ts defines (one list). */
const ParetoSubject = Object.fromEntries(PARETO_SUBJECTS.map((k) => [k, k])) as { [K in ParetoSubjectCode]: K };
const ParetoMeasure = Object.fromEntries(PARETO_MEASURES.map((k) => [k, k])) as { [K in ParetoMeasureCode]: K };

registerEnumType(ParetoSubject, {
  name: 'ParetoSubject',
  description: 'What a Pareto groups.',
  valuesConfig: {
    COMPLAINT_CAUSE: { description: '投诉原因 / complaints received in the period by cause category (none → UNCLASSIFIED)' },
    DEFECT_CAUSE: { description: '不良原因 / rework orders opened in the period by defect cause (none → UNCLASSIFIED)' },
    PART: { description: '料号 / material lines entered in the period by part no.' },
    CUSTOMER: { description: '客户 / complaints received in the period by customer (none → ANONYMOUS)' },
  },
});

registerEnumType(ParetoMeasure, {
  name: 'ParetoMeasure',
  description: 'What a Pareto adds up.',
  valuesConfig: {
    COUNT: { description: '件数 / rows' },
    COST: { description: '成本 / rework cost (labour hours × rate + issued material); for parts, quantity × unit cost of the lines' },
  },
});

@ObjectType({ description: 'The rows behind a figure: open `ledger` with `filter` (the syntax its list query takes).' })
export class Drill {
  @Field(() => String, { description: 'Ledger name.' })
  ledger!: string;
  @Field(() => GraphQLJSONObject, { description: 'Filter for the ledger list query.' })
  filter!: Record<string, unknown>;
}

@ObjectType({ description: 'One bar of a Pareto.' })
export class ParetoItem {
  @Field(() => String, { description: 'Code, part no. or customer code.' })
  key!: string;
  @Field(() => String, { description: 'What to show (Chinese label).' })
  label!: string;
  @Field(() => Float, { description: 'Count or cost.' })
  value!: number;
  @Field(() => Float, { nullable: true, description: 'value ÷ total (null when the total is 0).' })
  share!: number | null;
  @Field(() => Float, { nullable: true, description: 'Running share, largest first.' })
  cumulativeShare!: number | null;
  @Field(() => Boolean, { description: 'Among the vital few: up to and including the item that reaches 80 %.' })
  vital!: boolean;
  @Field(() => Drill, { description: 'The rows behind this figure.' })
  drill!: Drill;
}

@ObjectType({ description: 'A Pareto: items by value, largest first, with the cumulative line.' })
export class Pareto {
  @Field(() => Float, { description: 'Sum of all items.' })
  total!: number;
  @Field(() => [ParetoItem], { description: 'Items, largest first.' })
  items!: ParetoItem[];
}

/** The most a period may span (ten years of daily figures is more than any report reads). */
const MAX_PERIOD_DAYS = 3660;

@Resolver()
export class ReportResolver {
  @Authorized(Role.QUALITY, Role.MANAGER, Role.ADMIN, Role.AUDITOR)
  @Query(() => Pareto, { description: '帕累托分析: counts or costs grouped by subject over a period (inclusive, China time), computed by the database. Quality, managers, administrators, auditors.' })
  async pareto(
    @Arg('subject', () => ParetoSubject, { description: 'What to group.' }) subject: ParetoSubjectCode,
    @Arg('measure', () => ParetoMeasure, { description: 'What to add up.' }) measure: ParetoMeasureCode,
    @Arg('from', () => GraphQLLocalDate, { description: 'First day, inclusive.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, inclusive.' }) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Pareto> {
    const [a, b] = [String(from).slice(0, 10), String(to).slice(0, 10)];
    if (b < a) throw badInput('to', 'INVALID_PERIOD', '「至」不能早于「从」 (to is before from)');
    if ((Date.parse(b) - Date.parse(a)) / 86_400_000 > MAX_PERIOD_DAYS) throw badInput('to', 'PERIOD_TOO_LONG', '期间最长 10 年 (period too long)');
    return paretoLines(await paretoGroups(ctx.ds, subject, measure, { from: a, to: b }));
  }
}
