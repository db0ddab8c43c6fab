import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { authenticate, LOCK_MINUTES } from './authenticate.js';
import { Role } from './roles.js';
import { closeSession, openSession } from './user.store.js';

@ObjectType({ description: 'A person who uses ServiceLedger.' })
export class User {
  @Field(() => Int, { description: 'User id.' })
  id!: number;
  @Field(() => String, { description: 'Login name.' })
  username!: string;
  @Field(() => String, { description: 'Name shown in the ledgers.' })
  displayName!: string;
  @Field(() => Role, { description: 'Role.' })
  role!: Role;
  @Field(() => Int, { nullable: true, description: 'Department id.' })
  departmentId!: number | null;
}

@ObjectType({ description: 'A new session.' })
export class LoginResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;
  @Field(() => User, { description: 'Who signed in.' })
  user!: User;
}


function loginError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Sign in; 5 wrong passwords lock the account for 15 minutes. Public.' })
  async login(
    @Arg('username', () => String, { description: 'Login name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginResult> {
    const outcome = await authenticate(ctx.ds, username, password);
    if (!outcome.ok) {
      throw loginError(
        outcome.reason === 'LOCKED' ? `尝试次数过多，请 ${LOCK_MINUTES} 分钟后再试 (too many attempts, try later)` : '用户名或密码错误 (wrong username or password)',
      );
    }
    const user = outcome.user;
    const token = await openSession(ctx.ds, user.id, ctx.settings.sessionTtlHours);
    return { token, user: { ...user, role: user.role as Role } };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'End the current session. Any signed-in user.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await closeSession(ctx.ds, ctx.user!.sessionId);
    return true;
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user. Any signed-in user.' })
  me(@Ctx() ctx: RequestContext): User {
    const u = ctx.user!;
    return { id: u.id, username: u.username, displayName: u.displayName, role: u.role as Role, departmentId: u.departmentId };
  }
}
