import { Ctx, Field, FieldResolver, Float, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { reworkOrderLedger } from './rework.ledgers.js';
import { materialLineLedger, materialRequisitionLedger, requisitionLineLedger } from './rework.ledgers.js';
import { reworkCost } from './rework.rules.js';

@ObjectType({ description: 'Rework cost = labour + issued material.' })
export class ReworkCost {
  @Field(() => Float, { description: 'Labour hours × rate.' })
  labour!: number;
  @Field(() => Float, { description: 'Σ issued quantity × unit cost.' })
  material!: number;
  @Field(() => Float, { description: 'Labour + material.' })
  total!: number;
}

const Rework = () => ledgerGraphQL('reworkOrder').ObjectType;
const Requisition = () => ledgerGraphQL('materialRequisition').ObjectType;

@Resolver(Rework)
export class ReworkOrderResolver {
  @FieldResolver(() => ReworkCost, { description: '返工成本 / Rework cost.' })
  async cost(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<ReworkCost> {
    return reworkCost(row, await ctx.loaders.children(requisitionLineLedger, 'reworkOrderId').load(row.id));
  }

  @FieldResolver(() => [ledgerGraphQL('materialLine').ObjectType], { description: '物料单 / Material list lines.' })
  materialLines(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return ctx.loaders.children(materialLineLedger, 'reworkOrderId').load(row.id);
  }

  @FieldResolver(() => [ledgerGraphQL('materialRequisition').ObjectType], { description: '领料单 / Requisitions.' })
  requisitions(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return ctx.loaders.children(materialRequisitionLedger, 'reworkOrderId').load(row.id);
  }
}

@Resolver(Requisition)
export class RequisitionResolver {
  @FieldResolver(() => [ledgerGraphQL('requisitionLine').ObjectType], { description: '领料明细 / Lines.' })
  lines(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return ctx.loaders.children(requisitionLineLedger, 'requisitionId').load(row.id);
  }
}

@Resolver(() => ledgerGraphQL('returnOrder').ObjectType)
export class ReturnOrderReworkResolver {
  @FieldResolver(() => [ledgerGraphQL('reworkOrder').ObjectType], {
    description: '返工单 / Rework orders opened on this order.',
  })
  reworkOrders(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return ctx.loaders.children(reworkOrderLedger, 'returnOrderId').load(row.id);
  }
}
