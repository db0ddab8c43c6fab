import { Foundation1764000000001 } from './0001-foundation.js';
import { AfterSalesLoop1764000000002 } from './0002-after-sales-loop.js';
import { LedgerViewIndexes1764000000003 } from './0003-ledger-view-indexes.js';
import { ComplaintContactEmail1795834754761 } from './0004-complaint-contact-email.js';
import { ProductModel1795841578229 } from './0005-product-model.js';
import { AnalysisReport1795850000006 } from './0006-analysis-report.js';
import { AnalysisIndexes1795845287970 } from './0007-analysis-indexes.js';
import { AuditCheckpoint1795850000008 } from './0008-audit-checkpoint.js';
import { UserLedger1795860000009 } from './0009-user-ledger.js';
import { ResponsibleDepartment1795860000010 } from './0010-responsible-department.js';
import { ComplaintDeadlineRules1795860000011 } from './0011-complaint-deadline-rules.js';
import { JobLease1795860000012 } from './0012-job-lease.js';
import { ComplaintApproval1795860000013 } from './0013-complaint-approval.js';
import { ReturnApproval1795860000014 } from './0014-return-approval.js';
import { CallbackKinds1795860000015 } from './0015-callback-kinds.js';
import { SurveyItems1795860000016 } from './0016-survey-items.js';
import { SavedView1795860000017 } from './0017-saved-view.js';
import { SeveralInstances1795860000018 } from './0018-several-instances.js';
import { CheckpointChain1795870000019 } from './0019-checkpoint-chain.js';
import { LoginThrottle1795870000020 } from './0020-login-throttle.js';
import { ComplaintBackfill1796532698437 } from './0021-complaint-backfill.js';
import { LoginThrottleByClient1795870000022 } from './0022-login-throttle-by-client.js';
import { ComplaintScopeReason1796547915856 } from './0023-complaint-scope-reason.js';
import { ComplaintUrgencyOrder1796548401756 } from './0024-complaint-urgency-order.js';
import { ReturnRefundReplacement1796548974073 } from './0025-return-refund-replacement.js';
import { ComplaintAccusedPerson1796549333795 } from './0026-complaint-accused-person.js';
import { ComplaintContact1796549440890 } from './0027-complaint-contact.js';
import { ImprovementLoop1796555783482 } from './0028-improvement-loop.js';
import { ComplaintRouteAndReply1796555896624 } from './0029-complaint-route-and-reply.js';
import { NoticeSentToHr1796555916603 } from './0030-notice-sent-to-hr.js';
import { ImprovementSurveyItemAndAssisting1796556073974 } from './0031-improvement-survey-item-and-assisting.js';
import { HandlingUnitAndSalesRep1796556311202 } from './0032-handling-unit-and-sales-rep.js';
import { SurveyFeedback1796556760452 } from './0033-survey-feedback.js';
import { Attachments1796600000034 } from './0034-attachments.js';
import { FieldService1796577728274 } from './0035-field-service.js';
import { InspectionChecklist1796580291397 } from './0036-inspection-checklist.js';
import { ExtendedInspectionPlan1796580901108 } from './0037-extended-inspection-plan.js';
import { VerdictAsText1796581599799 } from './0038-verdict-as-text.js';
import { FaultyPartsToQuality1796588257483 } from './0039-faulty-parts-to-quality.js';
import { CommitMarkers1796600000040 } from './0040-commit-markers.js';
import { ComplaintOpenAtIndex1796652911536 } from './0041-complaint-open-at-index.js';

/** Every migration, in order; the same ones run on SQLite and MySQL. */
export const migrations = [
  Foundation1764000000001,
  AfterSalesLoop1764000000002,
  LedgerViewIndexes1764000000003,
  ComplaintContactEmail1795834754761,
  ProductModel1795841578229,
  AnalysisReport1795850000006,
  AnalysisIndexes1795845287970,
  AuditCheckpoint1795850000008,
  UserLedger1795860000009,
  ResponsibleDepartment1795860000010,
  ComplaintDeadlineRules1795860000011,
  JobLease1795860000012,
  ComplaintApproval1795860000013,
  ReturnApproval1795860000014,
  CallbackKinds1795860000015,
  SurveyItems1795860000016,
  SavedView1795860000017,
  SeveralInstances1795860000018,
  CheckpointChain1795870000019,
  LoginThrottle1795870000020,
  ComplaintBackfill1796532698437,
  LoginThrottleByClient1795870000022,
  ComplaintScopeReason1796547915856,
  ComplaintUrgencyOrder1796548401756,
  ReturnRefundReplacement1796548974073,
  ComplaintAccusedPerson1796549333795,
  ComplaintContact1796549440890,
  ImprovementLoop1796555783482,
  ComplaintRouteAndReply1796555896624,
  NoticeSentToHr1796555916603,
  ImprovementSurveyItemAndAssisting1796556073974,
  HandlingUnitAndSalesRep1796556311202,
  SurveyFeedback1796556760452,
  Attachments1796600000034,
  FieldService1796577728274,
  InspectionChecklist1796580291397,
  ExtendedInspectionPlan1796580901108,
  VerdictAsText1796581599799,
  FaultyPartsToQuality1796588257483,
  CommitMarkers1796600000040,
  ComplaintOpenAtIndex1796652911536,
];
