import type { DataSource } from 'typeorm';
import { formatDateTime } from '../query/cell-format.js';
import { columnByStored, enumOf, getLedger, keyFieldOf, refOf, storageField } from '../schema/define-ledger.js';
import { readKeys } from '../query/ledger-store.js';
import type { ColumnDef, LedgerDef } from '../schema/ledger.types.js';
import { shownTo } from '../schema/masking.js';
import { actionLabel } from '../write/workflow.js';

const SYSTEM_LABELS: Record<string, string> = {
  voidedAt: '作废时间',
  voidReason: '作废原因',
  version: '版本',
  sha256: '内容哈希',
  attachment: '附件',
};

/** An attachment's trail value (its JSON) in words: 「来函.pdf（客户来函，1.2 MB，SHA-256 …）」. */
export function attachmentInWords(v: string | null, ledger: LedgerDef | undefined): string | null {
  if (v === null || !v.startsWith('{')) return v;
  try {
    const a = JSON.parse(v) as { fileName?: string; category?: string; size?: number; sha256?: string };
    const category = (a.category && ledger?.attachments?.categories[a.category]?.zh) ?? a.category ?? '';
    const size = typeof a.size === 'number' ? `${Math.max(0.1, Math.round((a.size / 1048576) * 10) / 10)} MB` : '';
    return `${a.fileName ?? ''}（${[category, size, a.sha256 ? `SHA-256 ${a.sha256}` : ''].filter(Boolean).join('，')}）`;
  } catch {
    return v;
  }
}
const entityLabels = new Map<string, string>([['audit_event', '审计日志']]);

/** Names, in Chinese, a trail entity that is not a ledger (a module's own records: 统计报告). */
export function registerEntityLabel(entity: string, zh: string): void {
  entityLabels.set(entity, zh);
}

/** A trail entry as stored. */
export interface StoredEvent {
  seq: number;
  at: Date;
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

/** A trail entry as a reader reads it: in Chinese, records by their numbers, values as the grid shows them. */
export interface ReadableEvent {
  seq: number;
  at: Date;
  userName: string;
  action: string;
  actionLabel: string;
  ledger: string;
  ledgerLabel: string;
  entityId: number | null;
  record: string | null;
  field: string | null;
  fieldLabel: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

/** A trail field as a reader names it: the column's Chinese label, or the system column's. */
function fieldLabel(col: ColumnDef | undefined, field: string | null): string | null {
  return field === null ? null : (col?.label.zh ?? SYSTEM_LABELS[field] ?? field);
}

function shown(col: ColumnDef | undefined, v: string | null, refKeys: Map<string, Map<number, string>>): string | null {
  if (v === null || !col) return v;
  switch (col.type) {
    case 'ref':
      return refKeys.get(refOf(col).ledger().name)?.get(Number(v)) ?? v;
    case 'enum':
      return enumOf(col).values[v]?.zh ?? v;
    case 'bool':
      return v === 'true' ? '是' : v === 'false' ? '否' : v;
    case 'datetime':
      return Number.isNaN(Date.parse(v)) ? v : formatDateTime(new Date(v));
    default:
      return v;
  }
}

/** Adds the keys of the ids to a per-ledger map, one statement per ledger. */
async function collectKeys(
  ds: DataSource,
  into: Map<string, Map<number, string>>,
  wanted: Map<LedgerDef, { key: string; ids: Set<number> }>,
): Promise<void> {
  for (const [ledger, { key, ids }] of wanted) {
    const m = into.get(ledger.name) ?? new Map<number, string>();
    into.set(ledger.name, m);
    const missing = [...ids].filter((id) => !m.has(id));
    if (missing.length) for (const [id, k] of await readKeys(ds.manager, ledger, key, missing)) m.set(id, k);
  }
}

/**
 * Trail entries as a reader reads them (personal details masked unless `role` may read them). The records' numbers and the keys of referenced rows are
 * read once per ledger for the whole batch, never once per entry.
 */
export async function readableEvents(
  ds: DataSource,
  events: StoredEvent[],
  users: Map<number, string>,
  role: string | null = null,
): Promise<ReadableEvent[]> {
  const columnOf = (e: StoredEvent) => columnByStored(getLedger(e.entity), e.field);
  const records = new Map<LedgerDef, { key: string; ids: Set<number> }>();
  const refs = new Map<LedgerDef, { key: string; ids: Set<number> }>();
  const want = (into: typeof records, ledger: LedgerDef, key: string, id: number) => {
    const w = into.get(ledger) ?? { key, ids: new Set<number>() };
    into.set(ledger, w);
    w.ids.add(id);
  };
  for (const e of events) {
    const ledger = getLedger(e.entity);
    const keyField = ledger && keyFieldOf(ledger);
    if (ledger && keyField && e.entityId !== null) want(records, ledger, keyField, e.entityId);
    const col = columnOf(e);
    if (col?.type === 'ref')
      for (const v of [e.oldValue, e.newValue])
        if (v !== null && /^\d+$/.test(v)) want(refs, refOf(col).ledger(), refOf(col).key, Number(v));
  }
  const recordKeys = new Map<string, Map<number, string>>();
  const refKeys = new Map<string, Map<number, string>>();
  await collectKeys(ds, recordKeys, records);
  await collectKeys(ds, refKeys, refs);
  return events.map((e) => {
    const col = columnOf(e);
    return {
      seq: e.seq,
      at: e.at,
      userName: e.userId === null ? '系统' : (users.get(e.userId) ?? `#${e.userId}`),
      action: e.action,
      actionLabel: actionLabel(e.entity, e.action),
      ledger: e.entity,
      ledgerLabel: getLedger(e.entity)?.label.zh ?? entityLabels.get(e.entity) ?? e.entity,
      entityId: e.entityId,
      record: e.entityId === null ? null : (recordKeys.get(e.entity)?.get(e.entityId) ?? `#${e.entityId}`),
      field: e.field,
      fieldLabel: fieldLabel(col, e.field),
      oldValue:
        e.field === 'attachment'
          ? attachmentInWords(e.oldValue, getLedger(e.entity))
          : shownTo(col, role, shown(col, e.oldValue, refKeys)),
      newValue:
        e.field === 'attachment'
          ? attachmentInWords(e.newValue, getLedger(e.entity))
          : shownTo(col, role, shown(col, e.newValue, refKeys)),
      reason: e.reason,
    };
  });
}

/**
 * Rows of stored text (column → value, as the trail keeps them) as the grid shows them, by column
 * field: labels for enums and yes/no, China time, refs by their keys (one statement per referenced ledger).
 */
export async function displayedCells(
  ds: DataSource,
  ledger: LedgerDef,
  rows: Array<Record<string, string | null>>,
  role: string | null = null,
): Promise<Array<Record<string, string | null>>> {
  const refs = new Map<LedgerDef, { key: string; ids: Set<number> }>();
  for (const col of ledger.columns) {
    if (col.type !== 'ref') continue;
    const target = refOf(col).ledger();
    const w = refs.get(target) ?? { key: refOf(col).key, ids: new Set<number>() };
    refs.set(target, w);
    for (const r of rows) {
      const v = r[storageField(col)];
      if (v !== null && v !== undefined && /^\d+$/.test(v)) w.ids.add(Number(v));
    }
  }
  const refKeys = new Map<string, Map<number, string>>();
  await collectKeys(ds, refKeys, refs);
  return rows.map((r) =>
    Object.fromEntries(
      ledger.columns.map((c) => [c.field, shownTo(c, role, shown(c, r[storageField(c)] ?? null, refKeys))]),
    ),
  );
}
