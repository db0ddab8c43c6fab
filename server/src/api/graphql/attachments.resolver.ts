import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import { namedClass } from './dynamic-type.js';
import { ledgerGraphQL } from './ledger/registry.js';
import {
  attachmentCounts,
  listAttachments,
  voidAttachment,
  type AttachmentInfo,
} from '../../core/attachments/attachments.js';
import * as service from '../../core/ledger/ledger-service.js';
import { getLedger } from '../../core/ledger/schema/define-ledger.js';
import { userNames } from '../../core/ledger/files/ledger-sheet.js';
import type { RequestContext } from './context.js';
import { viaService } from './ledger/edge.js';
import { actorOf } from './ledger/registry.js';
import { GraphQLISODateTime } from './shared-types.js';

@ObjectType('Attachment', { description: 'A file kept with a ledger row (客户来函, 故障照片 …).' })
export class AttachmentType {
  @Field(() => Int, { description: 'Attachment id (GET /attachments/<id> opens it).' }) id!: number;
  @Field(() => String, { description: 'Ledger name.' }) ledger!: string;
  @Field(() => Int, { description: 'The row it is kept with.' }) recordId!: number;
  @Field(() => String, { description: 'Category code, declared by the ledger.' }) category!: string;
  @Field(() => String, { description: 'Category as people call it.' }) categoryLabel!: string;
  @Field(() => String, { description: 'File name as kept (Chinese as typed, made safe).' }) fileName!: string;
  @Field(() => String, { description: 'Media type, read from the bytes.' }) mime!: string;
  @Field(() => Float, { description: 'Bytes.' }) size!: number;
  @Field(() => String, { description: 'SHA-256 of the bytes, as the trail keeps it.' }) sha256!: string;
  @Field(() => Boolean, { description: 'Shown in the browser (images, PDF) rather than only downloaded.' })
  inline!: boolean;
  @Field(() => GraphQLISODateTime, { description: 'Added at.' }) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who added it.' }) createdByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Voided at (the bytes stay).' })
  voidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was voided.' }) voidReason!: string | null;
}

@ObjectType('AttachmentCount', { description: 'How many live files a row keeps.' })
export class AttachmentCountType {
  @Field(() => Int, { description: 'Row id.' }) id!: number;
  @Field(() => Int, { description: 'Live files.' }) count!: number;
}

async function named(ctx: RequestContext, list: AttachmentInfo[]): Promise<AttachmentType[]> {
  const names = list.length ? await userNames(ctx.reads) : new Map<number, string>();
  return list.map((a) => ({ ...a, createdByName: a.createdBy === null ? null : (names.get(a.createdBy) ?? null) }));
}

/** A row's files, their counts for the grid's paperclip column, and voiding one (adding is a file upload: POST /attachments/<ledger>/<id>). */
@Resolver()
export class AttachmentsResolver {
  @Authorized()
  @Query(() => [AttachmentType], {
    description:
      "A row's files, oldest first; categories the role may not open are left out. Whoever may read the ledger.",
  })
  async attachments(
    @Arg('ledger', () => String, { description: 'Ledger name.' }) ledger: string,
    @Arg('recordId', () => Int, { description: 'Row id.' }) recordId: number,
    @Arg('includeVoided', () => Boolean, { defaultValue: false, description: 'Voided files too.' })
    includeVoided: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AttachmentType[]> {
    return viaService(async () =>
      named(ctx, await listAttachments(ctx.reads, actorOf(ctx), service.ledgerNamed(ledger), recordId, includeVoided)),
    );
  }

  @Authorized()
  @Query(() => [AttachmentCountType], { description: 'How many live files each row keeps (rows with none left out).' })
  async attachmentCounts(
    @Arg('ledger', () => String, { description: 'Ledger name.' }) ledger: string,
    @Arg('ids', () => [Int], { description: 'Row ids (up to 500).' }) ids: number[],
    @Ctx() ctx: RequestContext,
  ): Promise<AttachmentCountType[]> {
    return viaService(async () => {
      const l = service.ledgerNamed(ledger);
      service.authorize(actorOf(ctx), l, 'read');
      const counts = await attachmentCounts(ctx.reads, l, ids.slice(0, 500));
      return [...counts].map(([id, count]) => ({ id, count }));
    });
  }

  @Authorized()
  @Mutation(() => AttachmentType, {
    description: 'Voids a file with its reason: audited (DETACH, with its SHA-256); the bytes stay for the auditor.',
  })
  async voidAttachment(
    @Arg('id', () => Int, { description: 'Attachment id.' }) id: number,
    @Arg('reason', () => String, { description: 'Why, in words.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AttachmentType> {
    return viaService(
      async () => (await named(ctx, [await voidAttachment(ctx.ds, actorOf(ctx), id, reason, getLedger)]))[0],
    );
  }
}

/**
 * `attachmentCount` on the row type of each ledger that keeps files (the grid's paperclip column):
 * one statement a page, by a per-request loader.
 */
export function buildAttachmentCountResolver(ledger: LedgerDef): Function {
  const R = namedClass(`${ledger.typeName}AttachmentCountResolver`);
  const proto = R.prototype as Record<string, unknown>;
  proto.attachmentCount = async function (row: { id: number }, ctx: RequestContext) {
    return ctx.loaders
      .batch(`attachmentCount.${ledger.name}`, async (ids) => {
        const m = await attachmentCounts(ctx.reads, ledger, ids);
        return ids.map((id) => m.get(id) ?? 0);
      })
      .load(row.id);
  };
  Root()(proto, 'attachmentCount', 0);
  Ctx()(proto, 'attachmentCount', 1);
  FieldResolver(() => Int, { description: '附件数 / Live files kept with this row.' })(
    proto,
    'attachmentCount',
    Object.getOwnPropertyDescriptor(proto, 'attachmentCount')!,
  );
  Resolver(() => ledgerGraphQL(ledger.name).ObjectType)(R);
  return R;
}
