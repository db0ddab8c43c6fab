import type { LedgerDef } from './ledger.types.js';

/** What a user may do with a whole ledger. */
export type LedgerAction = 'read' | 'write' | 'export' | 'import';

/**
 * Who may read, write, export and import a ledger, from its declaration alone: exporting is
 * reading, importing is writing. The GraphQL layer and the file router both ask here.
 */
export function rolesFor(ledger: LedgerDef, action: LedgerAction): readonly string[] {
  return action === 'read' || action === 'export' ? ledger.readRoles : ledger.writeRoles;
}

export function may(ledger: LedgerDef, action: LedgerAction, role: string): boolean {
  return rolesFor(ledger, action).includes(role);
}
