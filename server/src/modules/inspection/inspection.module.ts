import { defineModule } from '../app-module.js';
import { planExtraInspections } from './extra-inspections.js';
import { InspectionResolver } from './inspection.resolver.js';

/** The scheduler acts as the system, not as a person. */
const SYSTEM = { userId: null, role: 'ADMIN', displayName: '系统' };
import { inspectionBehaviours } from './routine-inspection.hooks.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

/** 例行检查: routine inspections scheduled from the warranty policy. */
export const inspectionModule = defineModule({
  name: 'inspection',
  ledgers: [routineInspectionLedger],
  hooks: inspectionBehaviours,
  resolvers: [InspectionResolver],
  jobs: (config) =>
    config.inspectionPlanEveryHours > 0
      ? [
          {
            name: 'plan-extra-inspections',
            everyMs: config.inspectionPlanEveryHours * 3_600_000,
            run: (ds, now) => planExtraInspections(ds, SYSTEM, now),
          },
        ]
      : [],
  actionLabels: { PLAN_INSPECTIONS: '补充例行检查计划' },
});
