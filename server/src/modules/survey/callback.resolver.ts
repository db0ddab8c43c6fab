import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { userOf } from '../../api/graphql/context.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import { Role } from '../user/roles.js';
import { asGraphQLError } from '../../api/graphql/ledger/edge.js';
import { raiseComplaintFromCallback } from './raise-complaint.js';

@Resolver()
export class CallbackResolver {
  @Authorized(Role.CLERK, Role.QUALITY, Role.ADMIN)
  @Mutation(() => ledgerGraphQL('complaint').SaveResult, {
    description:
      "回访中提出投诉: creates the complaint (channel CALLBACK, the callback's customer and unit, received now) and links it both ways with the callback, in one transaction. Clerks, quality, administrators.",
  })
  async raiseComplaintFromCallback(
    @Arg('callbackId', () => Int, { description: 'The callback.' }) callbackId: number,
    @Arg('version', () => Int, { description: "The callback's version as seen." }) version: number,
    @Arg('description', () => String, { description: '投诉内容.' }) description: string,
    @Arg('kind', () => String, {
      defaultValue: 'APPEAL',
      description: 'ComplaintKind code (APPEAL, CLAIM, NON_QUALITY).',
    })
    kind: string,
    @Arg('handlingScope', () => String, {
      defaultValue: 'GENERAL',
      description: 'HandlingScope code (sets the deadline).',
    })
    handlingScope: string,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    const u = userOf(ctx);
    try {
      const r = await raiseComplaintFromCallback(
        ctx.ds,
        { userId: u.id, role: u.role, displayName: u.displayName },
        { id: callbackId, version },
        { description, kind, handlingScope },
      );
      return { ...r, rows: r.saved.map((x) => x.record), lines: null };
    } catch (e) {
      throw asGraphQLError(e);
    }
  }
}
