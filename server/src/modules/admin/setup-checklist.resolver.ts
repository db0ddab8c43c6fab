import { FIELD_COST, Heavy } from '../../api/graphql/heavy.js';
import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { Role } from '../user/roles.js';
import { setupChecklist, type SetupItem } from './setup-checklist.js';

@ObjectType('SetupItem', { description: 'One thing to have in place before going live (上线准备).' })
export class SetupItemType {
  @Field(() => String, { description: 'Stable key (productModels, calendar…).' }) key!: string;
  @Field(() => String, { description: 'What, in Chinese.' }) label!: string;
  @Field(() => Boolean, { description: 'In place.' }) done!: boolean;
  @Field(() => String, { description: 'What is there, or what to do and who does it.' }) detail!: string;
}

@Resolver()
export class SetupChecklistResolver {
  @Authorized(Role.ADMIN)
  @Heavy()
  @Query(() => [SetupItemType], {
    description:
      '上线准备: the lists, people, calendar and key the ledgers need, each with what is missing and who fills it. Administrators.',
    complexity: FIELD_COST.plan,
  })
  async setupChecklist(@Ctx() ctx: RequestContext): Promise<SetupItem[]> {
    return setupChecklist(ctx.ds);
  }
}
