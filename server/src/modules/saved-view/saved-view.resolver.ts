import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { userOf } from '../../api/graphql/context.js';
import { badInput } from '../../api/graphql/errors.js';
import { getLedger } from '../../core/ledger/schema/define-ledger.js';
import { may } from '../../core/ledger/schema/permissions.js';
import { checkView, deleteView, listViews, saveView, ViewProblem, type SavedView } from './saved-view.store.js';

@ObjectType('SavedView', {
  description: "A user's named grid view of a ledger: filter, sort, column order and widths.",
})
export class SavedViewType {
  @Field(() => ID, { description: 'View id.' }) id!: number;
  @Field(() => String, { description: 'Ledger name.' }) ledger!: string;
  @Field(() => String, { description: 'Name the user gave it.' }) name!: string;
  @Field(() => GraphQLJSONObject, { description: '{ filter, sort, columns } as the grid keeps them.' })
  state!: SavedView['state'];
  @Field(() => Date, { description: 'Last saved.' }) updatedAt!: Date;
}

function readableLedger(ctx: RequestContext, name: string): string {
  const l = getLedger(name);
  if (!l || !may(l, 'read', userOf(ctx).role)) throw badInput('ledger', 'UNKNOWN_LEDGER', `没有台账 ${name}`);
  return l.name;
}

@Resolver()
export class SavedViewResolver {
  @Authorized()
  @Query(() => [SavedViewType], {
    description: "The signed-in user's saved views of a ledger, by name. Any signed-in user.",
  })
  async savedViews(
    @Arg('ledger', () => String, { description: 'Ledger name.' }) ledger: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SavedView[]> {
    return listViews(ctx.ds, userOf(ctx).id, readableLedger(ctx, ledger));
  }

  @Authorized()
  @Mutation(() => SavedViewType, {
    description:
      'Saves a view under its name (replaces the same name). Personal settings: not audited. Any signed-in user.',
  })
  async saveView(
    @Arg('ledger', () => String, { description: 'Ledger name.' }) ledger: string,
    @Arg('name', () => String, { description: 'Name of the view (same name replaces).' }) name: string,
    @Arg('state', () => GraphQLJSONObject, { description: '{ filter, sort, columns }.' })
    state: Record<string, unknown>,
    @Ctx() ctx: RequestContext,
  ): Promise<SavedView> {
    try {
      return await saveView(ctx.ds, userOf(ctx).id, readableLedger(ctx, ledger), name, checkView(name, state));
    } catch (e) {
      if (e instanceof ViewProblem) throw badInput(e.field, 'INVALID_VIEW', e.message);
      throw e;
    }
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Deletes one of the signed-in user's views. Any signed-in user." })
  async deleteView(
    @Arg('id', () => Int, { description: 'View id.' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return deleteView(ctx.ds, userOf(ctx).id, id);
  }
}
