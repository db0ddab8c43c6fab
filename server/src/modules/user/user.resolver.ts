import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLISODateTime } from '../../api/graphql/shared-types.js';
import type { RequestContext } from '../../api/graphql/context.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { accountStates, type AccountState } from './user.store.js';

const User = () => ledgerGraphQL('user').ObjectType;
/** The account state of the users on a page, one statement for the page. */
function accountOf(ctx: RequestContext, id: number): Promise<AccountState | null> {
  return ctx.loaders.batch('accountStates', (ids) => accountStates(ctx.ds, ids)).load(id);
}

/** What the user ledger shows beside its columns: the account's state, which only the sign-in path writes. */
@Resolver(User)
export class UserAccountResolver {
  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: '最近登录 / Last sign-in.' })
  async lastLoginAt(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await accountOf(ctx, row.id))?.lastLoginAt ?? null;
  }

  @FieldResolver(() => Boolean, { description: '须改密码 / Has a one-time password not yet changed.' })
  async mustChangePassword(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await accountOf(ctx, row.id))?.mustChangePassword ?? false;
  }
}
