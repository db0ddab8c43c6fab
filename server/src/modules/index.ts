import 'reflect-metadata';
import type { NonEmptyArray } from 'type-graphql';
import { buildAuditResolver } from '../api/graphql/audit.resolver.js';
import { buildAuditorResolver } from '../api/graphql/auditor.resolver.js';
import { buildLedgerGraphQL } from '../api/graphql/ledger-graphql.js';
import { LedgerMetaResolver } from '../api/graphql/ledger-meta.resolver.js';
import { setLedgerOrder } from '../core/ledger/define-ledger.js';
import { registerActionLabels } from '../core/ledger/workflow.js';
import type { LedgerDef } from '../core/ledger/ledger.types.js';
import { adminModule } from './admin/admin.module.js';
import type { AppModule } from './app-module.js';
import { archiveModule } from './archive/archive.module.js';
import { complaintModule } from './complaint/complaint.module.js';
import { customerModule } from './customer/customer.module.js';
import { dossierModule } from './dossier/dossier.module.js';
import { inspectionModule } from './inspection/inspection.module.js';
import { productModule } from './product/product.module.js';
import { noticeModule } from './notice/notice.module.js';
import { reportModule } from './report/report.module.js';
import { returnOrderModule } from './return-order/return-order.module.js';
import { reworkModule } from './rework/rework.module.js';
import { savedViewModule } from './saved-view/saved-view.module.js';
import { surveyModule } from './survey/survey.module.js';
import { userModule } from './user/user.module.js';
import { Role } from './user/roles.js';
import { warrantyModule } from './warranty/warranty.module.js';
import { keepReadsOnPrimary, listUserNames, userForToken } from './user/user.store.js';
import { useSessionStore } from '../api/http/session.js';
import { workModule } from './work/work.module.js';

/** Every part of the domain, in the order the client lists their ledgers. */
export const MODULES: AppModule[] = [
  complaintModule, customerModule, productModule, archiveModule, warrantyModule, returnOrderModule, reworkModule,
  noticeModule, inspectionModule, surveyModule, adminModule, userModule, reportModule, dossierModule, workModule, savedViewModule,
];

/** Who verifies and reconciles the audit trail. */
export const AUDIT_ROLES: string[] = [Role.AUDITOR, Role.ADMIN];

/** Every ledger in menu order. */
export const LEDGERS: LedgerDef[] = MODULES.flatMap((m) => m.ledgers);

setLedgerOrder(LEDGERS);
for (const m of MODULES) if (m.actionLabels) registerActionLabels(m.actionLabels);
// the API reads sessions through the user module's store, given here rather than imported by the API
useSessionStore({ userForToken, keepReadsOnPrimary });

let resolvers: NonEmptyArray<Function> | null = null;

/** All resolver classes: the engine's, one generated per ledger, then each module's own. */
export function appResolvers(): NonEmptyArray<Function> {
  resolvers ??= [
    LedgerMetaResolver,
    buildAuditResolver(AUDIT_ROLES),
    buildAuditorResolver(AUDIT_ROLES, listUserNames),
    ...LEDGERS.map((l) => buildLedgerGraphQL(l).Resolver),
    ...MODULES.flatMap((m) => m.resolvers),
  ];
  return resolvers;
}
