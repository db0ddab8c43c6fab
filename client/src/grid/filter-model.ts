import type { ColumnMeta } from '../generated/graphql';

/** AG Grid Community filter model entries we offer (see grid column filterOptions). */
export interface GridFilter {
  filterType?: string;
  type?: string;
  filter?: string | number | null;
  filterTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  /** The checklist filter's ticked codes (filterType 'set'). */
  values?: string[];
}

const day = (s: string | null | undefined) => (s ? s.slice(0, 10) : null);

/**
 * Turns the grid's filter model into the ledger's GraphQL filter, by storage field. Dates filter
 * whole local days; enum text matches a label or code. Refs are resolved by the caller (keys → ids).
 */
export function toServerFilter(
  model: Record<string, GridFilter>,
  columns: ColumnMeta[],
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [field, f] of Object.entries(model)) {
    const m = columns.find((c) => c.field === field);
    if (!m || m.type === 'ref') continue;
    const key = m.storageField;
    if (f.filterType === 'set') out[key] = { in: f.values ?? [] };
    else if (f.type === 'blank') out[key] = { isNull: true };
    else if (f.type === 'notBlank') out[key] = { isNull: false };
    else if (m.type === 'date' || m.type === 'datetime') {
      const from = day(f.dateFrom);
      const to = day(f.type === 'inRange' ? f.dateTo : f.dateFrom);
      const start = (d: string) => (m.type === 'datetime' ? `${d}T00:00:00+08:00` : d);
      const end = (d: string) => (m.type === 'datetime' ? `${d}T23:59:59.999+08:00` : d);
      if (f.type === 'equals' && from) out[key] = { gte: start(from), lte: end(from) };
      else if (f.type === 'greaterThanOrEqual' && from) out[key] = { gte: start(from) };
      else if (f.type === 'lessThanOrEqual' && from) out[key] = { lte: end(from) };
      else if (f.type === 'inRange' && from && to) out[key] = { gte: start(from), lte: end(to) };
    } else if (m.type === 'int' || m.type === 'decimal') {
      if (f.type === 'equals') out[key] = { eq: f.filter };
      else if (f.type === 'greaterThanOrEqual') out[key] = { gte: f.filter };
      else if (f.type === 'lessThanOrEqual') out[key] = { lte: f.filter };
      else if (f.type === 'inRange') out[key] = { gte: f.filter, lte: f.filterTo };
    } else if (m.type === 'enum') {
      const text = String(f.filter ?? '')
        .trim()
        .toLowerCase();
      const hits = (m.enumValues ?? []).filter((v) =>
        [v.value.toLowerCase(), v.zh.toLowerCase(), v.en.toLowerCase()].some((s) => s.includes(text)),
      );
      out[key] = { in: hits.map((h) => h.value) }; // no option fits the text: an empty list, no rows
    } else if (m.type === 'bool') {
      const text = String(f.filter ?? '')
        .trim()
        .toLowerCase();
      out[key] = { eq: ['是', 'yes', 'true', '1'].includes(text) };
    } else if (f.type === 'equals') out[key] = { eq: String(f.filter ?? '') };
    else out[key] = { contains: String(f.filter ?? '') };
  }
  return out;
}

export function toServerOrder(
  sort: Array<{ colId: string; sort: 'asc' | 'desc' | null | undefined }>,
  columns: ColumnMeta[],
): Array<{ field: string; direction: 'ASC' | 'DESC' }> {
  return sort
    .filter((s) => s.sort)
    .map((s) => ({
      field:
        s.colId === '__id'
          ? 'id'
          : s.colId === '__left'
            ? 'dueAt'
            : (columns.find((c) => c.field === s.colId)?.storageField ?? s.colId),
      direction: s.sort === 'desc' ? 'DESC' : 'ASC',
    }));
}
