import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from './context.js';
import { userOf } from './context.js';

/**
 * The mutations the signed-in user's role may run, by the roles each declares (@Authorized): the
 * client shows no button a role cannot use. Ledger saves and workflow commands declare none here —
 * the ledger service decides them, and the client reads `writable` and `availableActions` for them.
 */
export function operationsFor(role: string): string[] {
  const storage = getMetadataStorage();
  const rolesOf = new Map(storage.authorizedFields.map((a) => [`${a.target.name}.${a.fieldName}`, a.roles]));
  return storage.mutations
    .filter((m) => {
      const roles = rolesOf.get(`${m.target.name}.${m.methodName}`);
      return roles !== undefined && roles.length > 0 && roles.includes(role);
    })
    .map((m) => m.schemaName)
    .sort();
}

@Resolver()
export class MyOperationsResolver {
  @Authorized()
  @Query(() => [String], {
    description:
      'The mutations with a declared role list that the signed-in user may run (generateMonthlyReport …), so that no page offers what the role cannot do.',
  })
  myOperations(@Ctx() ctx: RequestContext): string[] {
    return operationsFor(userOf(ctx).role);
  }
}
