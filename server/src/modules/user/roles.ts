import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';

/** Roles of DESIGN.md §1. */
export enum Role {
  ADMIN = 'ADMIN',
  CLERK = 'CLERK',
  QUALITY = 'QUALITY',
  PMC = 'PMC',
  PRODUCTION = 'PRODUCTION',
  MANAGER = 'MANAGER',
  AUDITOR = 'AUDITOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    ADMIN: { description: '系统管理员 / administrator' },
    CLERK: { description: '客服文员 / back-office clerk' },
    QUALITY: { description: '品质部 / quality' },
    PMC: { description: '生产计划物控 / PMC planner' },
    PRODUCTION: { description: '生产部 / production' },
    MANAGER: { description: '总经理室 / general manager' },
    AUDITOR: { description: '审计（只读）/ auditor, read-only' },
  },
});

export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Everyone but the auditor may write somewhere; the auditor only reads and exports. */
export const WRITERS: readonly Role[] = ALL_ROLES.filter((r) => r !== Role.AUDITOR);

/** Roles that read every ledger. */
export const READERS: readonly Role[] = ALL_ROLES;
