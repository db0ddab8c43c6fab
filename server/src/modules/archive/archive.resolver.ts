import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/graphql/context.js';
import { badInput } from '../../api/graphql/errors.js';
import { GraphQLISODateTime, GraphQLLocalDate } from '../../api/graphql/shared-types.js';
import { ledgerGraphQL } from '../../api/graphql/ledger/index.js';
import { findByField } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { localDate, localMoment } from '../../core/calendar/working-calendar.js';
import { ALL_ROLES } from '../user/roles.js';
import { archiveWarranty, requestSource } from '../warranty/warranty.service.js';
import { serviceArchiveLedger } from './service-archive.ledger.js';
import { archiveTimeline, type TimelineNode } from './timeline.js';

@ObjectType({ description: "A unit's warranty as of a date, with the remedy allowed and the reason in words." })
export class WarrantyStatus {
  @Field(() => String, { description: 'Serial number.' })
  serialNo!: string;
  @Field(() => GraphQLLocalDate, { description: 'The date judged (failure or complaint date).' })
  asOf!: string;
  @Field(() => GraphQLLocalDate, { description: 'Warranty start (invoice/acceptance, or the last exchange).' })
  start!: string;
  @Field(() => GraphQLLocalDate, { description: 'Last day covered, extensions and holiday shift included.' })
  end!: string;
  @Field(() => Int, { description: 'Days added for time in repair.' })
  extensionDays!: number;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date an exchange restarted the warranty.' })
  restartedOn!: string | null;
  @Field(() => Boolean, { description: 'In warranty on asOf.' })
  inWarranty!: boolean;
  @Field(() => Int, { description: 'Days left (negative once expired).' })
  daysLeft!: number;
  @Field(() => String, { description: 'Remedy allowed: RETURN, EXCHANGE, FREE_REPAIR or CHARGED_REPAIR.' })
  remedy!: string;
  @Field(() => String, { description: 'Why, in words (Chinese).' })
  reason!: string;
  @Field(() => [String], {
    description: 'Why exchange/return is allowed after repairs (2 repairs, > 90 days for parts, repair > 30 days).',
  })
  flags!: string[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: '三包 return window end.' })
  returnUntil!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: '三包 exchange window end.' })
  exchangeUntil!: string | null;
  @Field(() => Boolean, { description: 'The calendar had no official data for a year involved.' })
  provisional!: boolean;
}

@ObjectType({
  description:
    'One event on a unit’s timeline; returns nest their reworks, reworks their material lines and requisitions.',
})
export class TimelineEvent {
  @Field(() => GraphQLISODateTime, { description: 'When.' })
  at!: Date;
  @Field(() => String, {
    description: 'COMPLAINT, RETURN, REWORK, MATERIAL, REQUISITION, INSPECTION, CALLBACK or NOTICE.',
  })
  kind!: string;
  @Field(() => String, { description: 'Ledger of the record.' })
  ledger!: string;
  @Field(() => Int, { description: 'Record id.' })
  id!: number;
  @Field(() => String, { nullable: true, description: 'Its number (complaint no., order no., …).' })
  number!: string | null;
  @Field(() => String, { description: 'What happened.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'More detail.' })
  detail!: string | null;
  @Field(() => String, { nullable: true, description: 'Status of the record.' })
  status!: string | null;
  @Field(() => [TimelineEvent], { description: 'Events under this one.' })
  children!: TimelineEvent[];
}

const Archive = () => ledgerGraphQL('serviceArchive').ObjectType;

function toStatus(
  serialNo: string,
  asOf: string,
  v: NonNullable<Awaited<ReturnType<typeof archiveWarranty>>>,
): WarrantyStatus {
  return { serialNo, asOf, ...v };
}

@Resolver(Archive)
export class ArchiveResolver {
  @Authorized(...ALL_ROLES)
  @Query(() => WarrantyStatus, {
    nullable: true,
    description: '保修判定: warranty of the unit with this serial number as of a date (default today).',
  })
  async warrantyStatus(
    @Arg('serialNo', () => String, { description: 'Serial number.' }) serialNo: string,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'Failure or complaint date (default today).' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WarrantyStatus | null> {
    const [archive] = await findByField(ctx.ds.manager, serviceArchiveLedger, 'serialNo', [serialNo.trim()]);
    if (!archive) return null;
    const at = asOf ? localMoment(asOf, 12 * 3600_000) : new Date();
    const v = await archiveWarranty(requestSource(ctx), archive, at);
    return v && toStatus(String(archive.serialNo), asOf ?? localDate(at), v);
  }

  @Authorized(...ALL_ROLES)
  @Query(Archive, { nullable: true, description: '售后服务档案 by archive number or serial number.' })
  async serviceArchiveByNo(
    @Arg('archiveNo', () => String, { nullable: true, description: 'Archive number.' }) archiveNo: string | null,
    @Arg('serialNo', () => String, { nullable: true, description: 'Serial number.' }) serialNo: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Row | null> {
    if (!archiveNo && !serialNo) throw badInput('archiveNo', 'REQUIRED', '请给出档案编号或产品序列号');
    const [row] = archiveNo
      ? await findByField(ctx.ds.manager, serviceArchiveLedger, 'archiveNo', [archiveNo.trim()])
      : await findByField(ctx.ds.manager, serviceArchiveLedger, 'serialNo', [serialNo!.trim()]);
    return row ?? null;
  }

  @FieldResolver(() => WarrantyStatus, { nullable: true, description: '今日保修状态 / Warranty today.' })
  async warranty(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<WarrantyStatus | null> {
    const now = new Date();
    const v = await archiveWarranty(requestSource(ctx), row, now);
    return v && toStatus(String(row.serialNo), localDate(now), v);
  }

  @FieldResolver(() => [TimelineEvent], { description: '时间线 / Every event on this unit, in time order.' })
  timeline(@Root() row: Row, @Ctx() ctx: RequestContext): Promise<TimelineNode[]> {
    return archiveTimeline(ctx, row);
  }
}
