import type { CellClassParams, ColDef, GridApi, GridReadyEvent, IDatasource, IGetRowsParams, CellValueChangedEvent, CellFocusedEvent, CellKeyDownEvent, CellClickedEvent } from 'ag-grid-community';
import { computed, ref, shallowRef, type Ref } from 'vue';
import { parseDelimited, toTsv } from '@common/delimited';
import { mutate, query, token } from '../api';
import type { ColumnMeta, LedgerMeta } from '../generated/graphql';
import { lang, t } from '../i18n';
import { cellFromNode, displayCell, toApiValue } from '../grid/cell-io';
import { toServerFilter, toServerOrder, type GridFilter } from '../grid/filter-model';
import { PendingStore } from '../grid/pending-store';
import { inRange, rangeBounds, type Range } from '../grid/range';

const PAGE = 100;
const BLANK = 'blank';

/** Extra selections some ledgers show beside their columns. */
const ACTIONS = 'availableActions { name mutation label needs }';
const EXTRA_FIELDS: Record<string, string> = {
  complaint: `overdue secondsLeft ${ACTIONS}`,
  returnOrder: `${ACTIONS} reworkOrders { id reworkNo status }`,
  reworkOrder: `${ACTIONS} cost { labour material total } requisitions { id reqNo status }`,
  materialRequisition: ACTIONS,
  rewardPenaltyNotice: ACTIONS,
  serviceArchive: 'warranty { remedy inWarranty end }',
};

export interface GridOptions {
  /** Always applied (the lines of one order). */
  fixedFilter?: Record<string, unknown>;
  /** Cells every new row starts with (the order a line belongs to). */
  defaults?: Record<string, unknown>;
  /** Grid filter model to open with (a link from another ledger). */
  initialFilter?: Record<string, unknown>;
}

export interface SaveResultLike {
  ok: boolean;
  errors: Array<{ row: string; field: string | null; message: string }>;
  conflicts: Array<{ row: string; fields: string[]; current: Record<string, unknown> }>;
  saved: Array<{ row: string }>;
}

export interface GridRow {
  __rowId: string;
  __kind: 'server' | 'new' | 'blank';
  __id?: number;
  __version?: number;
  __extra?: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * One ledger grid: columns from the declaration, server-side filter/sort with keyset infinite
 * scrolling, pending edits (kept across reloads), paste/copy/fill, undo/redo, one batch save with
 * per-cell errors and conflicts.
 */
export function useLedgerGrid(ledger: Ref<LedgerMeta>, username: string, options: GridOptions = {}) {
  const api = shallowRef<GridApi<GridRow> | null>(null);
  const store = new PendingStore();
  const tick = ref(0); // bumps on store changes so computed footers update
  const total = ref<number | null>(null);
  const loaded = ref(0);
  const message = ref('');
  const focused = ref<{ row: GridRow; colId: string } | null>(null);
  const range = ref<Range | null>(null);
  const serverCells = new Map<string, GridRow>();
  let cursors = new Map<number, string | null>();
  let serverEnd: number | null = null;
  let filterArgs: Record<string, unknown> = {};
  let orderArgs: Array<{ field: string; direction: string }> = [];

  const storageKey = () => `sl.pending.${username}.${ledger.value.name}${options.fixedFilter ? `.${JSON.stringify(options.fixedFilter)}` : ''}`;
  const restored = localStorage.getItem(storageKey());
  if (restored) {
    store.load(JSON.parse(restored));
    if (store.dirtyCount()) message.value = t('unsavedRestored', { n: store.dirtyCount() });
  }
  store.onChange(() => {
    localStorage.setItem(storageKey(), JSON.stringify(store.snapshot()));
    tick.value++;
  });

  const columns = computed(() => ledger.value.columns);
  const colMeta = (field: string) => columns.value.find((c) => c.field === field);
  const columnOrder = () => (api.value?.getAllDisplayedColumns() ?? []).map((c) => c.getColId());

  function validateCell(rowId: string, m: ColumnMeta, value: unknown): void {
    const r = toApiValue(m, value);
    if (!r.ok) store.setError(rowId, m.field, r.message);
    else store.errors.get(rowId)?.delete(m.field);
  }

  // ---- rows -------------------------------------------------------------------------------------
  /** A fresh object every time: the grid writes edits into its row data, which must never reach the loaded originals. */
  function merged(base: GridRow): GridRow {
    return { ...base, ...store.rows.get(base.__rowId)?.values };
  }

  function localRows(): GridRow[] {
    const rows: GridRow[] = store.newRows().map((r) => ({ __rowId: r.rowId, __kind: 'new', ...r.values }));
    if (ledger.value.writable) rows.push({ __rowId: BLANK, __kind: 'blank' });
    return rows;
  }

  function toGridRow(node: Record<string, unknown>): GridRow {
    const row: GridRow = { __rowId: String(node.id), __kind: 'server', __id: node.id as number, __version: node.version as number, __extra: node };
    for (const m of columns.value) row[m.field] = cellFromNode(m, node);
    serverCells.set(row.__rowId, row);
    return row;
  }

  function listQuery(withCount: boolean): string {
    const l = ledger.value;
    const fields = l.columns.map((c) => (c.type === 'ref' ? `${c.storageField} ${c.field} { id ${c.refKey} }` : c.storageField)).join(' ');
    return `query Ledger($first: Int, $after: String, $filter: ${l.typeName}Filter, $orderBy: [${l.typeName}OrderBy!]) {
      ${l.plural}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        ${withCount ? 'totalCount' : ''} edges { node { id version ${fields} ${EXTRA_FIELDS[l.name] ?? ''} } } pageInfo { hasNextPage endCursor } } }`;
  }

  async function fetchServer(after: string | null, withCount: boolean) {
    const r = await query<Record<string, { totalCount?: number; edges: Array<{ node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>>(
      listQuery(withCount),
      { first: PAGE, after, filter: filterArgs, orderBy: orderArgs },
    );
    if (r.error || !r.data) throw new Error(r.error?.message ?? 'load failed');
    return r.data[ledger.value.plural];
  }

  async function refFilters(model: Record<string, GridFilter>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [field, f] of Object.entries(model)) {
      const m = colMeta(field);
      if (m?.type !== 'ref' || !m.refLedger) continue;
      if (f.type === 'blank' || f.type === 'notBlank') {
        out[m.storageField] = { isNull: f.type === 'blank' };
        continue;
      }
      const target = (await query<{ ledgerDefinitions: LedgerMeta[] }>(`{ ledgerDefinitions { name plural } }`)).data?.ledgerDefinitions.find((x) => x.name === m.refLedger);
      const op = f.type === 'equals' ? { eq: String(f.filter) } : { contains: String(f.filter) };
      const r = await query<Record<string, { edges: Array<{ node: { id: number } }> }>>(
        `query($f: ${m.refLedger![0].toUpperCase()}${m.refLedger!.slice(1)}Filter) { ${target!.plural}(first: 500, filter: $f) { edges { node { id } } } }`,
        { f: { [m.refKey!]: op } },
      );
      const ids = r.data?.[target!.plural].edges.map((e) => e.node.id) ?? [];
      out[m.storageField] = { in: ids.length ? ids : [-1] };
    }
    return out;
  }

  const datasource: IDatasource = {
    async getRows(p: IGetRowsParams) {
      try {
        if (p.startRow === 0) {
          cursors = new Map([[0, null]]);
          serverEnd = null;
          serverCells.clear();
          filterArgs = { ...toServerFilter(p.filterModel as Record<string, GridFilter>, columns.value), ...(await refFilters(p.filterModel)), ...options.fixedFilter };
          orderArgs = toServerOrder(p.sortModel, columns.value);
        }
        let rows: GridRow[] = [];
        if (serverEnd === null || p.startRow < serverEnd) {
          let start = p.startRow;
          while (!cursors.has(start)) start -= PAGE; // blocks arrive in order; this only guards odd requests
          let page = await fetchServer(cursors.get(start)!, start === 0 && p.startRow === 0);
          while (start < p.startRow) {
            start += PAGE;
            cursors.set(start, page.pageInfo.endCursor);
            page = await fetchServer(page.pageInfo.endCursor, false);
          }
          if (page.totalCount !== undefined) total.value = page.totalCount;
          rows = page.edges.map((e) => merged(toGridRow(e.node)));
          const f = focused.value && rows.find((x) => x.__rowId === focused.value!.row.__rowId);
          if (f) focused.value = { ...focused.value!, row: f }; // actions and history follow the reloaded row
          if (page.pageInfo.hasNextPage) cursors.set(p.startRow + PAGE, page.pageInfo.endCursor);
          else serverEnd = p.startRow + rows.length;
        }
        if (serverEnd !== null) {
          const locals = localRows();
          const from = Math.max(0, p.startRow - serverEnd);
          rows.push(...locals.slice(from, from + (p.endRow - p.startRow) - rows.length));
          loaded.value = serverEnd;
          p.successCallback(rows, serverEnd + locals.length);
        } else {
          loaded.value = p.startRow + rows.length;
          p.successCallback(rows, -1);
        }
      } catch (e) {
        message.value = String((e as Error).message);
        p.failCallback();
      }
    },
  };

  // ---- editing ----------------------------------------------------------------------------------
  function setCell(row: GridRow, field: string, value: unknown): string {
    const m = colMeta(field);
    if (!m || !m.editable) return row.__rowId;
    const v = value === '' ? null : value;
    let rowId = row.__rowId;
    if (row.__kind === 'blank') {
      rowId = store.createRow({ ...options.defaults, [field]: v });
      for (const [f, dv] of Object.entries(options.defaults ?? {})) if (colMeta(f)) validateCell(rowId, colMeta(f)!, dv);
    }
    else if (row.__kind === 'new') store.setCell(rowId, field, v);
    else store.setCell(rowId, field, v, { id: row.__id!, version: row.__version!, original: serverCells.get(rowId)?.[field] ?? null });
    validateCell(rowId, m, v);
    return rowId;
  }

  function redraw(structural: boolean): void {
    const a = api.value;
    if (!a) return;
    if (structural) {
      a.refreshInfiniteCache();
      return;
    }
    a.forEachNode((node) => {
      if (!node.data) return;
      const d = node.data;
      if (d.__kind === 'server') {
        const base = serverCells.get(d.__rowId);
        if (base) node.setData(merged(base));
      } else if (d.__kind === 'new') {
        const p = store.rows.get(d.__rowId);
        if (p) node.setData({ __rowId: d.__rowId, __kind: 'new', ...p.values });
      }
    });
    a.refreshCells({ force: true });
  }

  function onCellValueChanged(e: CellValueChangedEvent<GridRow>): void {
    if (!e.data || e.source === 'api') return;
    const field = e.colDef.field!;
    const wasBlank = e.data.__kind === 'blank';
    setCell(e.data, field, e.newValue);
    redraw(wasBlank);
  }

  /** Pastes a TSV block at the focused cell; rows past the end become new rows. One undo step. */
  function pasteText(text: string): void {
    const a = api.value;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return;
    const block = parseDelimited(text.replace(/\r?\n$/, ''), '\t');
    // system columns (numbers, statuses, computed deadlines) take no pasted value: the block fills
    // the editable columns from the anchor on, as the paper form lists them
    const order = columnOrder().filter((c, i, all) => i >= all.indexOf(cell.column.getColId()) && colMeta(c)?.editable);
    const startCol = 0;
    let structural = false;
    store.begin();
    const created: string[] = [];
    block.forEach((cells, i) => {
      const node = a.getDisplayedRowAtIndex(cell.rowIndex + i);
      let row: GridRow | undefined = node?.data;
      if (!row || row.__kind === 'blank') {
        const id = created[i] ?? store.createRow({ ...options.defaults });
        created[i] = id;
        row = { __rowId: id, __kind: 'new' };
        structural = true;
      }
      cells.forEach((value, j) => {
        const colId = order[startCol + j];
        if (colId) setCell(row!, colId, value);
      });
    });
    store.commit();
    redraw(structural);
  }

  function copyText(): string {
    const a = api.value;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return '';
    const r = range.value ?? { start: { rowIndex: cell.rowIndex, colId: cell.column.getColId() }, end: { rowIndex: cell.rowIndex, colId: cell.column.getColId() } };
    const b = rangeBounds(r, columnOrder());
    const out: string[][] = [];
    for (let i = b.top; i <= b.bottom; i++) {
      const d = a.getDisplayedRowAtIndex(i)?.data;
      out.push(b.cols.map((c) => {
        const m = colMeta(c);
        return m ? displayCell(m, d?.[c], lang.value) : String(d?.[c] ?? '');
      }));
    }
    return toTsv(out);
  }

  /** Ctrl+D: the top cell of each selected column fills the cells below it (or the cell above fills the focused one). */
  function fillDown(): void {
    const a = api.value;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return;
    const r = range.value ?? { start: { rowIndex: cell.rowIndex - 1, colId: cell.column.getColId() }, end: { rowIndex: cell.rowIndex, colId: cell.column.getColId() } };
    const b = rangeBounds(r, columnOrder());
    if (b.top < 0) return;
    const source = a.getDisplayedRowAtIndex(b.top)?.data;
    store.begin();
    let structural = false;
    for (let i = b.top + 1; i <= b.bottom; i++) {
      const row = a.getDisplayedRowAtIndex(i)?.data;
      if (!row) continue;
      if (row.__kind === 'blank') structural = true;
      for (const c of b.cols) setCell(row, c, source?.[c] ?? null);
    }
    store.commit();
    redraw(structural);
  }

  function undo(): void {
    if (store.undo()) redraw(true);
  }

  function redo(): void {
    if (store.redo()) redraw(true);
  }

  function discard(): void {
    store.discardAll();
    redraw(true);
  }

  // ---- save -------------------------------------------------------------------------------------
  /** This grid's part of a batch, validated with the same cell rules as the server; null when a cell is wrong. */
  function collectInput(): { creates: unknown[]; updates: unknown[] } | null {
    store.clearErrors();
    const values = (rowId: string, v: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [field, raw] of Object.entries(v)) {
        const m = colMeta(field);
        if (!m) continue;
        const r = toApiValue(m, raw);
        if (r.ok) out[field] = r.value;
        else store.setError(rowId, field, r.message);
      }
      return out;
    };
    const creates = store.newRows().filter((r) => Object.keys(r.values).some((f) => !(f in (options.defaults ?? {})))).map((r) => {
      for (const m of columns.value) if (m.required && m.editable && !(m.field in r.values)) store.setError(r.rowId, m.field, `「${m.zh}」必填`);
      return { ref: r.rowId, values: values(r.rowId, r.values) };
    });
    const updates = store.changedRows().map((r) => ({ id: r.id!, version: r.version!, values: values(r.rowId, r.values) }));
    if (store.errorCount()) {
      message.value = t('fixErrors', { n: store.errorCount() });
      tick.value++;
      redraw(false);
      return null;
    }
    return { creates, updates };
  }

  /** Fields to select on a save result so conflicts come back as rows the grid can show. */
  function resultFields(): string {
    const l = ledger.value;
    const fields = ['id', 'version', ...l.columns.map((c) => c.storageField)].join(' ');
    return `ok errors { row field code message } conflicts { row id fields current { ${fields} ${l.columns.filter((c) => c.type === 'ref').map((c) => `${c.field} { id ${c.refKey} }`).join(' ')} } } saved { row id version }`;
  }

  /** Shows a save's outcome: errors and conflicts on their cells, or the saved rows reloaded. */
  function applyResult(res: SaveResultLike): boolean {
    if (!res.ok) {
      for (const e of res.errors) store.setError(e.row, e.field ?? ledger.value.columns[0].field, e.message);
      for (const c of res.conflicts) {
        const theirs: Record<string, unknown> = {};
        for (const m of columns.value) theirs[m.field] = cellFromNode(m, c.current);
        store.conflicts.set(c.row, { fields: c.fields.map((f) => columns.value.find((m) => m.storageField === f)?.field ?? f), theirs, theirVersion: c.current.version as number });
      }
      message.value = res.conflicts.length ? t('conflictTitle') : t('fixErrors', { n: res.errors.length });
      tick.value++;
      redraw(false);
      return false;
    }
    const untouched = store.newRows().filter((x) => !Object.keys(x.values).some((f) => !(f in (options.defaults ?? {})))).map((x) => x.rowId);
    store.saved(res.saved.map((x) => x.row).concat(untouched));
    message.value = t('saved', { n: res.saved.length });
    redraw(true);
    return true;
  }

  /** Saves this grid's edits — with its lines grid's edits in the same batch when given. */
  async function save(lines?: { collectInput: () => { creates: unknown[]; updates: unknown[] } | null; resultFields: () => string; applyResult: (r: SaveResultLike) => boolean }): Promise<boolean> {
    const l = ledger.value;
    const input = collectInput();
    const lineInput = lines?.collectInput();
    if (!input || (lines && !lineInput)) return false;
    if (!input.creates.length && !input.updates.length && !lineInput?.creates.length && !lineInput?.updates.length) return true;
    const r = await mutate<Record<string, SaveResultLike & { lines?: SaveResultLike }>>(
      `mutation Save($input: Save${l.typeName}Input!) { save${l.typeName}s(input: $input) { ${resultFields()} ${lines ? `lines { ${lines.resultFields()} }` : ''} } }`,
      { input: lineInput && (lineInput.creates.length || lineInput.updates.length) ? { ...input, lines: lineInput } : input },
    );
    const res = r.data?.[`save${l.typeName}s`];
    if (!res) {
      message.value = r.error?.message ?? 'save failed';
      return false;
    }
    const okLines = lines && res.lines ? lines.applyResult(res.lines) : true;
    return applyResult(res) && okLines;
  }

  function keepMine(rowId: string): void {
    store.keepMine(rowId);
    redraw(false);
  }

  function takeTheirs(rowId: string): void {
    store.takeTheirs(rowId);
    redraw(true);
  }

  // ---- grid wiring ------------------------------------------------------------------------------
  const columnDefs = computed<ColDef<GridRow>[]>(() => {
    void lang.value;
    const idCol: ColDef<GridRow> = {
      headerName: '#', colId: '__id', pinned: 'left', width: 70, editable: false, sortable: false,
      valueGetter: (p) => (p.data?.__kind === 'server' ? p.data.__id : p.data?.__kind === 'new' ? t('newRow') : p.data ? '＋' : ''),
      cellClass: (p) => (p.data?.__extra?.overdue ? 'sl-overdue' : ''),
      tooltipValueGetter: (p) => (p.data?.__extra?.overdue ? t('overdue') : null),
    };
    return [idCol, ...columns.value.map((m): ColDef<GridRow> => {
      const enumCodes = m.enumValues?.map((v) => v.value) ?? [];
      return {
        field: m.field,
        colId: m.field,
        headerName: lang.value === 'zh' ? m.zh : m.en,
        headerTooltip: m.description ?? undefined,
        width: m.width,
        editable: (p) => m.editable && !!p.data,
        sortable: m.sortable,
        filter: !m.filterable ? false : m.type === 'int' || m.type === 'decimal' ? 'agNumberColumnFilter' : m.type === 'date' || m.type === 'datetime' ? 'agDateColumnFilter' : 'agTextColumnFilter',
        filterParams: {
          filterOptions: m.type === 'int' || m.type === 'decimal' || m.type === 'date' || m.type === 'datetime'
            ? ['equals', 'greaterThanOrEqual', 'lessThanOrEqual', 'inRange', 'blank', 'notBlank']
            : m.type === 'enum' || m.type === 'bool' ? ['contains', 'blank', 'notBlank'] : ['contains', 'equals', 'blank', 'notBlank'],
          maxNumConditions: 1,
          buttons: ['reset'],
        },
        cellEditor: m.type === 'enum' ? 'agSelectCellEditor' : m.type === 'bool' ? 'agSelectCellEditor' : 'agTextCellEditor',
        cellEditorParams: m.type === 'enum' ? { values: ['', ...enumCodes], formatValue: (v: unknown) => displayCell(m, v, lang.value) } : m.type === 'bool' ? { values: ['', 'true', 'false'], formatValue: (v: unknown) => displayCell(m, v, lang.value) } : undefined,
        valueFormatter: (p) => displayCell(m, p.value, lang.value),
        cellClassRules: {
          'sl-dirty': (p: CellClassParams<GridRow>) => !!p.data && (p.data.__kind === 'new' ? p.value != null && p.value !== '' : store.isDirty(p.data.__rowId, m.field)),
          'sl-error': (p: CellClassParams<GridRow>) => !!p.data && !!store.errors.get(p.data.__rowId)?.has(m.field),
          'sl-conflict': (p: CellClassParams<GridRow>) => !!p.data && !!store.conflicts.get(p.data.__rowId)?.fields.includes(m.field),
          'sl-range': (p: CellClassParams<GridRow>) => p.node.rowIndex !== null && inRange(range.value, p.node.rowIndex, m.field, columnOrder()),
          'sl-readonly': () => !m.editable,
        },
        tooltipValueGetter: (p) => {
          if (!p.data) return null;
          const err = store.errors.get(p.data.__rowId)?.get(m.field);
          if (err) return err;
          const c = store.conflicts.get(p.data.__rowId);
          if (c?.fields.includes(m.field)) return `${t('theirs')}: ${displayCell(m, c.theirs[m.field], lang.value)}`;
          return null;
        },
      };
    })];
  });

  function onGridReady(e: GridReadyEvent<GridRow>): void {
    api.value = e.api;
    if (options.initialFilter) e.api.setFilterModel(options.initialFilter);
    e.api.setGridOption('datasource', datasource);
  }

  function reload(): void {
    api.value?.refreshInfiniteCache();
  }

  function onCellFocused(e: CellFocusedEvent<GridRow>): void {
    if (e.rowIndex === null || e.rowIndex === undefined || !e.column || typeof e.column === 'string') return;
    const row = api.value?.getDisplayedRowAtIndex(e.rowIndex)?.data;
    focused.value = row ? { row, colId: e.column.getColId() } : null;
  }

  function onCellClicked(e: CellClickedEvent<GridRow>): void {
    const ev = e.event as MouseEvent | null;
    if (e.rowIndex === null) return;
    const pos = { rowIndex: e.rowIndex, colId: e.column.getColId() };
    range.value = ev?.shiftKey && range.value ? { start: range.value.start, end: pos } : ev?.shiftKey ? { start: pos, end: pos } : null;
    if (!ev?.shiftKey) range.value = { start: pos, end: pos };
    api.value?.refreshCells({ force: true });
  }

  function onCellKeyDown(e: CellKeyDownEvent<GridRow>): void {
    const ev = e.event as KeyboardEvent | null;
    if (!ev || e.rowIndex === null) return;
    const mod = ev.ctrlKey || ev.metaKey;
    if (mod && ev.key.toLowerCase() === 'd') {
      ev.preventDefault();
      fillDown();
    } else if (mod && ev.key.toLowerCase() === 'z' && !ev.shiftKey) {
      ev.preventDefault();
      undo();
    } else if (mod && (ev.key.toLowerCase() === 'y' || (ev.key.toLowerCase() === 'z' && ev.shiftKey))) {
      ev.preventDefault();
      redo();
    } else if (ev.shiftKey && ev.key.startsWith('Arrow')) {
      const order = columnOrder();
      const start = range.value?.start ?? { rowIndex: e.rowIndex, colId: e.column.getColId() };
      const end = range.value?.end ?? start;
      const ci = order.indexOf(end.colId);
      const next = { ...end };
      if (ev.key === 'ArrowDown') next.rowIndex++;
      if (ev.key === 'ArrowUp') next.rowIndex = Math.max(0, next.rowIndex - 1);
      if (ev.key === 'ArrowRight') next.colId = order[Math.min(order.length - 1, ci + 1)];
      if (ev.key === 'ArrowLeft') next.colId = order[Math.max(1, ci - 1)];
      range.value = { start, end: next };
      api.value?.setFocusedCell(next.rowIndex, next.colId);
      api.value?.refreshCells({ force: true });
    } else if (!ev.shiftKey && ev.key.startsWith('Arrow')) {
      range.value = null;
    } else if ((ev.key === 'Delete' || ev.key === 'Backspace') && range.value && !api.value?.getEditingCells().length) {
      const b = rangeBounds(range.value, columnOrder());
      store.begin();
      for (let i = b.top; i <= b.bottom; i++) {
        const row = api.value?.getDisplayedRowAtIndex(i)?.data;
        if (row && row.__kind !== 'blank') for (const c of b.cols) setCell(row, c, null);
      }
      store.commit();
      redraw(false);
    }
  }

  /** DOM paste/copy listeners on the grid's container (Community has no clipboard). */
  function attachClipboard(el: HTMLElement): () => void {
    const onPaste = (e: ClipboardEvent) => {
      if (api.value?.getEditingCells().length) return; // let the open editor take it
      const text = e.clipboardData?.getData('text/plain');
      if (!text) return;
      e.preventDefault();
      pasteText(text);
    };
    const onCopy = (e: ClipboardEvent) => {
      if (api.value?.getEditingCells().length) return;
      e.clipboardData?.setData('text/plain', copyText());
      e.preventDefault();
    };
    el.addEventListener('paste', onPaste);
    el.addEventListener('copy', onCopy);
    return () => {
      el.removeEventListener('paste', onPaste);
      el.removeEventListener('copy', onCopy);
    };
  }

  async function runAction(row: GridRow, mutation: string, needs: Record<string, unknown>): Promise<string | null> {
    if (store.changedRows().some((r) => r.rowId === row.__rowId)) return t('saveFirst');
    const type = (v: unknown) => (typeof v === 'boolean' ? 'Boolean!' : typeof v === 'number' ? 'Int!' : 'String!');
    const argDefs = Object.keys(needs).map((k) => `$${k}: ${type(needs[k])}`);
    const args = Object.keys(needs).map((k) => `${k}: $${k}`);
    const r = await mutate<Record<string, { id: number }>>(
      `mutation Run($id: Int!, $version: Int!${argDefs.map((d) => `, ${d}`).join('')}) { ${mutation}(id: $id, version: $version${args.map((a) => `, ${a}`).join('')}) { id version } }`,
      { id: row.__id, version: row.__version, ...needs },
    );
    if (r.error) return r.error.message;
    redraw(true);
    return null;
  }

  function exportUrl(format: 'csv' | 'xlsx'): string {
    const q = new URLSearchParams({ lang: lang.value, filter: JSON.stringify(filterArgs), orderBy: JSON.stringify(orderArgs) });
    return `/export/${ledger.value.name}.${format}?${q}`;
  }

  const status = computed(() => {
    void tick.value;
    return { dirty: store.dirtyCount(), errors: store.errorCount(), conflicts: store.conflicts.size, canUndo: store.canUndo(), canRedo: store.canRedo() };
  });

  const conflicts = computed(() => {
    void tick.value;
    return [...store.conflicts.entries()].map(([rowId, c]) => ({ rowId, ...c }));
  });

  return {
    api, columnDefs, total, loaded, message, focused, status, conflicts,
    onGridReady, onCellValueChanged, onCellFocused, onCellClicked, onCellKeyDown, attachClipboard,
    save, collectInput, resultFields, applyResult, reload, store,
    discard, undo, redo, fillDown, keepMine, takeTheirs, runAction, exportUrl, token,
    getRowId: (p: { data: GridRow }) => p.data.__rowId,
  };
}
