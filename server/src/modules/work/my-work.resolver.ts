import { FIELD_COST, Heavy } from '../../api/graphql/heavy.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { userOf } from '../../api/graphql/context.js';
import { myWork, type WorkItem } from './my-work.js';

@ObjectType('WorkOrder', { description: 'One key of the order a list of 我的待办 opens in.' })
export class WorkOrder {
  @Field(() => String, { description: 'Stored field.' }) field!: string;
  @Field(() => String, { description: 'ASC or DESC.' }) direction!: string;
}

@ObjectType('WorkItem', { description: 'One list of 我的待办.' })
export class WorkItemType {
  @Field(() => String, { description: 'Stable key (complaint.acknowledge, complaint.overdue…).' }) key!: string;
  @Field(() => String, { description: 'What waits, in Chinese (待确认的投诉).' }) label!: string;
  @Field(() => Int, { description: 'How many rows.' }) count!: number;
  @Field(() => Boolean, { description: 'Past a deadline or due today.' }) urgent!: boolean;
  @Field(() => String, { description: 'The ledger its rows open in.' }) ledger!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The ledger filter that selects them.' })
  filter!: WorkItem['filter'];
  @Field(() => [WorkOrder], { description: "The order they open in (empty: the ledger's own)." }) order!: NonNullable<
    WorkItem['order']
  >;
  @Field(() => Int, {
    nullable: true,
    description:
      "Of them, the user's own (received or proposed by them, or their department's when they head it); null where the list has no notion of one's own.",
  })
  mine!: number | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The ledger filter that selects the user's own." })
  mineFilter!: Record<string, unknown> | null;
}

@Resolver()
export class MyWorkResolver {
  @Authorized()
  @Heavy()
  @Query(() => [WorkItemType], {
    description:
      '我的待办: what waits for the signed-in user, most urgent first; each list one count. Any signed-in user.',
    complexity: FIELD_COST.myWork,
  })
  async myWork(@Ctx() ctx: RequestContext): Promise<WorkItemType[]> {
    return (await myWork(ctx.ds, userOf(ctx))).map((i) => ({
      ...i,
      order: i.order ?? [],
      mine: i.mine ?? null,
      mineFilter: i.mineFilter ?? null,
    }));
  }
}
