import 'reflect-metadata';
import type { NonEmptyArray } from 'type-graphql';
import { buildAuditResolver } from '../api/graphql/audit.resolver.js';
import { setLedgerOrder } from '../core/ledger/define-ledger.js';
import { buildLedgerGraphQL } from '../api/graphql/ledger-graphql.js';
import { LedgerMetaResolver } from '../api/graphql/ledger-meta.resolver.js';
import type { LedgerDef } from '../core/ledger/ledger.types.js';
import { calendarDayLedger, departmentLedger } from './admin/admin.ledgers.js';
import { ArchiveResolver } from './archive/archive.resolver.js';
import './archive/service-archive.hooks.js';
import { serviceArchiveLedger } from './archive/service-archive.ledger.js';
import { complaintLedger } from './complaint/complaint.ledger.js';
import { ComplaintResolver, ComplaintWorkflowResolver } from './complaint/complaint.resolver.js';
import { customerLedger } from './customer/customer.ledger.js';
import { InspectionResolver } from './inspection/inspection.resolver.js';
import { routineInspectionLedger } from './inspection/routine-inspection.ledger.js';
import { noticeLedger } from './notice/notice.ledger.js';
import { NoticeReviewResolver, NoticeWorkflowResolver } from './notice/notice.resolver.js';
import './return-order/return-order.hooks.js';
import { returnOrderLedger } from './return-order/return-order.ledger.js';
import { ReturnOrderWorkflowResolver } from './return-order/return-order.resolver.js';
import { reworkOrderLedger } from './rework/rework.ledgers.js';
import { materialLineLedger, materialRequisitionLedger, requisitionLineLedger } from './rework/rework.ledgers.js';
import { RequisitionResolver, RequisitionWorkflowResolver, ReturnOrderReworkResolver, ReworkOrderResolver, ReworkWorkflowResolver } from './rework/rework.resolver.js';
import { callbackLedger, surveyLedger } from './survey/survey.ledgers.js';
import { SurveyResolver } from './survey/survey.resolver.js';
import { AuthResolver } from './user/auth.resolver.js';
import { Role } from './user/roles.js';
import { warrantyPolicyLedger } from './warranty/warranty-policy.ledger.js';

/** Every ledger in the order the client lists them. */
export const LEDGERS: LedgerDef[] = [
  complaintLedger, customerLedger, serviceArchiveLedger, warrantyPolicyLedger, returnOrderLedger, reworkOrderLedger,
  materialLineLedger, materialRequisitionLedger, requisitionLineLedger, noticeLedger, routineInspectionLedger,
  callbackLedger, surveyLedger, calendarDayLedger, departmentLedger,
];

setLedgerOrder(LEDGERS);

let resolvers: NonEmptyArray<Function> | null = null;

/** All resolver classes: the generated ledger resolvers plus each module's own. */
export function appResolvers(): NonEmptyArray<Function> {
  if (!resolvers) {
    const generated = LEDGERS.map((l) => buildLedgerGraphQL(l).Resolver);
    resolvers = [
      AuthResolver, LedgerMetaResolver, buildAuditResolver([Role.AUDITOR, Role.ADMIN]), ...generated,
      ComplaintResolver, ComplaintWorkflowResolver, ArchiveResolver, ReturnOrderWorkflowResolver, ReturnOrderReworkResolver,
      ReworkWorkflowResolver, ReworkOrderResolver, RequisitionWorkflowResolver, RequisitionResolver,
      NoticeWorkflowResolver, NoticeReviewResolver, InspectionResolver, SurveyResolver,
    ];
  }
  return resolvers;
}
