import type { EnumDef } from '../../core/ledger/schema/ledger.types.js';

/** Roles of DESIGN.md §1. */
export enum Role {
  ADMIN = 'ADMIN',
  CLERK = 'CLERK',
  QUALITY = 'QUALITY',
  PMC = 'PMC',
  PRODUCTION = 'PRODUCTION',
  MANAGER = 'MANAGER',
  AUDITOR = 'AUDITOR',
  TECHNICIAN = 'TECHNICIAN',
}
/** The roles as a ledger enum (the user ledger's 角色 column and the GraphQL enum `Role`). */
export const RoleEnum: EnumDef = {
  name: 'Role',
  description: 'What a user may do.',
  values: {
    ADMIN: { zh: '系统管理员', en: 'Administrator' },
    CLERK: { zh: '客服文员', en: 'Back-office clerk' },
    QUALITY: { zh: '品质部', en: 'Quality' },
    PMC: { zh: '生产计划物控', en: 'PMC planner' },
    PRODUCTION: { zh: '生产部', en: 'Production' },
    MANAGER: { zh: '总经理室', en: 'General manager' },
    AUDITOR: { zh: '审计（只读）', en: 'Auditor (read-only)' },
    TECHNICIAN: { zh: '服务技术员', en: 'Service technician' },
  },
};

export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Everyone but the auditor may write somewhere; the auditor only reads and exports. */
export const WRITERS: readonly Role[] = ALL_ROLES.filter((r) => r !== Role.AUDITOR);

/**
 * Who reads a person's name, phone and e-mail — a complainant's, a customer's contact, a unit's
 * contact: those who handle or approve complaints. Everyone else sees them masked, by every path.
 */
export const PERSONAL_DATA_READERS: readonly Role[] = [Role.CLERK, Role.QUALITY, Role.ADMIN, Role.MANAGER];

/** Roles that read every ledger. */
export const READERS: readonly Role[] = ALL_ROLES;
