import type { DataSource } from 'typeorm';
import { auditValue } from '../../audit/audit-hash.js';
import { quoter, toSqlParam } from '../../db/sql-value.js';
import { formerNames, storageField } from '../schema/define-ledger.js';
import { hydrate, selectList } from '../query/ledger-store.js';
import { columnOfStored, shownTo } from '../schema/masking.js';
import type { LedgerDef, Row } from '../schema/ledger.types.js';

export interface ReconcileField {
  field: string;
  /** What the table holds. */
  stored: string | null;
  /** What the trail says the cell was last set to (null: never set). */
  audited: string | null;
}

export interface ReconcileRow {
  id: number;
  /** NO_TRAIL: the row has no audit event at all (inserted outside the application); DIFFERS: cells differ; VOID_DIFFERS: voided in one and not the other. */
  problem: 'NO_TRAIL' | 'DIFFERS' | 'VOID_DIFFERS';
  fields: ReconcileField[];
}

export interface ReconcileReport {
  ledger: string;
  checked: number;
  differing: number;
  /** The first `limit` differing rows. */
  rows: ReconcileRow[];
}

/** The trail's last word on each cell of one row, and whether it was voided. */
export interface AuditedState {
  cells: Map<string, string | null>;
  voided: boolean;
}

function compare(ledger: LedgerDef, row: Row, state: AuditedState | undefined): ReconcileRow | null {
  if (!state) return { id: row.id, problem: 'NO_TRAIL', fields: [] };
  const fields: ReconcileField[] = [];
  for (const c of ledger.columns) {
    const f = storageField(c);
    const stored = auditValue(row[f]);
    const audited = state.cells.get(f) ?? null;
    if (stored !== audited) fields.push({ field: f, stored, audited });
  }
  if (Boolean(row.voidedAt) !== state.voided) return { id: row.id, problem: 'VOID_DIFFERS', fields };
  return fields.length ? { id: row.id, problem: 'DIFFERS', fields } : null;
}

/**
 * Replays the trail to each row's last audited state and lists the rows whose stored cells differ
 * (edited outside the application). Reads the ledger and its events in batches of ids, so memory
 * stays bounded at any size; `onProgress(done, total)` after each batch.
 */
export async function reconcileLedger(
  ds: DataSource,
  ledger: LedgerDef,
  opts: {
    /** Whose report it is: personal details the role may not read are masked in it (null: the system's own). */
    role: string | null;
    batch?: number;
    limit?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ReconcileReport> {
  const q = quoter(ds);
  const batch = opts.batch ?? 2000;
  const limit = opts.limit ?? 500;
  const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${q(ledger.table)}`);
  const total = Number(n);
  const report: ReconcileReport = { ledger: ledger.name, checked: 0, differing: 0, rows: [] };
  for (let after = 0; ;) {
    const raw: Array<Record<string, unknown>> = await ds.query(
      `SELECT ${selectList(ds, ledger)} FROM ${q(ledger.table)} t WHERE t.${q('id')} > ? ORDER BY t.${q('id')} LIMIT ${batch}`,
      [after],
    );
    if (!raw.length) break;
    const rows = raw.map((r) => hydrate(ledger, r));
    const states = await auditedStates(
      ds,
      ledger.name,
      rows.map((r) => r.id),
      undefined,
      formerNames(ledger),
    );
    for (const row of rows) {
      const diff = compare(ledger, row, states.get(row.id));
      if (!diff) continue;
      report.differing++;
      if (report.rows.length < limit) {
        report.rows.push({
          ...diff,
          fields: diff.fields.map((f) => {
            const col = columnOfStored(ledger, f.field);
            return { ...f, stored: shownTo(col, opts.role, f.stored), audited: shownTo(col, opts.role, f.audited) };
          }),
        });
      }
    }
    report.checked += rows.length;
    after = rows.at(-1)!.id;
    opts.onProgress?.(report.checked, total);
    await new Promise((r) => setImmediate(r)); // better-sqlite3 is synchronous: let other requests in
  }
  return report;
}

/** The events of a batch of rows (up to a moment, if given), oldest first, folded into each row's last audited cells. */
export async function auditedStates(
  ds: DataSource,
  entity: string,
  ids: number[],
  until?: Date,
  renamed: Map<string, string> = new Map(),
): Promise<Map<number, AuditedState>> {
  const q = quoter(ds);
  if (!ids.length) return new Map();
  const events: Array<{ id: number; action: string; field: string | null; value: string | null }> = await ds.query(
    `SELECT ${q('entityId')} AS id, ${q('action')} AS action, ${q('field')} AS field, ${q('newValue')} AS value FROM ${q('audit_event')}
      WHERE ${q('entity')} = ? AND ${q('entityId')} IN (${ids.map(() => '?').join(', ')})${until ? ` AND ${q('at')} <= ?` : ''} ORDER BY ${q('seq')}`,
    [entity, ...ids, ...(until ? [toSqlParam(ds, 'datetime', until)] : [])],
  );
  const out = new Map<number, AuditedState>();
  for (const e of events) {
    const id = Number(e.id);
    let s = out.get(id);
    if (!s) out.set(id, (s = { cells: new Map(), voided: false }));
    if (e.action === 'VOID' && e.field === null) s.voided = true;
    else if (e.field) s.cells.set(renamed.get(e.field) ?? e.field, e.value);
  }
  return out;
}
