import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { isOverdue, isReplyOverdue, secondsLate, secondsLeft } from './deadline.rules.js';

const Complaint = () => ledgerGraphQL('complaint').ObjectType;

/** Computed deadline fields of a complaint. */
@Resolver(Complaint)
export class ComplaintResolver {
  @FieldResolver(() => Boolean, {
    description:
      '书面答复已超期 / Reply overdue: the customer is not answered yet and the seven days for the written reply (replyDueAt) have passed.',
  })
  replyOverdue(@Root() row: Row): boolean {
    return isReplyOverdue(row, new Date());
  }

  @FieldResolver(() => Boolean, {
    description: '已超期 / Overdue: the answer is still due and its deadline has passed.',
  })
  overdue(@Root() row: Row): boolean {
    return isOverdue(row, new Date());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '剩余时间（秒）/ Seconds left until the deadline while the answer is due, negative when past; null once answered or ended.',
  })
  secondsLeft(@Root() row: Row): number | null {
    return secondsLeft(row, new Date());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Once answered (or ended without an answer): how many seconds after the deadline (0 or less: on time, 按期完成); null while the answer is due.',
  })
  secondsLate(@Root() row: Row): number | null {
    return secondsLate(row);
  }
}
