/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditEvents($filter: AuditLogFilterInput, $first: Int, $before: Int) {\n  auditEvents(filter: $filter, first: $first, before: $before) {\n    hasMore\n    totalCount\n    entries {\n      seq\n      at\n      userName\n      action\n      actionLabel\n      ledger\n      ledgerLabel\n      entityId\n      record\n      field\n      fieldLabel\n      oldValue\n      newValue\n      reason\n    }\n  }\n}\n\nquery VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    headSeq\n    checkpointSeq\n    breaks {\n      seq\n      problem\n    }\n  }\n}\n\nquery ReconcileLedger($ledger: String!) {\n  reconcileLedger(ledger: $ledger, limit: 50) {\n    ledger\n    checked\n    differing\n    rows {\n      id\n      problem\n      fields {\n        field\n        stored\n        audited\n      }\n    }\n  }\n}\n\nquery LedgerAsOf($ledger: String!, $at: DateTimeISO!, $first: Int, $after: Int) {\n  ledgerAsOf(ledger: $ledger, at: $at, first: $first, after: $after) {\n    hasMore\n    totalCount\n    rows {\n      id\n      voided\n      display\n    }\n  }\n}\n\nquery TrailUsers {\n  trailUsers {\n    username\n    displayName\n  }\n}": typeof types.AuditEventsDocument,
};
const documents: Documents = {
    "query AuditEvents($filter: AuditLogFilterInput, $first: Int, $before: Int) {\n  auditEvents(filter: $filter, first: $first, before: $before) {\n    hasMore\n    totalCount\n    entries {\n      seq\n      at\n      userName\n      action\n      actionLabel\n      ledger\n      ledgerLabel\n      entityId\n      record\n      field\n      fieldLabel\n      oldValue\n      newValue\n      reason\n    }\n  }\n}\n\nquery VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    headSeq\n    checkpointSeq\n    breaks {\n      seq\n      problem\n    }\n  }\n}\n\nquery ReconcileLedger($ledger: String!) {\n  reconcileLedger(ledger: $ledger, limit: 50) {\n    ledger\n    checked\n    differing\n    rows {\n      id\n      problem\n      fields {\n        field\n        stored\n        audited\n      }\n    }\n  }\n}\n\nquery LedgerAsOf($ledger: String!, $at: DateTimeISO!, $first: Int, $after: Int) {\n  ledgerAsOf(ledger: $ledger, at: $at, first: $first, after: $after) {\n    hasMore\n    totalCount\n    rows {\n      id\n      voided\n      display\n    }\n  }\n}\n\nquery TrailUsers {\n  trailUsers {\n    username\n    displayName\n  }\n}": types.AuditEventsDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = gql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function gql(source: string): unknown;

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AuditEvents($filter: AuditLogFilterInput, $first: Int, $before: Int) {\n  auditEvents(filter: $filter, first: $first, before: $before) {\n    hasMore\n    totalCount\n    entries {\n      seq\n      at\n      userName\n      action\n      actionLabel\n      ledger\n      ledgerLabel\n      entityId\n      record\n      field\n      fieldLabel\n      oldValue\n      newValue\n      reason\n    }\n  }\n}\n\nquery VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    headSeq\n    checkpointSeq\n    breaks {\n      seq\n      problem\n    }\n  }\n}\n\nquery ReconcileLedger($ledger: String!) {\n  reconcileLedger(ledger: $ledger, limit: 50) {\n    ledger\n    checked\n    differing\n    rows {\n      id\n      problem\n      fields {\n        field\n        stored\n        audited\n      }\n    }\n  }\n}\n\nquery LedgerAsOf($ledger: String!, $at: DateTimeISO!, $first: Int, $after: Int) {\n  ledgerAsOf(ledger: $ledger, at: $at, first: $first, after: $after) {\n    hasMore\n    totalCount\n    rows {\n      id\n      voided\n      display\n    }\n  }\n}\n\nquery TrailUsers {\n  trailUsers {\n    username\n    displayName\n  }\n}"): (typeof documents)["query AuditEvents($filter: AuditLogFilterInput, $first: Int, $before: Int) {\n  auditEvents(filter: $filter, first: $first, before: $before) {\n    hasMore\n    totalCount\n    entries {\n      seq\n      at\n      userName\n      action\n      actionLabel\n      ledger\n      ledgerLabel\n      entityId\n      record\n      field\n      fieldLabel\n      oldValue\n      newValue\n      reason\n    }\n  }\n}\n\nquery VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    headSeq\n    checkpointSeq\n    breaks {\n      seq\n      problem\n    }\n  }\n}\n\nquery ReconcileLedger($ledger: String!) {\n  reconcileLedger(ledger: $ledger, limit: 50) {\n    ledger\n    checked\n    differing\n    rows {\n      id\n      problem\n      fields {\n        field\n        stored\n        audited\n      }\n    }\n  }\n}\n\nquery LedgerAsOf($ledger: String!, $at: DateTimeISO!, $first: Int, $after: Int) {\n  ledgerAsOf(ledger: $ledger, at: $at, first: $first, after: $after) {\n    hasMore\n    totalCount\n    rows {\n      id\n      voided\n      display\n    }\n  }\n}\n\nquery TrailUsers {\n  trailUsers {\n    username\n    displayName\n  }\n}"];

export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;