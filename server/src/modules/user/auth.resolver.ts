import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { userOf } from '../../api/graphql/context.js';
import { badInput } from '../../api/graphql/errors.js';
import { enumType } from '../../api/graphql/ledger/index.js';
import { authenticate } from './authenticate.js';
import { Role, RoleEnum } from './roles.js';
import { AccountError, changePassword, resetPassword } from './user-accounts.js';
import { closeSession, openSession } from './user.store.js';

@ObjectType({ description: 'The signed-in user.' })
export class CurrentUser {
  @Field(() => Int, { description: 'User id.' })
  id!: number;
  @Field(() => String, { description: 'Login name.' })
  username!: string;
  @Field(() => String, { description: 'Name shown in the ledgers.' })
  displayName!: string;
  @Field(() => enumType(RoleEnum).gql, { description: 'Role.' })
  role!: Role;
  @Field(() => Int, { nullable: true, description: 'Department id.' })
  departmentId!: number | null;
  @Field(() => Boolean, {
    description: 'Signed in with a one-time password: must change it (changePassword) before anything else.',
  })
  mustChangePassword!: boolean;
}

@ObjectType({ description: 'A new session.' })
export class LoginResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;
  @Field(() => CurrentUser, { description: 'Who signed in.' })
  user!: CurrentUser;
}

@ObjectType({ description: 'A one-time password, shown this once.' })
export class OneTimePassword {
  @Field(() => String, { description: 'Whose.' })
  username!: string;
  @Field(() => String, { description: 'The password; it must be changed at the next sign-in.' })
  password!: string;
}

/** HTTP 429 with Retry-After: the name (from this address), or this address, is locked until then. */
export function tooManyAttempts(until: Date): GraphQLError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new GraphQLError(`尝试次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试 (too many attempts, try later)`, {
    extensions: {
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

function loginError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

const accountError = (e: unknown) => (e instanceof AccountError ? badInput(e.field, e.code, e.message) : e);

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Sign in; 5 wrong passwords lock the account for 15 minutes. Public.' })
  async login(
    @Arg('username', () => String, { description: 'Login name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginResult> {
    const outcome = await authenticate(ctx.ds, username, password, undefined, ctx.ip);
    if (!outcome.ok)
      throw outcome.reason === 'LOCKED'
        ? tooManyAttempts(outcome.until)
        : outcome.reason === 'INACTIVE'
          ? loginError('账号已停用，请联系系统管理员 (account deactivated)')
          : loginError('用户名或密码错误 (wrong username or password)');
    const user = outcome.user;
    const token = await openSession(ctx.ds, user.id, ctx.settings.sessionTtlHours);
    return { token, user: { ...user, role: user.role as Role } };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'End the current session. Any signed-in user.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await closeSession(ctx.ds, userOf(ctx).sessionId);
    return true;
  }

  @Authorized()
  @Query(() => CurrentUser, { description: 'The signed-in user. Any signed-in user.' })
  me(@Ctx() ctx: RequestContext): CurrentUser {
    const u = userOf(ctx);
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role as Role,
      departmentId: u.departmentId,
      mustChangePassword: u.mustChangePassword,
    };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Change your own password (≥ 10 characters, not a common or demo password); your other sessions end. Any signed-in user.',
  })
  async changePassword(
    @Arg('current', () => String, { description: 'The current (or one-time) password.' }) current: string,
    @Arg('next', () => String, { description: 'The new password.' }) next: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await changePassword(ctx.ds, userOf(ctx), current, next, ctx.ip).catch((e) => Promise.reject(accountError(e)));
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OneTimePassword, {
    description:
      'Give a user a one-time password (answered this once); their sessions end and they must change it at the next sign-in. Administrators.',
  })
  async resetPassword(
    @Arg('userId', () => Int, { description: 'The user.' }) userId: number,
    @Ctx() ctx: RequestContext,
  ): Promise<OneTimePassword> {
    return resetPassword(ctx.ds, { userId: userOf(ctx).id }, userId).catch((e) => Promise.reject(accountError(e)));
  }
}
