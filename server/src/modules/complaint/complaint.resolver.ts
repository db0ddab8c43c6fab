import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ledgerGraphQL } from '../../core/ledger/ledger-graphql.js';
import type { Row } from '../../core/ledger/ledger.types.js';
import { buildWorkflowResolver, type CommandSpec } from '../../core/ledger/workflow-graphql.js';
import { complaintLedger } from './complaint.ledger.js';
import { COMPLAINT_TRANSITIONS as T, isOverdue, secondsLeft } from './complaint.rules.js';

const Complaint = () => ledgerGraphQL('complaint').ObjectType;
const reason = { reason: { type: 'String', description: 'Why, in words (kept in the audit trail).' } } as const;

/** The complaint commands as mutations; status changes only here. */
const COMMANDS: Record<string, CommandSpec> = {
  acknowledge: { transition: T.acknowledge, mutation: 'acknowledgeComplaint', description: 'RECEIVED/REOPENED → ACKNOWLEDGED.' },
  startInvestigation: { transition: T.startInvestigation, mutation: 'startComplaintInvestigation', description: 'ACKNOWLEDGED → INVESTIGATING; needs a responsible department.' },
  recordCountermeasure: { transition: T.recordCountermeasure, mutation: 'recordComplaintCountermeasure', description: 'INVESTIGATING → COUNTERMEASURE; needs root cause and corrective action.' },
  verifyCountermeasure: { transition: T.verifyCountermeasure, mutation: 'verifyComplaintCountermeasure', description: 'records who verified the countermeasure and when; status unchanged.' },
  respond: { transition: T.respond, mutation: 'respondToComplaint', description: 'INVESTIGATING/COUNTERMEASURE → RESPONDED; needs a result.' },
  recordCallback: {
    transition: T.recordCallback, mutation: 'recordComplaintCallback', description: 'RESPONDED → CALLBACK; an unsatisfied customer escalates the complaint.',
    args: { callbackResult: { type: 'String', description: '回访结果.' }, satisfied: { type: 'Boolean', description: '客户是否满意.' } },
  },
  close: { transition: T.close, mutation: 'closeComplaint', description: 'CALLBACK → CLOSED; needs a callback result and, where the company was responsible, a verified countermeasure.' },
  reject: { transition: T.reject, mutation: 'rejectComplaint', description: 'not the company’s responsibility, explained to the customer.', args: reason },
  withdraw: {
    transition: T.withdraw, mutation: 'withdrawComplaint', description: 'the customer withdrew; records whether freely.',
    args: { ...reason, voluntary: { type: 'Boolean', description: '客户是否自愿撤诉.' } },
  },
  reopen: { transition: T.reopen, mutation: 'reopenComplaint', description: 'reopens a finished complaint and escalates it.', args: reason },
  escalate: { transition: T.escalate, mutation: 'escalateComplaint', description: 'escalates an open complaint to leadership.', args: reason },
};

export const ComplaintWorkflowResolver = buildWorkflowResolver(complaintLedger, COMMANDS);

/** Computed deadline fields of a complaint. */
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
}
