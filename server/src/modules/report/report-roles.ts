import { Role } from '../user/roles.js';

/** Who reads the analysis: quality managers, the general manager's office, administrators, auditors. */
export const REPORT_ROLES: string[] = [Role.QUALITY, Role.MANAGER, Role.ADMIN, Role.AUDITOR];

/** Who may freeze a report (auditors read them, they do not make them). */
export const REPORT_WRITERS: string[] = [Role.QUALITY, Role.MANAGER, Role.ADMIN];
