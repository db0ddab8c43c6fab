import { checkDay, checkFirst } from '../../api/graphql/arg-checks.js';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { localDate } from '../../core/calendar/working-calendar.js';
import { userOf, type RequestContext } from '../../api/graphql/context.js';
import { GraphQLLocalDate } from '../../api/graphql/shared-types.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { listLedger } from '../../core/ledger/query/list-query.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { planExtraInspections } from './extra-inspections.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

@Resolver()
export class InspectionResolver {
  @Authorized(...ALL_ROLES)
  @Query(() => [ledgerGraphQL('routineInspection').ObjectType], {
    description: '逾期例行检查: inspections due before the date and not done, oldest first.',
  })
  async overdueInspections(
    @Arg('asOf', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Day to judge by (default today, China time).',
    })
    asOf: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (1–500, default 100).' })
    first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Row[]> {
    const day = asOf ?? localDate(new Date());
    checkDay(day, 'asOf');
    if (first !== null) checkFirst(first);
    const page = await listLedger(ctx.ds.manager, routineInspectionLedger, {
      first: first ?? 100,
      filter: { dueDate: { lte: day }, doneAt: { isNull: true } },
      orderBy: [{ field: 'dueDate', direction: 'ASC' }],
    });
    return page.rows.filter((r) => String(r.dueDate) < day);
  }

  @Authorized(Role.CLERK, Role.QUALITY, Role.ADMIN)
  @Mutation(() => Int, {
    description:
      '补充例行检查计划: plans, beyond the policy’s months, a yearly inspection of each big account’s unit and one for each unit within a year of its design life; answers how many were added (planning again adds none).',
  })
  planExtraInspections(@Ctx() ctx: RequestContext): Promise<number> {
    const u = userOf(ctx);
    return planExtraInspections(ctx.ds, { userId: u.id, role: u.role, displayName: u.displayName });
  }
}
