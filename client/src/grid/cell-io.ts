import { localDateTimeText } from '@common/business-time';
import { coerceCell } from '@common/cell-value';
import type { CellColumn as ColumnDef } from '@common/cell-types';
import type { ColumnMeta } from '../generated/graphql';

/** The shared cell rules need a ColumnDef; the server's declaration reaches the client as ColumnMeta. */
export function columnDef(m: ColumnMeta): ColumnDef {
  return {
    field: m.field,
    label: { zh: m.zh, en: m.en },
    type: m.type as ColumnDef['type'],
    required: m.required,
    maxLength: m.maxLength ?? undefined,
    enum: m.enumValues
      ? {
          name: m.field,
          description: '',
          values: Object.fromEntries(m.enumValues.map((v) => [v.value, { zh: v.zh, en: v.en }])),
        }
      : undefined,
  };
}

/** A moment as China time 'YYYY-MM-DD HH:mm', as clerks read it on paper. */
export function localDateTime(iso: string): string {
  return localDateTimeText(new Date(iso));
}

/** A date-time input's value (China time, with or without seconds) as an ISO instant; null when empty or not a time. */
export function instantOfLocal(local: string): string | null {
  if (!local) return null;
  const d = new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** What a grid cell holds for a server row: refs by their key, times in local form. */
export function cellFromNode(m: ColumnMeta, node: Record<string, unknown>): unknown {
  if (m.type === 'ref') return (node[m.field] as Record<string, unknown> | null)?.[m.refKey!] ?? null;
  const v = node[m.storageField];
  if (v === null || v === undefined) return null;
  if (m.type === 'datetime') return localDateTime(String(v));
  return v;
}

/**
 * How a reference reads for people: the referenced row's name (上海盛隆印刷科技有限公司) when the node
 * carries it and the cell still holds that row's key; otherwise what is in the cell (a key or a name
 * being typed). `withKey` adds the key: 名称（C0017）.
 */
export function refText(
  m: ColumnMeta,
  node: Record<string, unknown> | undefined,
  cell: unknown,
  withKey = false,
): string {
  if (cell === null || cell === undefined || cell === '') return '';
  const ref = node?.[m.field] as Record<string, unknown> | null | undefined;
  if (!m.refName || !ref || ref[m.refKey!] !== cell || !ref[m.refName]) return String(cell);
  return withKey ? `${String(ref[m.refName])}（${String(cell)}）` : String(ref[m.refName]);
}

/** Validates a cell as the server will; answers the API value or the message. */
export function toApiValue(m: ColumnMeta, raw: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const r = coerceCell(columnDef(m), raw === true ? 'true' : raw === false ? 'false' : raw);
  if (!r.ok) return { ok: false, message: r.message };
  return { ok: true, value: r.value instanceof Date ? r.value.toISOString() : r.value };
}

/** How a cell reads: enum labels, yes/no. */
export function displayCell(m: ColumnMeta, v: unknown, lang: 'zh' | 'en'): string {
  if (v === null || v === undefined || v === '') return '';
  if (m.type === 'enum') {
    const e = m.enumValues?.find((x) => x.value === v);
    return e ? e[lang] : String(v);
  }
  if (m.type === 'bool') {
    if (v === true || v === 'true') return lang === 'zh' ? '是' : 'yes';
    if (v === false || v === 'false') return lang === 'zh' ? '否' : 'no';
  }
  return String(v);
}
