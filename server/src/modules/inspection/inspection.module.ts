import { defineModule } from '../app-module.js';
import { InspectionResolver } from './inspection.resolver.js';
import { inspectionBehaviours } from './routine-inspection.hooks.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

/** 例行检查: routine inspections scheduled from the warranty policy. */
export const inspectionModule = defineModule({
  name: 'inspection',
  ledgers: [routineInspectionLedger],
  hooks: inspectionBehaviours,
  resolvers: [InspectionResolver],
  actionLabels: { PLAN_INSPECTIONS: '补充例行检查计划' },
});
