/** What a paste needs to know of a displayed column. */
export interface PasteColumn {
  colId: string;
  labels: string[];
  editable: boolean;
}

/** A declared column as a paste or an import header names it: by its Chinese or English label, or its field. */
export function pasteColumn(m: {
  field: string;
  zh: string;
  en: string;
  editable: boolean;
  backfill?: boolean;
}): PasteColumn {
  // an outcome cell a 补录 row opens is pasted; each row then says whether it takes it
  return { colId: m.field, labels: [m.zh, m.en, m.field], editable: m.editable || !!m.backfill };
}

export interface PastePlan {
  /** The data rows of the block (a matched header row taken off). */
  rows: Array<Array<{ colId: string; value: string }>>;
  /** Labels of read-only columns that received a value, which was skipped. */
  skipped: string[];
  /** Header cells that name no column of this grid. */
  unknownHeaders: string[];
  byHeader: boolean;
}

const norm = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[（(].*?[)）]/g, '')
    .toLowerCase();

/** The column each header cell names (by any of its labels, spaces and bracketed notes ignored), or null. */
export function columnsOfHeader(header: string[], columns: PasteColumn[]): Array<PasteColumn | null> {
  return header.map((h) =>
    h.trim() ? (columns.find((c) => c.labels.some((l) => norm(l) === norm(h))) ?? null) : null,
  );
}

/** A header row is one where most non-empty cells name a column. */
function headerMapping(first: string[], columns: PasteColumn[]): Array<PasteColumn | null> | null {
  const named = columnsOfHeader(first, columns);
  const filled = first.filter((h) => h.trim()).length;
  const hits = named.filter(Boolean).length;
  return filled >= 2 && hits * 2 > filled ? named : null;
}

/**
 * Where each pasted value goes. A block whose first row names the columns maps by label; any other
 * block lines up column for column with the columns on screen from the anchor on. Values that land
 * on read-only columns are dropped where they land — never shifted onto the next column.
 */
export function planPaste(block: string[][], displayedFromAnchor: PasteColumn[], allColumns: PasteColumn[]): PastePlan {
  const header = block.length ? headerMapping(block[0], allColumns) : null;
  const targets = header ?? displayedFromAnchor;
  const data = header ? block.slice(1) : block;
  const skipped = new Set<string>();
  const rows = data.map((cells) => {
    const out: Array<{ colId: string; value: string }> = [];
    cells.forEach((value, j) => {
      const c = targets[j];
      if (!c) return;
      if (!c.editable) {
        if (value.trim()) skipped.add(c.labels[0]);
        return;
      }
      out.push({ colId: c.colId, value });
    });
    return out;
  });
  const unknownHeaders = header ? block[0].filter((h, j) => h.trim() && !header[j]) : [];
  return { rows, skipped: [...skipped], unknownHeaders, byHeader: !!header };
}

/**
 * The row index a paste starts at: the row the clerk focused (`chosen`, by id), wherever a reload
 * since (a save elsewhere, a block fetched late) has moved it — the grid's focus itself stays at an
 * index, which may now hold another row. Falls back to the focused index when the row is gone.
 */
export function pasteAnchor(
  chosen: string | undefined,
  focusedIndex: number,
  rowIdAt: (index: number) => string | undefined,
  indexOf: (rowId: string) => number | null | undefined,
): number {
  if (!chosen || rowIdAt(focusedIndex) === chosen) return focusedIndex;
  return indexOf(chosen) ?? focusedIndex;
}
