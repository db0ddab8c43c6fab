import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { WorkflowAction } from '../../core/graphql/shared-types.js';
import { ledgerGraphQL } from '../../core/ledger/ledger-graphql.js';
import type { Row } from '../../core/ledger/ledger.types.js';
import { runTransition, WorkflowError } from '../../core/ledger/workflow.js';
import { complaintLedger } from './complaint.ledger.js';
import { COMPLAINT_TRANSITIONS, isOverdue, secondsLeft } from './complaint.rules.js';

const Complaint = () => ledgerGraphQL('complaint').ObjectType;

/** The mutation of each command. */
const MUTATIONS: Record<string, string> = {
  acknowledge: 'acknowledgeComplaint',
  startInvestigation: 'startComplaintInvestigation',
  recordCountermeasure: 'recordComplaintCountermeasure',
  verifyCountermeasure: 'verifyComplaintCountermeasure',
  respond: 'respondToComplaint',
  recordCallback: 'recordComplaintCallback',
  close: 'closeComplaint',
  reject: 'rejectComplaint',
  withdraw: 'withdrawComplaint',
  reopen: 'reopenComplaint',
  escalate: 'escalateComplaint',
};
const roles = (command: string) => [...COMPLAINT_TRANSITIONS[command].roles];

function asGraphQL(e: unknown): unknown {
  if (!(e instanceof WorkflowError)) return e;
  return new GraphQLError(e.message, {
    extensions: { code: e.code === 'FORBIDDEN' ? 'FORBIDDEN' : e.code === 'CONFLICT' ? 'CONFLICT' : 'BAD_USER_INPUT', reason: e.code, field: e.field, currentVersion: e.current?.version },
  });
}

async function run(ctx: RequestContext, command: string, id: number, version: number, input: Record<string, unknown> = {}): Promise<Row> {
  const u = ctx.user!;
  try {
    return await runTransition(ctx.ds, complaintLedger, command, COMPLAINT_TRANSITIONS[command], { userId: u.id, role: u.role, displayName: u.displayName }, { id, version }, input);
  } catch (e) {
    throw asGraphQL(e);
  }
}

const idArg = () => Arg('id', () => Int, { description: 'Complaint id.' });
const versionArg = () => Arg('version', () => Int, { description: 'The version the user saw; a stale one is a CONFLICT.' });
const reasonArg = () => Arg('reason', () => String, { description: 'Why, in words (kept in the audit trail).' });

/** Complaint workflow commands (status changes only here) and computed deadline fields. */
@Resolver(Complaint)
export class ComplaintResolver {
  @FieldResolver(() => Boolean, { description: '超期 / Overdue: open past its deadline, or finished after it.' })
  overdue(@Root() row: Row): boolean {
    return isOverdue(row, new Date());
  }

  @FieldResolver(() => Int, { nullable: true, description: '剩余时间（秒）/ Seconds left until the deadline, negative when past; null once finished.' })
  secondsLeft(@Root() row: Row): number | null {
    return secondsLeft(row, new Date());
  }

  @FieldResolver(() => [WorkflowAction], { description: '可执行操作 / Commands the signed-in user may run on this complaint now.' })
  availableActions(@Root() row: Row, @Ctx() ctx: RequestContext): WorkflowAction[] {
    if (row.voidedAt) return [];
    return Object.entries(COMPLAINT_TRANSITIONS)
      .filter(([, t]) => t.roles.includes(ctx.user!.role) && t.from.includes(String(row.status)))
      .map(([name, t]) => ({ name, mutation: MUTATIONS[name], label: t.label, needs: [...(t.needs ?? [])] }));
  }

  @Authorized(...roles('acknowledge'))
  @Mutation(Complaint, { description: '确认受理: RECEIVED/REOPENED → ACKNOWLEDGED.' })
  acknowledgeComplaint(@idArg() id: number, @versionArg() version: number, @Ctx() ctx: RequestContext) {
    return run(ctx, 'acknowledge', id, version);
  }

  @Authorized(...roles('startInvestigation'))
  @Mutation(Complaint, { description: '开始调查: ACKNOWLEDGED → INVESTIGATING; needs a responsible department.' })
  startComplaintInvestigation(@idArg() id: number, @versionArg() version: number, @Ctx() ctx: RequestContext) {
    return run(ctx, 'startInvestigation', id, version);
  }

  @Authorized(...roles('recordCountermeasure'))
  @Mutation(Complaint, { description: '登记对策: INVESTIGATING → COUNTERMEASURE; needs root cause and corrective action.' })
  recordComplaintCountermeasure(@idArg() id: number, @versionArg() version: number, @Ctx() ctx: RequestContext) {
    return run(ctx, 'recordCountermeasure', id, version);
  }

  @Authorized(...roles('verifyCountermeasure'))
  @Mutation(Complaint, { description: '验证对策效果: records who verified the countermeasure and when; status unchanged.' })
  verifyComplaintCountermeasure(@idArg() id: number, @versionArg() version: number, @Ctx() ctx: RequestContext) {
    return run(ctx, 'verifyCountermeasure', id, version);
  }

  @Authorized(...roles('respond'))
  @Mutation(Complaint, { description: '答复客户: INVESTIGATING/COUNTERMEASURE → RESPONDED; needs a result.' })
  respondToComplaint(@idArg() id: number, @versionArg() version: number, @Ctx() ctx: RequestContext) {
    return run(ctx, 'respond', id, version);
  }

  @Authorized(...roles('recordCallback'))
  @Mutation(Complaint, { description: '登记回访: RESPONDED → CALLBACK; an unsatisfied customer escalates the complaint.' })
  recordComplaintCallback(
    @idArg() id: number,
    @versionArg() version: number,
    @Arg('callbackResult', () => String, { description: '回访结果.' }) callbackResult: string,
    @Arg('satisfied', () => Boolean, { description: '客户是否满意.' }) satisfied: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, 'recordCallback', id, version, { callbackResult, satisfied });
  }

  @Authorized(...roles('close'))
  @Mutation(Complaint, { description: '结案: CALLBACK → CLOSED; needs a callback result and, where the company was responsible, a verified countermeasure.' })
  closeComplaint(@idArg() id: number, @versionArg() version: number, @Ctx() ctx: RequestContext) {
    return run(ctx, 'close', id, version);
  }

  @Authorized(...roles('reject'))
  @Mutation(Complaint, { description: '不予受理: not the company’s responsibility, explained to the customer.' })
  rejectComplaint(@idArg() id: number, @versionArg() version: number, @reasonArg() reason: string, @Ctx() ctx: RequestContext) {
    return run(ctx, 'reject', id, version, { reason });
  }

  @Authorized(...roles('withdraw'))
  @Mutation(Complaint, { description: '撤诉: the customer withdrew; records whether freely.' })
  withdrawComplaint(
    @idArg() id: number,
    @versionArg() version: number,
    @reasonArg() reason: string,
    @Arg('voluntary', () => Boolean, { description: '客户是否自愿撤诉.' }) voluntary: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, 'withdraw', id, version, { reason, voluntary });
  }

  @Authorized(...roles('reopen'))
  @Mutation(Complaint, { description: '重复投诉: reopens a finished complaint and escalates it.' })
  reopenComplaint(@idArg() id: number, @versionArg() version: number, @reasonArg() reason: string, @Ctx() ctx: RequestContext) {
    return run(ctx, 'reopen', id, version, { reason });
  }

  @Authorized(...roles('escalate'))
  @Mutation(Complaint, { description: '升级: escalates an open complaint to leadership.' })
  escalateComplaint(@idArg() id: number, @versionArg() version: number, @reasonArg() reason: string, @Ctx() ctx: RequestContext) {
    return run(ctx, 'escalate', id, version, { reason });
  }
}
