import 'reflect-metadata';
import type { NonEmptyArray } from 'type-graphql';
import { AuditResolver, auditSettings } from '../core/audit/audit.resolver.js';
import { buildLedgerGraphQL } from '../core/ledger/ledger-graphql.js';
import { LedgerMetaResolver } from '../core/ledger/ledger-meta.resolver.js';
import type { LedgerDef } from '../core/ledger/ledger.types.js';
import { complaintLedger } from './complaint/complaint.ledger.js';
import { ComplaintResolver, ComplaintWorkflowResolver } from './complaint/complaint.resolver.js';
import { customerLedger } from './customer/customer.ledger.js';
import { AuthResolver } from './user/auth.resolver.js';
import { Role } from './user/roles.js';

/** Every ledger, referenced ones first. */
export const LEDGERS: LedgerDef[] = [customerLedger, complaintLedger];

auditSettings.verifyRoles = [Role.AUDITOR, Role.ADMIN];

let resolvers: NonEmptyArray<Function> | null = null;

/** All resolver classes: the generated ledger resolvers plus each module's own. */
export function appResolvers(): NonEmptyArray<Function> {
  if (!resolvers) {
    const generated = LEDGERS.map((l) => buildLedgerGraphQL(l).Resolver);
    resolvers = [AuthResolver, LedgerMetaResolver, AuditResolver, ...generated, ComplaintResolver, ComplaintWorkflowResolver];
  }
  return resolvers;
}
