import { FIELD_COST } from './heavy.js';
import { columnOfStored, shownTo } from '../../core/ledger/masking.js';
import { quoter } from '../../core/db/sql-value.js';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';
import { badInput, forbidden } from './errors.js';
import { GraphQLISODateTime } from './shared-types.js';
import { getLedger, storageField } from '../../core/ledger/define-ledger.js';
import { readKeys } from '../../core/ledger/ledger-store.js';
import { may } from '../../core/ledger/permissions.js';
import { actionLabel } from '../../core/ledger/workflow.js';
import type { LedgerDef } from '../../core/ledger/ledger.types.js';
import { auditHistory, verifyAuditChainShared, type AuditRecord } from '../../core/audit/audit-trail.js';

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
  @Field(() => Int, { nullable: true, description: 'The newest signed checkpoint the chain was held against (AUDIT_KEY).' })
  checkpointSeq!: number | null;
}

/** Ref cells are stored as ids; the history shows the key a clerk typed (a customer code). */
async function refKeys(ctx: RequestContext, ledger: LedgerDef, rows: AuditRecord[]): Promise<(field: string | null, v: string | null) => string | null> {
  const maps = new Map<string, Map<string, string>>();
  for (const col of ledger.columns.filter((c) => c.type === 'ref')) {
    const f = storageField(col);
    const ids = [...new Set(rows.filter((r) => r.field === f).flatMap((r) => [r.oldValue, r.newValue]).filter((v): v is string => v !== null).map(Number))];
    const keys = await readKeys(ctx.ds.manager, col.ref!.ledger(), col.ref!.key, ids);
    maps.set(f, new Map([...keys].map(([id, key]) => [String(id), key])));
  }
  return (field, v) => (field && v !== null ? (maps.get(field)?.get(v) ?? v) : v);
}

/**
 * The trail's queries. Who may verify the chain is the application's to say (core names no roles),
 * given once here when the schema is built.
 */
export function buildAuditResolver(verifyRoles: readonly string[]): Function {
  @Resolver()
  class AuditResolver {
    @Authorized()
    @Query(() => [AuditEvent], { description: 'Changes of a record, or of one cell, oldest first. Readers of that ledger.' })
    async history(
      @Arg('entity', () => String, { description: 'Ledger name, e.g. "complaint".' }) entity: string,
      @Arg('id', () => Int, { description: 'Record id.' }) id: number,
      @Arg('field', () => String, { nullable: true, description: 'Field; omit for the whole record.' }) field: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<AuditEvent[]> {
      const ledger = getLedger(entity);
      if (!ledger) throw badInput('entity', 'UNKNOWN_LEDGER', `没有台账 ${entity}`);
      if (!may(ledger, 'read', ctx.user!.role)) throw forbidden(`角色 ${ctx.user!.role} 不能查看「${ledger.label.zh}」`);
      // a renamed column's history includes what was written under its former name
      const former = field ? columnOfStored(ledger, field)?.formerly : undefined;
      const rows = await auditHistory(ctx.ds, entity, id, field ? (former ? [field, former] : field) : undefined);
      const ids = [...new Set(rows.map((r) => r.userId).filter((x): x is number => x !== null))];
      const names = new Map<number, string>();
      if (ids.length) {
        const q = quoter(ctx.ds);
        const users: Array<{ id: number; displayName: string }> = await ctx.ds.query(
          `SELECT ${q('id')}, ${q('displayName')} FROM ${q('app_user')} WHERE ${q('id')} IN (${ids.map(() => '?').join(',')})`,
          ids,
        );
        for (const u of users) names.set(Number(u.id), u.displayName);
      }
      const refKey = await refKeys(ctx, ledger, rows);
      return rows.map((r) => ({
        ...r,
        oldValue: shownTo(columnOfStored(ledger, r.field), ctx.user!.role, refKey(r.field, r.oldValue)),
        newValue: shownTo(columnOfStored(ledger, r.field), ctx.user!.role, refKey(r.field, r.newValue)),
        userName: r.userId === null ? null : (names.get(r.userId) ?? null),
        actionLabel: actionLabel(r.entity, r.action),
      }));
    }

    @Authorized(...verifyRoles)
    @Query(() => AuditChainReport, {
      description: 'Recomputes the hash chain up to the head as it was when the check began, lists every break, and holds it against the signed checkpoints (rollback, recomputation). Auditors and administrators. One run at a time per server; callers meanwhile share its report.',
      complexity: FIELD_COST.verifyChain,
    })
    async verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainReport> {
      return verifyAuditChainShared(ctx.ds);
    }
  }
  return AuditResolver;
}
