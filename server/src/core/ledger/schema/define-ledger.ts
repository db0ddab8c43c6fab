import type { ColumnDef, LedgerDef, LedgerHooks } from './ledger.types.js';

/** The application's ledgers in menu order, filled once by the composition root (registerLedgers). */
const registry = new Map<string, LedgerDef>();

/**
 * Declares a ledger once (checked, not registered: the composition root registers what the modules
 * list); everything else (entity, GraphQL types, list/save/export/import, grid
 * columns) is derived from it.
 * @example
 * export const customerLedger = defineLedger({ name: 'customer', typeName: 'Customer', plural: 'customers',
 *   table: 'customer', label: { zh: '客户', en: 'Customers' }, description: '…',
 *   readRoles: ALL, writeRoles: ['ADMIN', 'CLERK'],
 *   columns: [{ field: 'code', label: { zh: '客户编号', en: 'Code' }, type: 'string', required: true, unique: true }] });
 */
export function defineLedger(def: LedgerDef): LedgerDef {
  const seen = new Set<string>();
  for (const c of def.columns) {
    if (seen.has(c.field)) throw new Error(`ledger ${def.name}: column ${c.field} declared twice`);
    seen.add(c.field);
    if (c.type === 'enum' && !c.enum) throw new Error(`ledger ${def.name}: enum column ${c.field} needs enum`);
    if (c.type === 'ref' && !c.ref) throw new Error(`ledger ${def.name}: ref column ${c.field} needs ref`);
  }
  for (const f of [def.ownerField, def.deadlineField])
    if (f !== undefined && !seen.has(f)) throw new Error(`ledger ${def.name}: ${f} is no column`);
  return def;
}

/**
 * Gives a ledger its behaviour (the composition root, from a module's `hooks`). Hooks live in
 * `*.hooks.ts` beside the declaration (which stays data), so a hook may use services that read
 * other ledgers without an import cycle.
 */
export function attachHooks(ledger: LedgerDef, hooks: LedgerHooks): void {
  ledger.hooks = { ...ledger.hooks, ...hooks };
}

/** Declares what an approval on the ledger vouches for (see LedgerDef.approval), from the module that owns its rules. */
export function attachApproval(ledger: LedgerDef, approval: NonNullable<LedgerDef['approval']>): void {
  ledger.approval = approval;
}

/** The application's ledgers, in the order menus list them; refused when two share a name. */
export function registerLedgers(ledgers: LedgerDef[]): void {
  registry.clear();
  for (const l of ledgers) {
    if (registry.has(l.name)) throw new Error(`ledger ${l.name} declared twice`);
    registry.set(l.name, l);
  }
}

export function getLedger(name: string): LedgerDef | undefined {
  return registry.get(name);
}

export function allLedgers(): LedgerDef[] {
  return [...registry.values()];
}

/** The database column of a declared column (`customer` → `customerId`). */
export function storageField(c: ColumnDef): string {
  return c.type === 'ref' ? `${c.field}Id` : c.field;
}

export function isEditableBy(ledger: LedgerDef, c: ColumnDef, role: string): boolean {
  const roles = c.editableBy ?? ledger.writeRoles;
  return roles.includes(role);
}

/** The column a person names a row by (its number, else its unique key), or null. */
export function keyFieldOf(ledger: LedgerDef): string | null {
  return ledger.numbering?.field ?? ledger.columns.find((c) => c.unique)?.field ?? null;
}

/** Former stored names of a ledger's renamed columns → their stored names now (trail entries keep the name they were written under). */
export function formerNames(ledger: LedgerDef): Map<string, string> {
  return new Map(ledger.columns.filter((c) => c.formerly).map((c) => [c.formerly!, storageField(c)]));
}

/** The column a stored field names, under its current or its former name. */
export function columnByStored(ledger: LedgerDef | undefined, field: string | null): ColumnDef | undefined {
  return field === null ? undefined : ledger?.columns.find((c) => storageField(c) === field || c.formerly === field);
}

/** What a ref column points at (defineLedger refuses a ref column without it). */
export function refOf(c: ColumnDef): NonNullable<ColumnDef['ref']> {
  if (!c.ref) throw new Error(`column ${c.field} is no reference`);
  return c.ref;
}

/** The enumeration of an enum column (defineLedger refuses an enum column without one). */
export function enumOf(c: ColumnDef): NonNullable<ColumnDef['enum']> {
  if (!c.enum) throw new Error(`column ${c.field} has no enumeration`);
  return c.enum;
}
