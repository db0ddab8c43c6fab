import { quoter } from '../../core/db/sql-value.js';
import { Arg, Authorized, Ctx, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { auditLogPage } from './audit-log.js';
import type { RequestContext } from './context.js';
import { badInput, forbidden } from './errors.js';
import { GraphQLISODateTime } from './shared-types.js';
import { getLedger, storageField } from '../../core/ledger/define-ledger.js';
import { readKeys } from '../../core/ledger/ledger-store.js';
import { may } from '../../core/ledger/permissions.js';
import type { LedgerDef } from '../../core/ledger/ledger.types.js';
import { auditHistory, verifyAuditChainShared, type AuditRecord } from '../../core/audit/audit-trail.js';
import { reconcileLedger } from '../../core/ledger/reconcile.js';

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
}

@ObjectType('ReconcileField', { description: 'A cell whose stored value is not what the trail last set.' })
export class ReconcileFieldType {
  @Field(() => String, { description: 'Stored column.' }) field!: string;
  @Field(() => String, { nullable: true, description: 'In the table.' }) stored!: string | null;
  @Field(() => String, { nullable: true, description: 'Last set by the trail (null: never set).' }) audited!: string | null;
}

@ObjectType('ReconcileRow', { description: 'A row the trail does not account for.' })
export class ReconcileRowType {
  @Field(() => Int, { description: 'Row id.' }) id!: number;
  @Field(() => String, { description: 'NO_TRAIL (inserted outside the application), DIFFERS or VOID_DIFFERS.' }) problem!: string;
  @Field(() => [ReconcileFieldType], { description: 'The differing cells.' }) fields!: ReconcileFieldType[];
}

@ObjectType('ReconcileReport', { description: 'A ledger held against its audit trail.' })
export class ReconcileReportType {
  @Field(() => String, { description: 'Ledger.' }) ledger!: string;
  @Field(() => Int, { description: 'Rows checked (voided ones too).' }) checked!: number;
  @Field(() => Int, { description: 'Rows that differ.' }) differing!: number;
  @Field(() => [ReconcileRowType], { description: 'The first `limit` of them.' }) rows!: ReconcileRowType[];
}

@ObjectType({ description: 'One entry of the trail as an auditor reads it: in Chinese, records by their numbers.' })
export class AuditLogEntryType {
  @Field(() => Int, { description: 'Position in the chain.' }) seq!: number;
  @Field(() => GraphQLISODateTime, { description: 'When.' }) at!: Date;
  @Field(() => String, { description: 'Who (系统 for the system).' }) userName!: string;
  @Field(() => String, { description: 'Action code.' }) action!: string;
  @Field(() => String, { description: 'Action in Chinese (新建, 修改, 作废, or the command: 开返工单…).' }) actionLabel!: string;
  @Field(() => String, { description: 'Ledger name.' }) ledger!: string;
  @Field(() => String, { description: 'Ledger in Chinese.' }) ledgerLabel!: string;
  @Field(() => Int, { nullable: true, description: 'Record id.' }) entityId!: number | null;
  @Field(() => String, { nullable: true, description: 'Record by its number or key.' }) record!: string | null;
  @Field(() => String, { nullable: true, description: 'Field.' }) field!: string | null;
  @Field(() => String, { nullable: true, description: 'Field in Chinese.' }) fieldLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Value before, as the grid shows it.' }) oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'Value after, as the grid shows it.' }) newValue!: string | null;
  @Field(() => String, { nullable: true, description: 'Reason given.' }) reason!: string | null;
}

@ObjectType({ description: 'A page of the trail, newest first.' })
export class AuditLogPage {
  @Field(() => [AuditLogEntryType], { description: 'Entries.' }) entries!: AuditLogEntryType[];
  @Field(() => Boolean, { description: 'More entries follow (pass the last seq as `before`).' }) hasMore!: boolean;
}

@InputType({ description: 'Which trail entries.' })
export class AuditLogFilterInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From (inclusive).' }) from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'To (inclusive).' }) to?: Date;
  @Field(() => String, { nullable: true, description: 'User name (login).' }) user?: string;
  @Field(() => String, { nullable: true, description: 'Ledger name.' }) ledger?: string;
  @Field(() => Int, { nullable: true, description: 'Record id.' }) entityId?: number;
  @Field(() => String, { nullable: true, description: 'Action code.' }) action?: string;
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
      const rows = await auditHistory(ctx.ds, entity, id, field ?? undefined);
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
        oldValue: refKey(r.field, r.oldValue),
        newValue: refKey(r.field, r.newValue),
        userName: r.userId === null ? null : (names.get(r.userId) ?? null),
      }));
    }

    @Authorized(...verifyRoles)
    @Query(() => AuditChainReport, {
      description: 'Recomputes the hash chain up to the head as it was when the check began, lists every break, and holds it against the signed checkpoints (rollback, recomputation). Auditors and administrators. One run at a time per server; callers meanwhile share its report.',
      complexity: 5000,
    })
    async verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainReport> {
      return verifyAuditChainShared(ctx.ds);
    }

    @Authorized(...verifyRoles)
    @Query(() => AuditLogPage, { description: '审计日志: the trail, newest first, filtered; in Chinese, records by their numbers. Auditors and administrators.', complexity: 500 })
    async auditEvents(
      @Arg('filter', () => AuditLogFilterInput, { nullable: true, description: 'Which entries.' }) filter: AuditLogFilterInput | null,
      @Arg('first', () => Int, { defaultValue: 100, description: 'Page size (1–500).' }) first: number,
      @Arg('before', () => Int, { nullable: true, description: 'The last seq of the previous page.' }) before: number | null,
      @Ctx() ctx: RequestContext,
    ): Promise<AuditLogPage> {
      if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'INVALID_PAGE', 'first: 应在 1–500 之间');
      return auditLogPage(ctx.ds, { ...(filter ?? {}) }, first, before);
    }

    @Authorized(...verifyRoles)
    @Query(() => ReconcileReportType, {
      description: 'Replays the trail to each row\'s last audited state and lists the rows whose stored cells differ (edited outside the application). Auditors and administrators. GET /audit/reconcile/<ledger> streams the same with progress.',
      complexity: 5000,
    })
    async reconcileLedger(
      @Arg('ledger', () => String, { description: 'Ledger name.' }) name: string,
      @Arg('limit', () => Int, { defaultValue: 200, description: 'Differing rows to list (1–5000); all are counted.' }) limit: number,
      @Ctx() ctx: RequestContext,
    ): Promise<ReconcileReportType> {
      const ledger = getLedger(name);
      if (!ledger) throw badInput('ledger', 'UNKNOWN_LEDGER', `没有台账 ${name}`);
      if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw badInput('limit', 'INVALID_LIMIT', 'limit: 应在 1–5000 之间');
      return reconcileLedger(ctx.ds, ledger, { limit });
    }
  }
  return AuditResolver;
}
