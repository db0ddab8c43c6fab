import type { LedgerDef } from './ledger.types.js';

/** What a user may do with a whole ledger. */
export type LedgerAction = 'read' | 'write' | 'export' | 'import';

/**
 * Who may read, write, export and import a ledger, from its declaration alone: exporting is
 * reading, importing is writing rows (a department's own cells are written in the grid, not imported). The GraphQL layer and the file router both ask here.
 */
export function rolesFor(ledger: LedgerDef, action: LedgerAction): readonly string[] {
  if (action === 'read' || action === 'export') return ledger.readRoles;
  if (action === 'import') return ledger.writeRoles;
  return [...new Set([...ledger.writeRoles, ...departmentWriters(ledger)])];
}

/** Roles that write a ledger only in cells of their own department's rows (editableByDepartment). */
export function departmentWriters(ledger: LedgerDef): string[] {
  const roles = ledger.columns.flatMap((c) => c.editableByDepartment ?? []);
  return [...new Set(roles)].filter((r) => !mayCreate(ledger, r));
}

export function may(ledger: LedgerDef, action: LedgerAction, role: string): boolean {
  return rolesFor(ledger, action).includes(role);
}

/** Whether `role` creates and voids rows (a department writer only fills its own rows' cells). */
export function mayCreate(ledger: LedgerDef, role: string): boolean {
  return ledger.writeRoles.includes(role);
}

// what roles are called, in Chinese: messages name a role as its users know it (审计（只读）, not AUDITOR)
const roleLabels = new Map<string, string>();

/** The application's role names (given once by the composition root). */
export function registerRoleLabels(labels: Record<string, string>): void {
  roleLabels.clear();
  for (const [code, zh] of Object.entries(labels)) roleLabels.set(code, zh);
}

/** A role as people call it; the code itself where none was given. */
export function roleLabel(role: string): string {
  return roleLabels.get(role) ?? role;
}
