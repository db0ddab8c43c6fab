import type { CellClassParams, ColDef } from 'ag-grid-community';
import { computed } from 'vue';
import type { ColumnMeta } from '../../generated/graphql';
import { lang, t } from '../../i18n';
import { displayCell, refText } from '../../grid/cell-io';
import { inRange } from '../../grid/range';
import { finishedText, remainingText, urgencyOf } from '../../grid/remaining-time';
import EnumSetFilter from '../../components/EnumSetFilter.vue';
import EnumCellEditor from '../../components/EnumCellEditor.vue';
import type { GridContext, GridRow } from './grid-context';
import { ROW_NO_WIDTH } from '../../grid/row-number';

const NUMERIC_OR_DATE = new Set(['int', 'decimal', 'date', 'datetime']);

function filterOf(m: ColumnMeta): Pick<ColDef<GridRow>, 'filter' | 'filterParams'> {
  if (!m.filterable) return { filter: false };
  if (m.type === 'enum') {
    // a checklist of labels: several values of one column are OR-ed
    const options = (m.enumValues ?? []).map((v) => ({ value: v.value, label: lang.value === 'zh' ? v.zh : v.en }));
    return { filter: EnumSetFilter, filterParams: { options } };
  }
  const filter =
    m.type === 'int' || m.type === 'decimal'
      ? 'agNumberColumnFilter'
      : m.type === 'date' || m.type === 'datetime'
        ? 'agDateColumnFilter'
        : 'agTextColumnFilter';
  const filterOptions = NUMERIC_OR_DATE.has(m.type)
    ? ['equals', 'greaterThanOrEqual', 'lessThanOrEqual', 'inRange', 'blank', 'notBlank']
    : m.type === 'enum' || m.type === 'bool'
      ? ['contains', 'blank', 'notBlank']
      : ['contains', 'equals', 'blank', 'notBlank'];
  return { filter, filterParams: { filterOptions, maxNumConditions: 1, buttons: ['reset'] } };
}

function editorOf(m: ColumnMeta): Pick<ColDef<GridRow>, 'cellEditor' | 'cellEditorParams' | 'cellEditorPopup'> {
  // dropdown cells: our keyboard list (see EnumCellEditor.vue), an empty choice first
  const choice = (value: string) => ({ value, label: displayCell(m, value, lang.value) });
  if (m.type === 'enum')
    return {
      cellEditor: EnumCellEditor,
      cellEditorPopup: true,
      cellEditorParams: { choices: ['', ...(m.enumValues?.map((v) => v.value) ?? [])].map(choice) },
    };
  if (m.type === 'bool')
    return {
      cellEditor: EnumCellEditor,
      cellEditorPopup: true,
      cellEditorParams: { choices: ['', 'true', 'false'].map(choice) },
    };
  return { cellEditor: 'agTextCellEditor' };
}

/** The row number, marked when the row is voided or overdue. */
function idColumn(initialSort: 'asc' | 'desc' | undefined): ColDef<GridRow> {
  return {
    headerName: '#',
    colId: '__id',
    pinned: 'left',
    // a ledger at scale holds 200,000 rows: the number shows whole
    width: ROW_NO_WIDTH,
    headerClass: 'sl-row-no',
    editable: false,
    sortable: true,
    initialSort,
    valueGetter: (p) =>
      p.data?.__kind === 'server' ? p.data.__id : p.data?.__kind === 'new' ? t('newRow') : p.data ? '＋' : '',
    cellClass: (p) =>
      p.data?.__voided ? 'sl-row-no sl-void-mark' : p.data?.__extra?.overdue ? 'sl-row-no sl-overdue' : 'sl-row-no',
    tooltipValueGetter: (p) =>
      p.data?.__voided
        ? t('voidedBecause', { n: String(p.data.__extra?.voidReason ?? '') })
        : p.data?.__extra?.overdue
          ? t('overdue')
          : null,
  };
}

/** How many files a row keeps (📎 n): they open in the side panel when the row is focused. */
function filesColumn(): ColDef<GridRow> {
  return {
    headerName: t('attachments'),
    colId: '__files',
    width: 64,
    editable: false,
    sortable: false,
    filter: false,
    valueGetter: (p) => {
      const n = Number(p.data?.__extra?.attachmentCount ?? 0);
      return n ? `📎 ${n}` : '';
    },
    headerTooltip: t('attachmentsHint'),
  };
}

/** Why a voided row was voided, beside its number. */
function voidColumn(): ColDef<GridRow> {
  return {
    headerName: t('voidReason'),
    colId: '__void',
    pinned: 'left',
    width: 130,
    editable: false,
    sortable: false,
    filter: false,
    valueGetter: (p) => (p.data?.__voided ? String(p.data.__extra?.voidReason ?? t('voided')) : ''),
    cellClass: 'sl-void-mark',
  };
}

/** The time left of a ledger whose rows carry a deadline, beside the row number. */
function timeLeftColumn(ctx: GridContext): ColDef<GridRow> {
  const isBackfill = (row: GridRow | undefined) => ctx.isBackfill(row);
  return {
    // sorted by the deadline it counts down to: the most overdue first
    headerName: t('timeLeft'),
    colId: '__left',
    pinned: 'left',
    // 「超期 59 分钟完成」 whole
    width: 140,
    editable: false,
    sortable: ctx.columns.value.some((c) => c.storageField === 'dueAt'),
    filter: false,
    // the step due now counts down; once it ended, whether it ended on time
    valueGetter: (p) =>
      isBackfill(p.data)
        ? t('backfilled')
        : remainingText(p.data?.__extra?.secondsLeft as number | null | undefined, lang.value) ||
          finishedText(p.data?.__extra?.secondsLate as number | null | undefined, lang.value),
    // a paper record entered after the fact is history: its deadline is not the clerk's to watch
    tooltipValueGetter: (p) =>
      isBackfill(p.data)
        ? [t('backfilledHint'), finishedText(p.data?.__extra?.secondsLate as number | null | undefined, lang.value)]
            .filter(Boolean)
            .join('；')
        : null,
    cellClass: (p) => {
      if (isBackfill(p.data)) return 'sl-left sl-backfill';
      const u = urgencyOf(p.data?.__extra?.secondsLeft as number | null | undefined);
      if (u) return `sl-left sl-left-${u}`;
      const late = p.data?.__extra?.secondsLate as number | null | undefined;
      return late !== null && late !== undefined ? (late > 0 ? 'sl-left sl-done-late' : 'sl-left sl-done') : '';
    },
  };
}

/** AG Grid column definitions from the ledger's columns: labels, editors, filters, and the marks of pending edits. */
export function useGridColumns(ctx: GridContext) {
  const { store } = ctx;

  /** The ledger's declared opening order (newest first…), as the columns' initial sort. */
  function initialSortOf(storageField: string): 'asc' | 'desc' | undefined {
    const order = ctx.options.order?.length ? ctx.options.order : ctx.ledger.value.defaultOrder;
    const o = order.find((x) => x.field === storageField);
    return o ? (o.direction === 'DESC' ? 'desc' : 'asc') : undefined;
  }

  function columnOf(m: ColumnMeta): ColDef<GridRow> {
    return {
      field: m.field,
      colId: m.field,
      headerName: lang.value === 'zh' ? m.zh : m.en,
      headerTooltip: m.description ?? undefined,
      width: m.width,
      pinned: m.field === ctx.ledger.value.keyField ? 'left' : undefined,
      initialSort: initialSortOf(m.storageField),
      editable: (p) => ctx.writable(m, p.data),
      sortable: m.sortable,
      ...filterOf(m),
      ...editorOf(m),
      // a reference shows its row's name (the key in the tooltip); a cell being typed shows what was typed
      valueFormatter: (p) =>
        m.type === 'ref' ? refText(m, p.data?.__extra, p.value) : displayCell(m, p.value, lang.value),
      cellClassRules: {
        'sl-dirty': (p: CellClassParams<GridRow>) =>
          !!p.data &&
          (p.data.__kind === 'new' ? p.value != null && p.value !== '' : store.isDirty(p.data.__rowId, m.field)),
        'sl-error': (p: CellClassParams<GridRow>) => !!p.data && !!store.errors.get(p.data.__rowId)?.has(m.field),
        'sl-conflict': (p: CellClassParams<GridRow>) =>
          !!p.data && !!store.conflicts.get(p.data.__rowId)?.fields.includes(m.field),
        'sl-range': (p: CellClassParams<GridRow>) =>
          p.node.rowIndex !== null && inRange(ctx.range.value, p.node.rowIndex, m.field, ctx.columnOrder()),
        'sl-readonly': (p: CellClassParams<GridRow>) => !ctx.writable(m, p.data),
      },
      tooltipValueGetter: (p) => {
        if (!p.data) return null;
        const err = store.errors.get(p.data.__rowId)?.get(m.field);
        if (err) return err;
        const c = store.conflicts.get(p.data.__rowId);
        if (c?.fields.includes(m.field)) return `${t('theirs')}: ${displayCell(m, c.theirs[m.field], lang.value)}`;
        return m.type === 'ref' && m.refName ? refText(m, p.data.__extra, p.value, true) || null : null;
      },
    };
  }

  const columnDefs = computed<ColDef<GridRow>[]>(() => {
    void lang.value;
    const hasDeadline = /\bsecondsLeft\b/.test(ctx.ledger.value.gridSelection);
    return [
      idColumn(initialSortOf('id')),
      ...(hasDeadline ? [timeLeftColumn(ctx)] : []),
      ...(ctx.options.includeVoided ? [voidColumn()] : []),
      ...ctx.columns.value.map(columnOf),
      ...(ctx.ledger.value.attachmentCategories.length ? [filesColumn()] : []),
    ];
  });

  return { columnDefs };
}
