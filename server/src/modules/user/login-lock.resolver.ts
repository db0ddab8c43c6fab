import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLISODateTime } from '../../api/graphql/shared-types.js';
import type { RequestContext } from '../../api/graphql/context.js';
import { userOf } from '../../api/graphql/context.js';
import { appendAudit, newBatchId } from '../../core/audit/audit-trail.js';
import { inTransaction } from '../../core/db/transaction.js';
import { clearLock, listLocks, subjectOf } from './login-throttle.js';
import { Role } from './roles.js';

@ObjectType('LoginLock', {
  description: 'A sign-in lock in force: a name from one address, or an address for every name (subject empty).',
})
export class LoginLockType {
  @Field(() => String, {
    description: 'The name as typed (lower case), or empty for an address locked for every name.',
  })
  subject!: string;
  @Field(() => String, { description: 'Client address.' }) client!: string;
  @Field(() => Int, { description: 'Wrong passwords counted.' }) failed!: number;
  @Field(() => GraphQLISODateTime, { description: 'Locked until.' }) lockedUntil!: Date;
}

@Resolver()
export class LoginLockResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [LoginLockType], {
    description: '登录锁定: the sign-in locks in force, the latest first. Administrators.',
  })
  loginLocks(@Ctx() ctx: RequestContext): Promise<LoginLockType[]> {
    return listLocks(ctx.ds);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: '解除锁定: lifts one sign-in lock (audited); true when one was in force. Administrators.',
  })
  async clearLoginLock(
    @Arg('subject', () => String, { description: 'The name, or empty for an address lock.' }) subject: string,
    @Arg('client', () => String, { description: 'Client address.' }) client: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return inTransaction(ctx.ds, async (em) => {
      const lifted = await clearLock(em, subjectOf(subject), client);
      if (lifted) {
        const who = subject.trim() ? `「${subjectOf(subject)}」从 ${client}` : `地址 ${client}`;
        await appendAudit(
          em,
          [
            {
              userId: userOf(ctx).id,
              action: 'CLEAR_LOGIN_LOCK',
              entity: 'user',
              entityId: 0,
              field: null,
              oldValue: null,
              newValue: null,
              reason: `解除登录锁定：${who}`,
            },
          ],
          newBatchId(),
        );
      }
      return lifted;
    });
  }
}
