import type { GridApi } from 'ag-grid-community';
import { computed, ref, shallowRef, toRaw, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { ColumnMeta, LedgerMeta } from '../../generated/graphql';
import { PendingStore } from '../../grid/pending-store';
import type { Range } from '../../grid/range';
import { cellWritable, type RowState } from '../../grid/cell-writable';
import { toApiValue } from '../../grid/cell-io';
import { currentUser } from '../../api';

export const PAGE = 100;
export const BLANK = 'blank';

export interface GridOptions {
  /** Always applied (the lines of one order). */
  fixedFilter?: Record<string, unknown>;
  /** Cells every new row starts with (the order a line belongs to). */
  defaults?: Record<string, unknown>;
  /** The column filters and sort follow the address (the page's main grid; not an order's lines). */
  followAddress?: boolean;
  /** The figure whose rows `fixedFilter` selects (opened from the analysis), shown above the grid. */
  drillLabel?: string;
  /** Voided rows listed too (greyed, read-only, with their reason); exports include them. */
  includeVoided?: boolean;
  /** The order to open in, instead of the ledger's own (a one-click filter's: 已超期 most overdue first). */
  order?: ReadonlyArray<{ field: string; direction: string }>;
}

export interface GridRow {
  __rowId: string;
  __kind: 'server' | 'new' | 'blank';
  __id?: number;
  __version?: number;
  __extra?: Record<string, unknown>;
  /** A voided row (listed only when voided rows are asked for): read-only. */
  __voided?: boolean;
  [field: string]: unknown;
}

/** What every part of one ledger grid shares: the ledger, the grid API, the pending edits, the footer state. */
export interface GridContext {
  ledger: Ref<LedgerMeta>;
  username: string;
  options: GridOptions;
  api: ShallowRef<GridApi<GridRow> | null>;
  store: PendingStore;
  /** Bumps on store changes so computed footers update. */
  tick: Ref<number>;
  total: Ref<number | null>;
  /** The total of the rows shown, while it is being counted (the rows come first); null once known. */
  counting: Promise<void> | null;
  loaded: Ref<number>;
  message: Ref<string>;
  /** What the last save showed once (one-time passwords), until dismissed. */
  revealed: Ref<Array<{ id: number; label: string; value: string }>>;
  focused: Ref<{ row: GridRow; colId: string } | null>;
  range: Ref<Range | null>;
  /** Rows as the server sent them, by row id: the originals edits are compared with. */
  serverCells: Map<string, GridRow>;
  columns: ComputedRef<ColumnMeta[]>;
  colMeta(field: string): ColumnMeta | undefined;
  columnOrder(): string[];
  /** Whether the user may type into this column in this row (a 补录 row opens its outcome cells). */
  writable(m: ColumnMeta, row: GridRow | null | undefined): boolean;
  /** The row is (or, not saved yet, is marked to be) a paper record entered after the fact (补录). */
  isBackfill(row: GridRow | null | undefined): boolean;
  /** Set when the last save needs the user's word before it goes on (it changes a frozen report), until answered. */
  confirming: Ref<{ codes: string[]; message: string } | null>;
  /** Called with an opening's first rows before the grid draws them (the columns fit them), once. */
  firstRows: ((rows: readonly GridRow[]) => void) | null;
}

/** Runs `fn` once the total of the rows shown is known: moves to the end need it. */
export function whenCounted(ctx: GridContext, fn: () => void): void {
  if (ctx.counting) void ctx.counting.then(fn);
  else fn();
}

/** What a new row starts with: the ledger's declared initial cells (匿名 否), then the grid's own (the order a line belongs to). */
function withInitialCells(ledger: LedgerMeta, options: GridOptions): GridOptions {
  // a create-only mark (补录 否) is left to the server: a new row that shows it unticked is not one more change
  const initial = Object.fromEntries(
    ledger.columns
      .filter((c) => c.initial !== null && c.initial !== undefined && !c.createOnly)
      .map((c) => [c.field, JSON.parse(c.initial!)]),
  );
  return Object.keys(initial).length ? { ...options, defaults: { ...initial, ...options.defaults } } : options;
}

export function createGridContext(ledger: Ref<LedgerMeta>, username: string, options: GridOptions): GridContext {
  const api = shallowRef<GridApi<GridRow> | null>(null);
  // the definitions are never changed in place: the grid reads them raw, not through a reactive proxy per cell
  const columns = computed(() => toRaw(ledger.value.columns));
  const store = new PendingStore();
  // a row pasted moments ago is known to the store before the grid shows it
  // a mark typed or pasted as 是 is text until it is saved
  // asked for every cell the grid draws (its time left, its class, whether it may be typed into): found once per ledger
  const backfillColumn = computed(() => columns.value.find((c) => c.field === ledger.value.backfillFlag));
  const isBackfill = (row: GridRow): boolean => {
    const flag = backfillColumn.value;
    if (!flag) return false;
    const values = row.__kind === 'new' ? (store.rows.get(row.__rowId)?.values ?? row) : row;
    const v = values[flag.field];
    return (
      v === true ||
      (typeof v === 'string' &&
        v !== '' &&
        toApiValue(flag, v).ok &&
        (toApiValue(flag, v) as { value: unknown }).value === true)
    );
  };
  // the row's department as the server stored it (its department column's id), against the signed-in user's
  const ownDepartment = (row: GridRow): boolean => {
    const field = ledger.value.departmentFilterField;
    const mine = currentUser.value?.departmentId ?? null;
    return !!field && mine !== null && row.__kind === 'server' && row.__extra?.[field] === mine;
  };
  const rowState = (row: GridRow): RowState => ({
    kind: row.__kind,
    voided: row.__voided,
    backfill: isBackfill(row),
    ownDepartment: ownDepartment(row),
  });
  return {
    ledger,
    username,
    options: withInitialCells(ledger.value, options),
    api,
    store,
    tick: ref(0),
    total: ref<number | null>(null),
    counting: null,
    loaded: ref(0),
    message: ref(''),
    revealed: ref([]),
    focused: ref(null),
    range: ref<Range | null>(null),
    serverCells: new Map(),
    columns,
    colMeta: (field) => columns.value.find((c) => c.field === field),
    columnOrder: () => (api.value?.getAllDisplayedColumns() ?? []).map((c) => c.getColId()),
    writable: (m, row) => cellWritable(m, row ? rowState(row) : null),
    isBackfill: (row) => !!row && isBackfill(row),
    confirming: ref(null),
    firstRows: null,
  };
}
