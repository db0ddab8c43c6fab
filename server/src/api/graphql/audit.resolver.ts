import * as service from '../../core/ledger/ledger-service.js';
import { viaService } from './ledger/edge.js';
import { actorOf } from './ledger/registry.js';
import { FIELD_COST } from './heavy.js';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';
import { GraphQLISODateTime } from './shared-types.js';
import { verifyAuditChainShared } from '../../core/audit/audit-trail.js';
import { checkAttachmentFiles } from '../../core/attachments/attachment-check.js';
import { DatabaseBlobStore } from '../../core/attachments/blob-store.js';

@ObjectType({ description: 'One entry of the insert-only, hash-chained audit trail.' })
export class AuditEvent {
  @Field(() => Int, { description: 'Position in the chain.' })
  seq!: number;
  @Field(() => GraphQLISODateTime, { description: 'Server time of the change.' })
  at!: Date;
  @Field(() => Int, { nullable: true, description: 'Who (user id).' })
  userId!: number | null;
  @Field(() => String, { nullable: true, description: 'Who (display name).' })
  userName?: string | null;
  @Field(() => String, { description: 'CREATE, UPDATE, VOID, IMPORT, EXPORT or a workflow command name.' })
  action!: string;
  @Field(() => String, { description: 'Ledger name.' })
  entity!: string;
  @Field(() => Int, { nullable: true, description: 'Record id.' })
  entityId!: number | null;
  @Field(() => String, { nullable: true, description: 'Field changed.' })
  field!: string | null;
  @Field(() => String, { nullable: true, description: 'Value before.' })
  oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'Value after.' })
  newValue!: string | null;
  @Field(() => String, { description: 'All entries of one save share it.' })
  batchId!: string;
  @Field(() => String, { nullable: true, description: 'Reason given (void, reject, …).' })
  reason!: string | null;
  @Field(() => String, { description: 'SHA-256 of this entry and the previous hash.' })
  hash!: string;
  @Field(() => String, { description: 'The action in Chinese (新建, 修改, 作废, or the command: 确认受理…).' })
  actionLabel!: string;
}

@ObjectType({ description: 'One place where the audit chain does not hold.' })
export class AuditChainBreak {
  @Field(() => Int, { description: 'Entry.' })
  seq!: number;
  @Field(() => String, { description: 'What is wrong.' })
  problem!: string;
}

@ObjectType({ description: 'Result of recomputing the audit hash chain.' })
export class AuditChainReport {
  @Field(() => Boolean, { description: 'Every entry fits the chain.' })
  ok!: boolean;
  @Field(() => Int, { description: 'Entries checked.' })
  checked!: number;
  @Field(() => Int, { description: 'Sequence number of the chain head.' })
  headSeq!: number;
  @Field(() => String, { description: 'Hash at the chain head.' })
  headHash!: string;
  @Field(() => Int, { nullable: true, description: 'First entry that does not fit.' })
  firstBrokenSeq!: number | null;
  @Field(() => String, { nullable: true, description: 'What is wrong with it.' })
  problem!: string | null;
  @Field(() => [AuditChainBreak], { description: 'Every break found (up to 200), not only the first.' })
  breaks!: AuditChainBreak[];
  @Field(() => Int, {
    nullable: true,
    description: 'The newest signed checkpoint the chain was held against (AUDIT_KEY).',
  })
  checkpointSeq!: number | null;
  @Field(() => Int, {
    description: 'Attached files the trail vouches for, checked (present, and hashing to what it recorded).',
  })
  filesChecked!: number;
  @Field(() => [String], {
    description: 'Files missing or changed, and attachments the trail never recorded, in words.',
  })
  fileProblems!: string[];
}

/**
 * The trail's queries. Who may verify the chain is the application's to say (core names no roles),
 * given once here when the schema is built.
 */
export function buildAuditResolver(verifyRoles: readonly string[]): Function {
  @Resolver()
  class AuditResolver {
    @Authorized()
    @Query(() => [AuditEvent], {
      description: 'Changes of a record, or of one cell, oldest first. Readers of that ledger.',
    })
    async history(
      @Arg('entity', () => String, { description: 'Ledger name, e.g. "complaint".' }) entity: string,
      @Arg('id', () => Int, { description: 'Record id.' }) id: number,
      @Arg('field', () => String, { nullable: true, description: 'Field; omit for the whole record.' })
      field: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<AuditEvent[]> {
      return viaService(async () =>
        service.history(ctx.ds, actorOf(ctx), service.ledgerNamed(entity, 'entity'), id, field),
      );
    }

    @Authorized(...verifyRoles)
    @Query(() => AuditChainReport, {
      description:
        'Recomputes the hash chain up to the head as it was when the check began, lists every break, and holds it against the signed checkpoints (rollback, recomputation). Auditors and administrators. One run at a time per server; callers meanwhile share its report.',
      complexity: FIELD_COST.verifyChain,
    })
    async verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainReport> {
      const chain = await verifyAuditChainShared(ctx.ds);
      const files = await checkAttachmentFiles(ctx.ds, new DatabaseBlobStore(ctx.ds));
      return {
        ...chain,
        ok: chain.ok && !files.problems.length,
        filesChecked: files.checked,
        fileProblems: files.problems,
      };
    }
  }
  return AuditResolver;
}
