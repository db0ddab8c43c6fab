import { defineModule } from '../app-module.js';
import { reworkBehaviours } from './rework.hooks.js';
import {
  materialLineLedger,
  materialRequisitionLedger,
  requisitionLineLedger,
  reworkOrderLedger,
} from './rework.ledgers.js';
import { RequisitionResolver, ReturnOrderReworkResolver, ReworkOrderResolver } from './rework.resolver.js';
import { REQUISITION_TRANSITIONS, REWORK_TRANSITIONS } from './rework.rules.js';

/** 返工单, 物料单, 领料单: PMC rework with its material and requisitions. */
export const reworkModule = defineModule({
  name: 'rework',
  ledgers: [reworkOrderLedger, materialLineLedger, materialRequisitionLedger, requisitionLineLedger],
  hooks: reworkBehaviours,
  workflows: [
    { ledger: reworkOrderLedger, commands: REWORK_TRANSITIONS },
    { ledger: materialRequisitionLedger, commands: REQUISITION_TRANSITIONS },
  ],
  resolvers: [ReworkOrderResolver, RequisitionResolver, ReturnOrderReworkResolver],
});
