import { defineModule } from '../app-module.js';
import { calendarDayLedger, departmentLedger } from './admin.ledgers.js';
import { SetupChecklistResolver } from './setup-checklist.resolver.js';

/** 工作日历 and 部门: the administrator's ledgers. */
export const adminModule = defineModule({
  name: 'admin',
  ledgers: [calendarDayLedger, departmentLedger],
  resolvers: [SetupChecklistResolver],
});
