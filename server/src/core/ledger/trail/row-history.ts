import type { DataSource } from 'typeorm';
import { auditHistory, type AuditRecord } from '../../audit/audit-trail.js';
import { quoter } from '../../db/sql-value.js';
import { refOf, storageField } from '../schema/define-ledger.js';
import { readKeys } from '../query/ledger-store.js';
import type { LedgerDef } from '../schema/ledger.types.js';
import { columnOfStored, shownTo } from '../schema/masking.js';
import { actionLabel } from '../write/workflow.js';

/** One entry of a row's history as its reader sees it: who by name, refs by their keys, personal details masked. */
export interface RowHistoryEntry extends AuditRecord {
  userName: string | null;
  actionLabel: string;
}

/** Ref cells are stored as ids; the history shows the key a clerk typed (a customer code). */
async function refKeys(
  ds: DataSource,
  ledger: LedgerDef,
  rows: AuditRecord[],
): Promise<(field: string | null, v: string | null) => string | null> {
  const maps = new Map<string, Map<string, string>>();
  for (const col of ledger.columns.filter((c) => c.type === 'ref')) {
    const f = storageField(col);
    const ids = [
      ...new Set(
        rows
          .filter((r) => r.field === f)
          .flatMap((r) => [r.oldValue, r.newValue])
          .filter((v): v is string => v !== null)
          .map(Number),
      ),
    ];
    const keys = await readKeys(ds.manager, refOf(col).ledger(), refOf(col).key, ids);
    maps.set(f, new Map([...keys].map(([id, key]) => [String(id), key])));
  }
  return (field, v) => (field && v !== null ? (maps.get(field)?.get(v) ?? v) : v);
}

async function userNames(ds: DataSource, rows: AuditRecord[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.map((r) => r.userId).filter((x): x is number => x !== null))];
  const names = new Map<number, string>();
  if (!ids.length) return names;
  const q = quoter(ds);
  const users: Array<{ id: number; displayName: string }> = await ds.query(
    `SELECT ${q('id')}, ${q('displayName')} FROM ${q('app_user')} WHERE ${q('id')} IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
  for (const u of users) names.set(Number(u.id), u.displayName);
  return names;
}

/** The changes of a row, or of one of its cells, oldest first, as `role` may read them. */
export async function rowHistory(
  ds: DataSource,
  ledger: LedgerDef,
  id: number,
  field: string | null,
  role: string,
): Promise<RowHistoryEntry[]> {
  // a renamed column's history includes what was written under its former name
  const former = field ? columnOfStored(ledger, field)?.formerly : undefined;
  const rows = await auditHistory(ds, ledger.name, id, field ? (former ? [field, former] : field) : undefined);
  const names = await userNames(ds, rows);
  const refKey = await refKeys(ds, ledger, rows);
  return rows.map((r) => ({
    ...r,
    oldValue: shownTo(columnOfStored(ledger, r.field), role, refKey(r.field, r.oldValue)),
    newValue: shownTo(columnOfStored(ledger, r.field), role, refKey(r.field, r.newValue)),
    userName: r.userId === null ? null : (names.get(r.userId) ?? null),
    actionLabel: actionLabel(r.entity, r.action),
  }));
}
