import { defineModule } from '../app-module.js';
import './rework.hooks.js';
import { materialLineLedger, materialRequisitionLedger, requisitionLineLedger, reworkOrderLedger } from './rework.ledgers.js';
import { RequisitionResolver, RequisitionWorkflowResolver, ReturnOrderReworkResolver, ReworkOrderResolver, ReworkWorkflowResolver } from './rework.resolver.js';

/** 返工单, 物料单, 领料单: PMC rework with its material and requisitions. */
export const reworkModule = defineModule({
  name: 'rework',
  ledgers: [reworkOrderLedger, materialLineLedger, materialRequisitionLedger, requisitionLineLedger],
  resolvers: [ReworkWorkflowResolver, ReworkOrderResolver, RequisitionWorkflowResolver, RequisitionResolver, ReturnOrderReworkResolver],
});
