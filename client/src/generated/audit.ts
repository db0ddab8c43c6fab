// Generated from client/src/graphql/<name>.graphql and schema/schema.graphql — do not edit; run `npm run schema`.
/* eslint-disable */
import type { TypedDocument } from '../graphql/typed-document';
import type { AuditLogFilterInput } from './graphql';

export interface AuditEventsResult {
  auditEvents: {
    hasMore: boolean;
    entries: Array<{
      seq: number;
      at: string;
      userName: string;
      action: string;
      actionLabel: string;
      ledger: string;
      ledgerLabel: string;
      entityId: number | null;
      record: string | null;
      field: string | null;
      fieldLabel: string | null;
      oldValue: string | null;
      newValue: string | null;
      reason: string | null;
    }>;
  };
}
export interface AuditEventsVariables {
  filter?: AuditLogFilterInput | null;
  first?: number | null;
  before?: number | null;
}
export const AuditEventsDocument = { source: "query AuditEvents($filter: AuditLogFilterInput, $first: Int, $before: Int) { auditEvents(filter: $filter, first: $first, before: $before) { hasMore entries { seq at userName action actionLabel ledger ledgerLabel entityId record field fieldLabel oldValue newValue reason } } }" } as TypedDocument<AuditEventsResult, AuditEventsVariables>;

export interface VerifyAuditChainResult {
  verifyAuditChain: {
    ok: boolean;
    checked: number;
    headSeq: number;
    checkpointSeq: number | null;
    breaks: Array<{
      seq: number;
      problem: string;
    }>;
  };
}
export interface VerifyAuditChainVariables {
}
export const VerifyAuditChainDocument = { source: "query VerifyAuditChain { verifyAuditChain { ok checked headSeq checkpointSeq breaks { seq problem } } }" } as TypedDocument<VerifyAuditChainResult, VerifyAuditChainVariables>;

export interface ReconcileLedgerResult {
  reconcileLedger: {
    ledger: string;
    checked: number;
    differing: number;
    rows: Array<{
      id: number;
      problem: string;
      fields: Array<{
        field: string;
        stored: string | null;
        audited: string | null;
      }>;
    }>;
  };
}
export interface ReconcileLedgerVariables {
  ledger: string;
}
export const ReconcileLedgerDocument = { source: "query ReconcileLedger($ledger: String!) { reconcileLedger(ledger: $ledger, limit: 50) { ledger checked differing rows { id problem fields { field stored audited } } } }" } as TypedDocument<ReconcileLedgerResult, ReconcileLedgerVariables>;

export interface LedgerAsOfResult {
  ledgerAsOf: {
    hasMore: boolean;
    rows: Array<{
      id: number;
      voided: boolean;
      display: unknown | null;
    }>;
  };
}
export interface LedgerAsOfVariables {
  ledger: string;
  at: string;
  first?: number | null;
  after?: number | null;
}
export const LedgerAsOfDocument = { source: "query LedgerAsOf($ledger: String!, $at: DateTimeISO!, $first: Int, $after: Int) { ledgerAsOf(ledger: $ledger, at: $at, first: $first, after: $after) { hasMore rows { id voided display } } }" } as TypedDocument<LedgerAsOfResult, LedgerAsOfVariables>;

export interface TrailUsersResult {
  trailUsers: Array<{
    username: string;
    displayName: string;
  }>;
}
export interface TrailUsersVariables {
}
export const TrailUsersDocument = { source: "query TrailUsers { trailUsers { username displayName } }" } as TypedDocument<TrailUsersResult, TrailUsersVariables>;
