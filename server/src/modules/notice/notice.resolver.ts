import { FIELD_COST, Heavy } from '../../api/graphql/heavy.js';
import type { DataSource } from 'typeorm';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { addMonths, localDate, localMoment } from '../../core/calendar/working-calendar.js';
import { previousMonth } from '../../../../common/business-time.js';
import type { RequestContext } from '../../api/graphql/context.js';
import { badInput } from '../../api/graphql/errors.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import { findByField } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { listAll } from '../../core/ledger/query/list-query.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { Role } from '../user/roles.js';
import { noticeLedger } from './notice.ledger.js';
import { isSerious } from './notice.rules.js';

/** Serious complaints (escalated, claims, repeats) closed in a month that have no reward/penalty notice yet. */
export async function seriousWithoutNotice(ds: DataSource, m: string): Promise<Row[]> {
  const from = localMoment(`${m}-01`);
  const to = new Date(localMoment(`${addMonths(`${m}-01`, 1)}`).getTime() - 1);
  const closed = await listAll(ds.manager, complaintLedger, {
    filter: { status: { eq: 'CLOSED' }, closedAt: { gte: from, lte: to } },
  });
  const serious = closed.filter(isSerious);
  const notices = await findByField(
    ds.manager,
    noticeLedger,
    'sourceComplaintId',
    serious.map((c) => c.id),
  );
  const covered = new Set(notices.map((n) => n.sourceComplaintId));
  return serious.filter((c) => !covered.has(c.id));
}

@Resolver()
export class NoticeReviewResolver {
  @Authorized(Role.MANAGER, Role.QUALITY, Role.ADMIN, Role.AUDITOR)
  @Query(() => [ledgerGraphQL('complaint').ObjectType], {
    description:
      '总经理月度检查: serious complaints (escalated, claims, repeats) closed in the month (default: last month) that have no reward/penalty notice yet.',
    complexity: FIELD_COST.plan,
  })
  @Heavy()
  async seriousComplaintsWithoutNotice(
    @Arg('month', () => String, { nullable: true, description: 'YYYY-MM; last month when omitted.' })
    month: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Row[]> {
    const m = month ?? previousMonth(localDate(new Date()));
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw badInput('month', 'INVALID', 'month: 格式为 YYYY-MM');
    return seriousWithoutNotice(ctx.ds, m);
  }
}
