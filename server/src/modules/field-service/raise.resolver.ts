import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { userOf, type RequestContext } from '../../api/graphql/context.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import { asGraphQLError } from '../../api/graphql/ledger/edge.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import type { SaveResult } from '../../core/ledger/write/batch-save.js';
import { Role } from '../user/roles.js';
import { complaintFromRequest, requestFrom, returnFromRequest } from './raise.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { DISPATCHERS } from './technician.ledger.js';

const answer = async (run: () => Promise<SaveResult>): Promise<unknown> => {
  try {
    const r = await run();
    return { ...r, rows: r.saved.map((x) => x.record), lines: null };
  } catch (e) {
    throw asGraphQLError(e);
  }
};
const actorOf = (ctx: RequestContext) => {
  const u = userOf(ctx);
  return { userId: u.id, role: u.role, displayName: u.displayName, departmentId: u.departmentId };
};
const requests = () => [ledgerGraphQL('serviceRequest').ObjectType];

/** 报修 ⇄ 投诉、退换修、回访: one record raising another in one transaction, the link kept on the request. */
@Resolver()
export class RaiseResolver {
  @Authorized(Role.CLERK, Role.QUALITY, Role.ADMIN)
  @Mutation(() => ledgerGraphQL('complaint').SaveResult, {
    description:
      '报修转投诉: a complaint about the fault or the service, linked both ways with the request, in one transaction.',
  })
  raiseComplaintFromServiceRequest(
    @Arg('id', () => Int, { description: 'The repair request.' }) id: number,
    @Arg('version', () => Int, { description: 'Its version as seen.' }) version: number,
    @Arg('description', () => String, { description: '投诉内容.' }) description: string,
    @Arg('kind', () => String, { defaultValue: 'APPEAL', description: 'ComplaintKind code.' }) kind: string,
    @Arg('handlingScope', () => String, { defaultValue: 'GENERAL', description: 'HandlingScope code.' })
    handlingScope: string,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    return answer(() =>
      complaintFromRequest(ctx.ds, actorOf(ctx), { id, version }, { description, kind, handlingScope }),
    );
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => ledgerGraphQL('returnOrder').SaveResult, {
    description:
      '报修转退/换/维修单: the unit goes back to the factory; linked both ways with the request, in one transaction.',
  })
  raiseReturnFromServiceRequest(
    @Arg('id', () => Int, { description: 'The repair request.' }) id: number,
    @Arg('version', () => Int, { description: 'Its version as seen.' }) version: number,
    @Arg('type', () => String, { defaultValue: 'REPAIR', description: 'ReturnType code.' }) type: string,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    return answer(() => returnFromRequest(ctx.ds, actorOf(ctx), { id, version }, type));
  }

  @Authorized(...DISPATCHERS)
  @Mutation(() => ledgerGraphQL('serviceRequest').SaveResult, {
    description: '投诉转报修: a repair request for the complaint’s unit, naming the complaint, in one transaction.',
  })
  raiseServiceRequestFromComplaint(
    @Arg('complaintId', () => Int, { description: 'The complaint.' }) complaintId: number,
    @Arg('version', () => Int, { description: 'Its version as seen.' }) version: number,
    @Arg('fault', () => String, { defaultValue: '', description: '故障描述 (the complaint’s own when empty).' })
    fault: string,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    return answer(() => requestFrom(ctx.ds, actorOf(ctx), 'complaint', { id: complaintId, version }, fault));
  }

  @Authorized(...DISPATCHERS)
  @Mutation(() => ledgerGraphQL('serviceRequest').SaveResult, {
    description: '回访转报修: a repair request raised in a callback, naming the callback, in one transaction.',
  })
  raiseServiceRequestFromCallback(
    @Arg('callbackId', () => Int, { description: 'The callback.' }) callbackId: number,
    @Arg('version', () => Int, { description: 'Its version as seen.' }) version: number,
    @Arg('fault', () => String, { defaultValue: '', description: '故障描述 (the callback’s content when empty).' })
    fault: string,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    return answer(() => requestFrom(ctx.ds, actorOf(ctx), 'callback', { id: callbackId, version }, fault));
  }
}

/** The other end of each link: the requests a complaint, a return order or a callback is tied to. */
const linked = (ctx: RequestContext, fields: string[], id: number) =>
  Promise.all(fields.map((f) => ctx.loaders.children(serviceRequestLedger, f).load(id))).then((x) => x.flat());

@Resolver(() => ledgerGraphQL('complaint').ObjectType)
export class ComplaintRequestsResolver {
  @FieldResolver(requests, { description: '关联报修单: requests raised from this complaint or that raised it.' })
  serviceRequests(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return linked(ctx, ['sourceComplaintId', 'raisedComplaintId'], row.id);
  }
}

@Resolver(() => ledgerGraphQL('returnOrder').ObjectType)
export class ReturnRequestsResolver {
  @FieldResolver(requests, { description: '关联报修单: the request that sent this unit back.' })
  serviceRequests(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return linked(ctx, ['raisedReturnId'], row.id);
  }
}

@Resolver(() => ledgerGraphQL('callback').ObjectType)
export class CallbackRequestsResolver {
  @FieldResolver(requests, { description: '关联报修单: requests raised in this callback.' })
  serviceRequests(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return linked(ctx, ['sourceCallbackId'], row.id);
  }
}
