import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLISODateTime } from '../../api/graphql/shared-types.js';

@ObjectType({ description: 'One promise clock of a repair request (响应, 到场, 排除故障, 提交服务报告).' })
export class PromiseClock {
  @Field(() => String, { description: 'RESPONSE, ARRIVAL, CLEARED or REPORT.' }) key!: string;
  @Field(() => String, { description: 'The clock in Chinese: 响应, 到场, 排除故障, 提交服务报告.' }) label!: string;
  @Field(() => String, { description: 'KEPT, MISSED, RUNNING, OVERDUE, NOT_STARTED or NOT_NEEDED.' }) state!: string;
  @Field(() => String, { description: 'The state in Chinese: 按时, 超时完成, 计时中, 已超时, 未开始, 无需.' })
  stateLabel!: string;
  @Field(() => String, { description: 'What is promised, in words: 24 小时, 1 个工作日.' }) promise!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it falls due.' }) dueAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stopped.' }) doneAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Seconds left while running, negative once overdue.' })
  secondsLeft!: number | null;
}

@ObjectType({ description: '派工建议: a technician who suits a request, with the reasons in words.' })
export class DispatchSuggestion {
  @Field(() => ID, { description: 'The technician row.' }) technicianId!: number;
  @Field(() => String, { description: '工号.' }) code!: string;
  @Field(() => String, { description: '姓名.' }) name!: string;
  @Field(() => String, { description: '服务站.' }) station!: string;
  @Field(() => Int, { description: 'Higher suits better.' }) score!: number;
  @Field(() => Int, { description: 'Open requests already on his hands.' }) openRequests!: number;
  @Field(() => [String], { description: 'Why: skill, region, load.' }) reasons!: string[];
}

@ObjectType({ description: 'A fault from the knowledge base that matches the symptom words.' })
export class FaultHit {
  @Field(() => ID, { description: 'The fault row.' }) id!: number;
  @Field(() => String, { description: '故障代码.' }) code!: string;
  @Field(() => String, { nullable: true, description: '适用机型/类别.' }) appliesTo!: string | null;
  @Field(() => String, { description: '故障现象.' }) symptom!: string;
  @Field(() => String, { nullable: true, description: '故障原因.' }) cause!: string | null;
  @Field(() => String, { description: '解决方法.' }) solution!: string;
  @Field(() => Int, { description: 'How well it matched.' }) score!: number;
  @Field(() => Int, { description: 'Visits that used it.' }) used!: number;
  @Field(() => Int, { description: 'Of those, the first visit of its request that fixed the fault.' })
  fixedFirstTime!: number;
}

@InputType({ description: 'A part used on the visit, from the technician’s van.' })
export class UsedPartInput {
  @Field(() => String, { description: '备件编号.' }) partNo!: string;
  @Field(() => Int, { description: 'How many.' }) qty!: number;
}

@InputType({ description: '服务报告 as the phone recorded it on site.' })
export class ServiceReportInput {
  @Field(() => Int, { description: 'The repair request.' }) requestId!: number;
  @Field(() => String, { description: 'The draft’s own key on the phone: sent twice, filed once.' }) draftKey!: string;
  @Field(() => GraphQLISODateTime, { description: '到场时间 as recorded on the phone.' }) arrivedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '离场时间.' }) departedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '检查情况.' }) findings?: string | null;
  @Field(() => String, { nullable: true, description: '故障代码 from the knowledge base.' }) faultCode?: string | null;
  @Field(() => String, { description: '处理措施.' }) workDone!: string;
  @Field(() => Boolean, { description: '故障已排除.' }) fixed!: boolean;
  @Field(() => Float, { nullable: true, description: '工时.' }) hours?: number | null;
  @Field(() => String, { nullable: true, description: '客户确认人 (typed).' }) customerName?: string | null;
  @Field(() => [UsedPartInput], { description: 'Parts used.' }) parts!: UsedPartInput[];
}

@ObjectType({ description: 'A clock’s promises kept.' })
export class ClockFigure {
  @Field(() => String, { description: 'The clock: 响应, 到场, 排除故障, 提交服务报告.' }) label!: string;
  @Field(() => Int, { description: 'Kept.' }) kept!: number;
  @Field(() => Int, { description: 'Judged (stopped or overdue).' }) counted!: number;
}

@ObjectType({ description: '技术人员业绩 for a period.' })
export class TechnicianFigure {
  @Field(() => ID, { description: 'The technician row.' }) technicianId!: number;
  @Field(() => String, { description: '工号.' }) code!: string;
  @Field(() => String, { description: '姓名.' }) name!: string;
  @Field(() => String, { description: '服务站.' }) station!: string;
  @Field(() => Int, { description: 'Requests reported in the period and dispatched to him.' }) requests!: number;
  @Field(() => [ClockFigure], { description: 'Promise kept per clock.' }) kept!: ClockFigure[];
  @Field(() => Int, { description: 'Visits.' }) visits!: number;
  @Field(() => Int, { description: 'Requests with a visit.' }) visited!: number;
  @Field(() => Int, { description: 'Of those, fixed on the first visit.' }) firstTimeFixed!: number;
  @Field(() => Int, { description: 'Requests followed by another on the same unit within 30 days.' }) repeats!: number;
  @Field(() => Float, { description: '工时.' }) hours!: number;
  @Field(() => Float, { description: '备件费用（元）.' }) partsCost!: number;
  @Field(() => Int, { description: 'Requests called back.' }) calledBack!: number;
  @Field(() => Int, { description: 'Of those, satisfied.' }) satisfied!: number;
}

@ObjectType({ description: 'A part on the technician’s van.' })
export class VanPart {
  @Field(() => String, { description: '备件编号.' }) partNo!: string;
  @Field(() => String, { description: '名称.' }) name!: string;
  @Field(() => Int, { description: 'How many are on the van.' }) qty!: number;
}

@ObjectType({ description: '缺件: a part below the minimum the warehouses keep.' })
export class PartShortage {
  @Field(() => String, { description: '备件编号.' }) partNo!: string;
  @Field(() => String, { description: '名称.' }) name!: string;
  @Field(() => Int, { description: '最低库存.' }) minLevel!: number;
  @Field(() => Int, { description: 'In the warehouses.' }) warehouse!: number;
  @Field(() => Int, { description: 'On the vans.' }) vans!: number;
}

@ObjectType({ description: '派工看板: a technician’s open requests by the day their arrival falls due.' })
export class TechnicianLoad {
  @Field(() => String, { description: '工号.' }) code!: string;
  @Field(() => String, { description: '姓名.' }) name!: string;
  @Field(() => String, { description: '服务站.' }) station!: string;
  @Field(() => Int, { description: 'Open requests whose arrival is overdue.' }) overdue!: number;
  @Field(() => [Int], { description: 'Open requests due to be reached on each day from today (China time).' })
  perDay!: number[];
}
