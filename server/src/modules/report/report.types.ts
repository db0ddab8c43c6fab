import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLISODateTime, GraphQLLocalDate } from '../../api/graphql/shared-types.js';
import { KPI_GROUPS, type KpiGroupCode } from './kpi.queries.js';
import { PARETO_MEASURES, PARETO_SUBJECTS, type ParetoMeasureCode, type ParetoSubjectCode } from './pareto.queries.js';
import {
  REWORK_DATES,
  REWORK_GROUP_KEYS,
  type ReworkDateCode,
  type ReworkGroupKeyCode,
} from './rework-history.queries.js';

/** A GraphQL enum of a list of codes a query module defines (one list for both). */
function codes<K extends string>(
  list: readonly K[],
  name: string,
  description: string,
  docs: Record<K, string>,
): { [P in K]: P } {
  const e = Object.fromEntries(list.map((k) => [k, k])) as { [P in K]: P };
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(list.map((k) => [k, { description: docs[k] }])) as never,
  });
  return e;
}

export const ParetoSubject = codes<ParetoSubjectCode>(PARETO_SUBJECTS, 'ParetoSubject', 'What a Pareto groups.', {
  COMPLAINT_CAUSE: '投诉原因 / complaints received in the period by cause category (none → UNCLASSIFIED)',
  DEFECT_CAUSE: '不良原因 / rework orders opened in the period by defect cause (none → UNCLASSIFIED)',
  PART: '料号 / rework orders opened in the period by the part nos. on their material lists; cost = issued quantity × unit cost of that part',
  PRODUCT_MODEL: '产品型号 / rework orders opened in the period by model (none → UNKNOWN)',
  CUSTOMER: '客户 / complaints received in the period by customer (none → ANONYMOUS)',
});
export const ParetoMeasure = codes<ParetoMeasureCode>(PARETO_MEASURES, 'ParetoMeasure', 'What a Pareto adds up.', {
  COUNT: '件数 / rows',
  COST: '成本 / rework cost (labour hours × rate + issued material); complaints: of the reworks that followed them',
});
export const KpiGroup = codes<KpiGroupCode>(KPI_GROUPS, 'KpiGroup', 'How complaint KPIs are grouped.', {
  MONTH: '按月 (key YYYY-MM; every month present)',
  QUARTER: '按季度 (key YYYY-Qn)',
  DEPARTMENT: '按对策单位 (none → UNASSIGNED)',
  CAUSE: '按原因类别 (none → UNCLASSIFIED)',
  KIND: '按投诉类型',
  CHANNEL: '按渠道',
  PRODUCT_MODEL: '按产品型号 (key: model code; none → UNKNOWN)',
});
export const ReworkGroupKey = codes<ReworkGroupKeyCode>(
  REWORK_GROUP_KEYS,
  'ReworkGroupKey',
  'How rework history is grouped (up to two).',
  {
    PRODUCT_MODEL: '产品型号',
    PART: '料号 (a rework counts once per part it lists; labour is not booked to parts)',
    DEFECT_CAUSE: '不良原因',
    MONTH: '月份',
    CUSTOMER: '客户',
  },
);
export const ReworkDate = codes<ReworkDateCode>(
  REWORK_DATES,
  'ReworkDate',
  'Which date of a rework the period applies to.',
  { OPENED: '开单日期', FINISHED: '终检日期' },
);

export const ReportScope = codes(['COMPANY', 'DEPARTMENT'] as const, 'ReportScope', 'Whose report.', {
  COMPANY: '公司',
  DEPARTMENT: '部门',
});
export const ReportKindEnum = codes(['MONTHLY', 'HALF_YEAR', 'ANNUAL'] as const, 'ReportKind', 'Which report.', {
  MONTHLY: '月报',
  HALF_YEAR: '半年分析',
  ANNUAL: '年度总结',
});

@InputType({
  description:
    'Narrows an analysis; codes as clerks know them. Conditions that do not apply to the subject are refused, naming the field.',
})
export class AnalysisFilter {
  @Field(() => [String], { nullable: true, description: 'Product model codes.' }) models?: string[];
  @Field(() => [String], { nullable: true, description: 'Customer codes.' }) customers?: string[];
  @Field(() => [String], { nullable: true, description: 'Responsible departments (对策单位).' }) departments?: string[];
  @Field(() => [String], { nullable: true, description: 'Complaint cause categories.' }) causes?: string[];
  @Field(() => [String], { nullable: true, description: 'Complaint kinds.' }) kinds?: string[];
  @Field(() => [String], { nullable: true, description: 'Complaint channels.' }) channels?: string[];
  @Field(() => [String], { nullable: true, description: 'Defect causes (reworks only).' }) defectCauses?: string[];
  @Field(() => [String], { nullable: true, description: 'Part nos. (reworks only).' }) parts?: string[];
  @Field(() => String, { nullable: true, description: 'Serial no. contains.' }) serialNo?: string;
}

@InputType({ description: 'Which reworks a history covers.' })
export class ReworkHistoryFilter extends AnalysisFilter {
  @Field(() => GraphQLLocalDate, { description: 'First day, inclusive.' }) from!: string;
  @Field(() => GraphQLLocalDate, { description: 'Last day, inclusive.' }) to!: string;
  @Field(() => ReworkDate, { nullable: true, defaultValue: 'OPENED', description: 'Date the period applies to.' })
  dateField?: ReworkDateCode;
  @Field(() => [String], { nullable: true, description: 'Rework statuses.' }) statuses?: string[];
}

@ObjectType({ description: 'The rows behind a figure: open `ledger` with `filter` (the syntax its list query takes).' })
export class Drill {
  @Field(() => String, { description: 'Ledger name.' }) ledger!: string;
  @Field(() => GraphQLJSONObject, { description: 'Filter for the ledger list query.' }) filter!: Record<
    string,
    unknown
  >;
}

@ObjectType({ description: 'One bar of a Pareto.' })
export class ParetoItem {
  @Field(() => String, { description: 'Code, part no., model code or customer code.' }) key!: string;
  @Field(() => String, { description: 'What to show (Chinese label).' }) label!: string;
  @Field(() => Float, { description: 'Count or cost.' }) value!: number;
  @Field(() => Float, { nullable: true, description: 'value ÷ total (null when the total is 0).' }) share!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Running share, largest first.' }) cumulativeShare!: number | null;
  @Field(() => Boolean, { description: 'Among the vital few: up to and including the item that reaches 80 %.' })
  vital!: boolean;
  @Field(() => Drill, { description: 'The rows behind this figure.' }) drill!: Drill;
}

@ObjectType({ description: 'A Pareto: items by value, largest first, with the cumulative line.' })
export class Pareto {
  @Field(() => Float, { description: 'Sum of all items.' }) total!: number;
  @Field(() => [ParetoItem], { description: 'Items, largest first.' }) items!: ParetoItem[];
}

const rateDoc = (d: string) => ({ nullable: true, description: `${d}; null when the denominator is 0.` });

@ObjectType({
  description:
    'Complaint KPIs of one group (or the totals). Figures are dated by their own event: received, closed, called back.',
})
export class KpiRow {
  @Field(() => String, { description: 'YYYY-MM, YYYY-Qn, a code or TOTAL.' }) key!: string;
  @Field(() => String, { description: 'Chinese label.' }) label!: string;
  @Field(() => Int, { description: 'Received in the period.' }) received!: number;
  @Field(() => Int, { description: 'Closed (已结案) in the period.' }) closed!: number;
  @Field(() => Int, { description: 'Closed with closedAt ≤ dueAt.' }) closedOnTime!: number;
  @Field(() => Float, rateDoc('closedOnTime ÷ closed')) timelinessRate!: number | null;
  @Field(() => Int, { description: 'Closed with a callback recorded.' }) closedWithCallback!: number;
  @Field(() => Int, {
    description: 'Answered in the period whose callback fell due (seven days after the reply) or was made.',
  })
  callbackDue!: number;
  @Field(() => Int, { description: 'Of callbackDue, called back.' }) callbacksDone!: number;
  @Field(() => Float, rateDoc('callbacksDone ÷ callbackDue (by the reply’s date)')) callbackRate!: number | null;
  @Field(() => Int, {
    description:
      'Complaints whose written reply fell due in the period (seven days after receipt), or was made; not rejected or withdrawn.',
  })
  replyDue!: number;
  @Field(() => Int, { description: 'Of replyDue, answered by the seventh day.' }) repliedOnTime!: number;
  @Field(() => Float, rateDoc('repliedOnTime ÷ replyDue (by the reply deadline’s date): 书面答复及时率'))
  replyOnTimeRate!: number | null;
  @Field(() => Int, { description: 'Callbacks made in the period.' }) callbacks!: number;
  @Field(() => Int, { description: 'Of those, customer satisfied.' }) satisfied!: number;
  @Field(() => Float, rateDoc('satisfied ÷ callbacks')) satisfactionRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from receipt to acknowledgement (received in the period).',
  })
  medianFirstResponseHours!: number | null;
  @Field(() => Float, rateDoc('acknowledged within 24 h ÷ received that were acknowledged or are past 24 h'))
  firstResponseOnTimeRate!: number | null;
  @Field(
    () => Float,
    rateDoc('received that were reopened or repeat the same customer + serial within 90 days ÷ received'),
  )
  repeatRate!: number | null;
  @Field(() => Int, { description: 'Received in the period and escalated.' }) escalated!: number;
  @Field(() => Int, { description: 'Open and past due at the end of the group’s period (or `to`).' })
  overdueOpen!: number;
  @Field(() => Int, { description: 'Received in the same days one year earlier.' }) receivedLastYear!: number;
  @Field(() => Float, rateDoc('(received − receivedLastYear) ÷ receivedLastYear')) yoyChange!: number | null;
  @Field(() => Drill, { description: 'The complaints received in this group.' }) drill!: Drill;
}

@ObjectType({ description: 'Complaint KPIs by group with their totals.' })
export class ComplaintKpis {
  @Field(() => [KpiRow], { description: 'Groups (months in order; other groupings by received, most first).' })
  rows!: KpiRow[];
  @Field(() => KpiRow, { description: 'The whole period.' }) totals!: KpiRow;
}

@ObjectType({ description: 'One key of a rework group.' })
export class ReworkGroupKeyValue {
  @Field(() => ReworkGroupKey, { description: 'Grouping.' }) by!: ReworkGroupKeyCode;
  @Field(() => String, { description: 'Code.' }) key!: string;
  @Field(() => String, { description: 'Chinese label.' }) label!: string;
}

@ObjectType({ description: 'Counts and costs of reworks.' })
export class ReworkFigures {
  @Field(() => Int, { description: 'Rework orders.' }) reworks!: number;
  @Field(() => Int, { description: 'Units reworked (Σ qty).' }) units!: number;
  @Field(() => Float, { nullable: true, description: 'Labour hours (null for part groups).' }) labourHours!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Labour cost (null for part groups).' }) labourCost!:
    number | null;
  @Field(() => Float, { description: 'Issued material cost (for a part group: of that part).' }) materialCost!: number;
  @Field(() => Float, { description: 'Labour + material.' }) totalCost!: number;
  @Field(() => Float, { nullable: true, description: 'totalCost ÷ units.' }) costPerUnit!: number | null;
}

@ObjectType({ description: 'A group of rework history.' })
export class ReworkGroup extends ReworkFigures {
  @Field(() => String, { description: 'Keys joined with " / ".' }) key!: string;
  @Field(() => String, { description: 'Labels joined with " / ".' }) label!: string;
  @Field(() => [ReworkGroupKeyValue], { description: 'One per grouping.' }) keys!: ReworkGroupKeyValue[];
  @Field(() => Drill, { description: 'The rework orders of this group.' }) drill!: Drill;
}

@ObjectType({ description: 'A frozen analysis report (monthly, half-year, annual).' })
export class AnalysisReport {
  @Field(() => ID, { description: 'Id; download at /reports/<id>.xlsx.' }) id!: number;
  @Field(() => ReportKindEnum, { description: 'Kind.' }) kind!: string;
  @Field(() => String, { description: 'YYYY-MM, YYYY-H1/H2 or YYYY.' }) period!: string;
  @Field(() => ReportScope, { description: 'Company or department.' }) scope!: string;
  @Field(() => String, { nullable: true, description: 'Department (department reports).' }) department!: string | null;
  @Field(() => Int, { description: 'Version: regenerating makes a new one.' }) version!: number;
  @Field(() => GraphQLISODateTime, { description: 'Frozen at.' }) generatedAt!: Date;
  @Field(() => String, { description: 'By.' }) generatedByName!: string;
  @Field(() => GraphQLLocalDate, { description: 'Due by (the procedures: departments the 5th, the company the 7th).' })
  dueDate!: string;
  @Field(() => Boolean, { description: 'Generated after its due date.' }) late!: boolean;
  @Field(() => String, { description: 'SHA-256 of the stored figures, also in the audit chain.' }) sha256!: string;
  // content: AnalysisReportContentResolver (lists leave the figures out)
}
