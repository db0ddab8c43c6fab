import { adminModule } from './admin/admin.module.js';
import type { AppModule } from './app-module.js';
import { archiveModule } from './archive/archive.module.js';
import { complaintModule } from './complaint/complaint.module.js';
import { customerModule } from './customer/customer.module.js';
import { dossierModule } from './dossier/dossier.module.js';
import { fieldServiceModule } from './field-service/field-service.module.js';
import { improvementModule } from './improvement/improvement.module.js';
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
import { workModule } from './work/work.module.js';
import type { LedgerDef } from '../core/ledger/schema/ledger.types.js';

/** Every part of the domain, in the order the client lists their ledgers. */
export const MODULES: AppModule[] = [
  complaintModule,
  customerModule,
  productModule,
  archiveModule,
  warrantyModule,
  returnOrderModule,
  fieldServiceModule,
  reworkModule,
  noticeModule,
  improvementModule,
  inspectionModule,
  surveyModule,
  adminModule,
  userModule,
  reportModule,
  dossierModule,
  workModule,
  savedViewModule,
];

/** Who verifies and reconciles the audit trail. */
export const AUDIT_ROLES: string[] = [Role.AUDITOR, Role.ADMIN];

/** Every ledger in menu order. */
export const LEDGERS: LedgerDef[] = MODULES.flatMap((m) => m.ledgers);
