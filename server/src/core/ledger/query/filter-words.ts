import type { EntityManager } from 'typeorm';
import { keyFieldOf, refOf, storageField } from '../schema/define-ledger.js';
import { readKeys } from './ledger-store.js';
import { formatDateTime } from './cell-format.js';

/** The system columns a filter may name, as a reader names them. */
const SYSTEM_LABELS: Record<string, string> = {
  id: 'ID',
  createdAt: '录入时间',
  updatedAt: '修改时间',
  voidedAt: '作废时间',
};
import type { ColumnDef, LedgerDef } from '../schema/ledger.types.js';
import { LINES_FILTER, OPS, type LedgerFilter } from './filter-parser.js';

const OP_WORDS: Record<string, string> = { eq: '为', in: '为', gte: '≥', lte: '≤', contains: '包含' };
const DATED_WORDS: Record<string, string> = { gte: '不早于', lte: '不晚于' };

const columnOf = (ledger: LedgerDef, key: string) =>
  ledger.columns.find((c) => c.field === key || storageField(c) === key);

/** The records a filter names by id, by their names (or numbers), per reference column's storage field. */
export type FilterRefNames = Map<string, Map<number, string>>;

function valueWords(col: ColumnDef | undefined, v: unknown, names?: FilterRefNames): string {
  if (Array.isArray(v)) return v.map((x) => valueWords(col, x, names)).join('、');
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (col?.enum && typeof v === 'string') return col.enum.values[v]?.zh ?? v;
  if (col?.type === 'ref' && typeof v === 'number') return names?.get(storageField(col))?.get(v) ?? `#${v}`;
  // an instant as the grid shows it (China time)
  if (
    (!col || col.type === 'datetime') &&
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T/.test(v) &&
    !isNaN(Date.parse(v))
  )
    return formatDateTime(new Date(v));
  return String(v);
}

/** The names of the records a filter's reference columns name by id (a grid's 客户 filter is a list of ids). */
export async function filterRefNames(
  em: EntityManager,
  ledger: LedgerDef,
  filter: LedgerFilter | null | undefined,
): Promise<FilterRefNames> {
  const out: FilterRefNames = new Map();
  for (const [key, f] of Object.entries(filter ?? {})) {
    const col = columnOf(ledger, key);
    if (col?.type !== 'ref' || !f || typeof f !== 'object') continue;
    const ids = [(f as { eq?: unknown }).eq, ...((f as { in?: unknown[] }).in ?? [])].filter(
      (x): x is number => typeof x === 'number' && x > 0,
    );
    const target = refOf(col).ledger();
    const shown = target.nameField ?? keyFieldOf(target);
    if (ids.length && shown) out.set(storageField(col), await readKeys(em, target, shown, ids.slice(0, 50)));
  }
  return out;
}

/**
 * A list filter as a reader reads it — 「客户 包含 盛隆；状态 为 待确认、调查中；作废时间 为空」 — for
 * a manifest or a trail entry, instead of its JSON. Columns by their labels, codes by their names;
 * a referenced record's filter as 「客户的客户名称 包含 …」.
 */
export function filterInWords(
  ledger: LedgerDef,
  filter: LedgerFilter | null | undefined,
  names?: FilterRefNames,
): string {
  const parts: string[] = [];
  for (const [key, f] of Object.entries(filter ?? {})) {
    if (!f || typeof f !== 'object') continue;
    const col = columnOf(ledger, key);
    const label = col?.label.zh ?? SYSTEM_LABELS[key] ?? key;
    const ops = Object.keys(f).filter((k) => OPS.has(k));
    if (!ops.length && (key === LINES_FILTER || col?.type === 'ref')) {
      const inner = key === LINES_FILTER && ledger.lines ? ledger.lines.ledger() : col ? refOf(col).ledger() : null;
      if (inner) parts.push(`${key === LINES_FILTER ? '明细' : label}的${filterInWords(inner, f as LedgerFilter)}`);
      continue;
    }
    for (const op of ops) {
      const v = (f as Record<string, unknown>)[op];
      if (v === undefined || v === null) continue;
      if (op === 'isNull') parts.push(`${label} ${v ? '为空' : '不为空'}`);
      else {
        const dated = col?.type === 'date' || col?.type === 'datetime';
        parts.push(`${label} ${(dated && DATED_WORDS[op]) || OP_WORDS[op]} ${valueWords(col, v, names)}`);
      }
    }
  }
  return parts.join('；') || '无（全部记录）';
}
