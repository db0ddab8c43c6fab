import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ledgerGraphQL } from '../../api/graphql/ledger-graphql.js';
import type { Row } from '../../core/ledger/ledger.types.js';
import { buildWorkflowResolver } from '../../api/graphql/workflow-resolver.js';
import { complaintLedger } from './complaint.ledger.js';
import { COMPLAINT_TRANSITIONS as T, isOverdue, secondsLeft } from './complaint.rules.js';

const Complaint = () => ledgerGraphQL('complaint').ObjectType;


export const ComplaintWorkflowResolver = buildWorkflowResolver(complaintLedger, T);

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
