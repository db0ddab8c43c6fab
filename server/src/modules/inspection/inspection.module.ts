import { defineModule } from '../app-module.js';
import './routine-inspection.hooks.js';
import { InspectionResolver } from './inspection.resolver.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

/** 例行检查: routine inspections scheduled from the warranty policy. */
export const inspectionModule = defineModule({ name: 'inspection', ledgers: [routineInspectionLedger], resolvers: [InspectionResolver] });
