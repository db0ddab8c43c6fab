import * as service from '../../core/ledger/ledger-service.js';
import { viaService } from './ledger/edge.js';
import { actorOf } from './ledger/registry.js';
import { FIELD_COST, Heavy } from './heavy.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { getLedger } from '../../core/ledger/schema/define-ledger.js';
import { reconcileWithFiles } from '../../core/attachments/attachment-check.js';
import { auditLogPage } from './audit-log.js';
import { exportSummary } from '../../core/ledger/trail/export-summary.js';
import type { RequestContext } from './context.js';
import { userOf } from './context.js';
import { badInput } from './errors.js';
import { GraphQLISODateTime } from './shared-types.js';

@ObjectType('ReconcileField', { description: 'A cell whose stored value is not what the trail last set.' })
export class ReconcileFieldType {
  @Field(() => String, { description: 'Stored column.' }) field!: string;
  @Field(() => String, { nullable: true, description: 'In the table.' }) stored!: string | null;
  @Field(() => String, { nullable: true, description: 'Last set by the trail (null: never set).' }) audited!:
    string | null;
}

@ObjectType('ReconcileRow', { description: 'A row the trail does not account for.' })
export class ReconcileRowType {
  @Field(() => Int, { description: 'Row id.' }) id!: number;
  @Field(() => String, { description: 'NO_TRAIL (inserted outside the application), DIFFERS or VOID_DIFFERS.' })
  problem!: string;
  @Field(() => [ReconcileFieldType], { description: 'The differing cells.' }) fields!: ReconcileFieldType[];
}

@ObjectType('ReconcileReport', { description: 'A ledger held against its audit trail.' })
export class ReconcileReportType {
  @Field(() => String, { description: 'Ledger.' }) ledger!: string;
  @Field(() => Int, { description: 'Rows checked (voided ones too).' }) checked!: number;
  @Field(() => Int, { description: 'Rows that differ.' }) differing!: number;
  @Field(() => [ReconcileRowType], { description: 'The first `limit` of them.' }) rows!: ReconcileRowType[];
  @Field(() => Int, { description: 'Attached files the trail vouches for, checked.' }) filesChecked!: number;
  @Field(() => [String], {
    description: 'Files missing or changed, and attachments the trail never recorded, in words.',
  })
  fileProblems!: string[];
}

@ObjectType({ description: 'One entry of the trail as an auditor reads it: in Chinese, records by their numbers.' })
export class AuditLogEntryType {
  @Field(() => Int, { description: 'Position in the chain.' }) seq!: number;
  @Field(() => GraphQLISODateTime, { description: 'When.' }) at!: Date;
  @Field(() => String, { description: 'Who (系统 for the system).' }) userName!: string;
  @Field(() => String, { description: 'Action code.' }) action!: string;
  @Field(() => String, { description: 'Action in Chinese (新建, 修改, 作废, or the command: 开返工单…).' })
  actionLabel!: string;
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
  @Field(() => Int, {
    nullable: true,
    description: 'How many entries match in all (on the first page; null on the later ones).',
  })
  totalCount!: number | null;
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

@ObjectType('TrailUser', { description: 'Someone who can appear in the trail.' })
export class TrailUserType {
  @Field(() => String, { description: 'Login.' }) username!: string;
  @Field(() => String, { description: 'Name as the trail shows it.' }) displayName!: string;
}

@ObjectType('RowAsOf', { description: 'A row as it stood at a moment, rebuilt from the trail.' })
export class RowAsOfType {
  @Field(() => Int, { description: 'Row id.' }) id!: number;
  @Field(() => GraphQLJSONObject, {
    description: 'Stored column → value as the trail last set it by then (stored text; refs as ids; null: not set).',
  })
  cells!: Record<string, string | null>;
  @Field(() => Boolean, { description: 'Voided by then.' }) voided!: boolean;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Column field → value as the grid shows it (labels, China time, refs by their keys). Filled on ledgerAsOf pages.',
  })
  display?: Record<string, string | null>;
}

@ObjectType('LedgerAsOfPage', { description: 'A page of a ledger as it stood at a moment.' })
export class LedgerAsOfPageType {
  @Field(() => [RowAsOfType], {
    description: 'Rows in id order; those created later are absent, those voided later present.',
  })
  rows!: RowAsOfType[];
  @Field(() => Boolean, { description: 'More rows follow (pass the last id as `after`).' }) hasMore!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'How many rows the ledger had then (on the first page; null on later ones).',
  })
  totalCount!: number | null;
}

/**
 * The auditor's queries over the trail: the audit log, the reconciliation and records as of a
 * moment (the trail's own history and verification are in audit.resolver.ts).
 */
/** Who the trail's users are (the user module answers; the API does not reach into modules). */
export type TrailUserLookup = (
  ds: import('typeorm').DataSource,
) => Promise<Array<{ username: string; displayName: string }>>;

export function buildAuditorResolver(verifyRoles: string[], listUserNames: TrailUserLookup): Function {
  @Resolver()
  class AuditorResolver {
    @Authorized()
    @Query(() => RowAsOfType, {
      nullable: true,
      description: 'A row as it stood at a moment (null: it did not exist yet). Whoever may read the ledger.',
    })
    async recordAsOf(
      @Arg('ledger', () => String, { description: 'Ledger name.' }) name: string,
      @Arg('id', () => Int, { description: 'Row id.' }) id: number,
      @Arg('at', () => GraphQLISODateTime, { description: 'The moment.' }) at: Date,
      @Ctx() ctx: RequestContext,
    ): Promise<RowAsOfType | null> {
      return viaService(async () => service.rowAsOf(ctx.ds, actorOf(ctx), service.ledgerNamed(name), id, at));
    }

    @Authorized()
    @Query(() => LedgerAsOfPageType, {
      description:
        'A page of a ledger as it stood at a moment: two statements a page, and one per referenced ledger for the displayed keys. Whoever may read the ledger.',
      complexity: 500,
    })
    async ledgerAsOf(
      @Arg('ledger', () => String, { description: 'Ledger name.' }) name: string,
      @Arg('at', () => GraphQLISODateTime, { description: 'The moment.' }) at: Date,
      @Arg('first', () => Int, { defaultValue: 100, description: 'Page size (1–500).' }) first: number,
      @Arg('after', () => Int, { nullable: true, description: 'The last id of the previous page.' })
      after: number | null,
      @Ctx() ctx: RequestContext,
    ): Promise<LedgerAsOfPageType> {
      return viaService(async () =>
        service.pageAsOf(ctx.ds, actorOf(ctx), service.ledgerNamed(name), at, first, after),
      );
    }

    @Authorized(...verifyRoles)
    @Query(() => AuditLogPage, {
      description:
        '审计日志: the trail, newest first, filtered; in Chinese, records by their numbers. Auditors and administrators.',
      complexity: 500,
    })
    async auditEvents(
      @Arg('filter', () => AuditLogFilterInput, { nullable: true, description: 'Which entries.' })
      filter: AuditLogFilterInput | null,
      @Arg('first', () => Int, { defaultValue: 100, description: 'Page size (1–500).' }) first: number,
      @Arg('before', () => Int, { nullable: true, description: 'The last seq of the previous page.' })
      before: number | null,
      @Ctx() ctx: RequestContext,
    ): Promise<AuditLogPage> {
      if (!Number.isInteger(first) || first < 1 || first > 500)
        throw badInput('first', 'INVALID_PAGE', 'first: 应在 1–500 之间');
      const page = await auditLogPage(ctx.ds, { ...(filter ?? {}) }, first, before, userOf(ctx).role);
      // on screen an export reads in words; its manifest stays whole in the trail and the log's workbook
      return {
        ...page,
        entries: page.entries.map((e) =>
          e.action === 'EXPORT' ? { ...e, newValue: exportSummary(e.newValue, getLedger(e.ledger)) } : e,
        ),
      };
    }

    @Authorized(...verifyRoles)
    @Query(() => [TrailUserType], {
      description: 'The users the audit log can be filtered by. Auditors and administrators.',
    })
    async trailUsers(@Ctx() ctx: RequestContext): Promise<TrailUserType[]> {
      return listUserNames(ctx.ds);
    }

    @Authorized(...verifyRoles)
    @Query(() => ReconcileReportType, {
      description:
        "Replays the trail to each row's last audited state and lists the rows whose stored cells differ (edited outside the application). Auditors and administrators. GET /audit/reconcile/<ledger> streams the same with progress.",
      complexity: FIELD_COST.reconcile,
    })
    @Heavy()
    async reconcileLedger(
      @Arg('ledger', () => String, { description: 'Ledger name.' }) name: string,
      @Arg('limit', () => Int, { defaultValue: 200, description: 'Differing rows to list (1–5000); all are counted.' })
      limit: number,
      @Ctx() ctx: RequestContext,
    ): Promise<ReconcileReportType> {
      const ledger = getLedger(name);
      if (!ledger) throw badInput('ledger', 'UNKNOWN_LEDGER', `没有台账 ${name}`);
      if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
        throw badInput('limit', 'INVALID_LIMIT', 'limit: 应在 1–5000 之间');
      return reconcileWithFiles(ctx.ds, ledger, { limit, role: userOf(ctx).role });
    }
  }
  return AuditorResolver;
}
