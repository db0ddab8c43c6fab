import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { query, run } from '../../api';
import { LedgerDefinitionsDocument } from '../../generated/operations/graphql';
import { lang, t } from '../../i18n';
import { cellFromNode } from '../../grid/cell-io';
import { countQuery, listQuery } from '@common/ledger-page-query';
import { toServerFilter, toServerOrder, type GridFilter } from '../../grid/filter-model';
import { BLANK, PAGE, type GridContext, type GridRow } from './grid-context';
import type { PendingEdits } from './use-pending-edits';

type Page = {
  edges: Array<{ node: Record<string, unknown> }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Where the grid's keyset paging stands: the cursor of each block, the end of the server rows, the active filter and order. */
interface SourceState {
  cursors: Map<number, string | null>;
  serverEnd: number | null;
  filterArgs: Record<string, unknown>;
  orderArgs: Array<{ field: string; direction: string }>;
  /** The filter and order the rows were last read with, to tell a new filter from a reload. */
  argsKey: string | null;
  /** Which count is the latest asked: an earlier one that answers late is not shown. */
  countSeq: number;
}

/**
 * After a new filter or order, the focus follows its row to where it now is, or is let go when the
 * row is not among the first rows any more: the side panels and an open void form name the focused
 * row, and must not keep showing one the grid no longer shows there.
 */
function refocus(ctx: GridContext, rows: GridRow[]): void {
  const f = ctx.focused.value;
  ctx.range.value = null;
  if (!f) return;
  const at = rows.findIndex((r) => r.__rowId === f.row.__rowId);
  if (at < 0) {
    ctx.focused.value = null;
    ctx.api.value?.clearFocusedCell();
  } else {
    setTimeout(() => ctx.api.value?.setFocusedCell(at, f.colId));
  }
}

function localRows(ctx: GridContext): GridRow[] {
  const rows: GridRow[] = ctx.store.newRows().map((r) => ({ __rowId: r.rowId, __kind: 'new', ...r.values }));
  if (ctx.ledger.value.creatable) rows.push({ __rowId: BLANK, __kind: 'blank' });
  return rows;
}

function toGridRow(ctx: GridContext, node: Record<string, unknown>): GridRow {
  const row: GridRow = {
    __rowId: String(node.id),
    __kind: 'server',
    __id: node.id as number,
    __version: node.version as number,
    __extra: node,
    __voided: !!node.voidedAt,
  };
  for (const m of ctx.columns.value) row[m.field] = cellFromNode(m, node);
  ctx.serverCells.set(row.__rowId, row);
  return row;
}

async function fetchServer(ctx: GridContext, st: SourceState, after: string | null): Promise<Page> {
  const l = ctx.ledger.value;
  const extra = `${ctx.options.includeVoided ? 'voidedAt voidReason' : ''} ${l.gridSelection}`;
  const r = await query<Record<string, Page>>(listQuery(l, { extra }), {
    first: PAGE,
    after,
    filter: st.filterArgs,
    orderBy: st.orderArgs,
    includeVoided: !!ctx.options.includeVoided,
  });
  if (r.error || !r.data) throw new Error(r.error?.message ?? t('loadFailed'));
  return r.data[ctx.ledger.value.plural];
}

/** A filter typed on a ref column (a customer's code or name) becomes the ids of the matching rows. */
async function refFilters(ctx: GridContext, model: Record<string, GridFilter>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [field, f] of Object.entries(model)) {
    const m = ctx.colMeta(field);
    if (m?.type !== 'ref' || !m.refLedger) continue;
    if (f.type === 'blank' || f.type === 'notBlank') {
      out[m.storageField] = { isNull: f.type === 'blank' };
      continue;
    }
    const target = (await run(LedgerDefinitionsDocument, {})).data?.ledgerDefinitions.find(
      (x) => x.name === m.refLedger,
    );
    const op = f.type === 'equals' ? { eq: String(f.filter) } : { contains: String(f.filter) };
    // by the key or, where the referenced rows have one, by their name (客户 上海盛隆 finds C0017's rows)
    const ids: number[] = [];
    for (const by of [m.refKey!, ...(m.refName ? [m.refName] : [])]) {
      const r = await query<Record<string, { edges: Array<{ node: { id: number } }> }>>(
        `query($f: ${target!.typeName}Filter) { ${target!.plural}(first: 500, filter: $f) { edges { node { id } } } }`,
        { f: { [by]: op } },
      );
      ids.push(...(r.data?.[target!.plural].edges.map((e) => e.node.id) ?? []));
    }
    out[m.storageField] = { in: ids.length ? ids : [-1] };
  }
  return out;
}

/**
 * Counts the filtered rows beside the first block, which does not wait for it (at scale a count of
 * 200,000 rows took longer than the page); the footer and the moves to the end take it when it comes.
 */
function countRows(ctx: GridContext, st: SourceState, argsKey: string): void {
  const seq = ++st.countSeq;
  if (st.argsKey !== argsKey) ctx.total.value = null; // another filter: its total is not known yet
  const l = ctx.ledger.value;
  ctx.counting = query<Record<string, { totalCount: number }>>(countQuery(l), {
    filter: st.filterArgs,
    includeVoided: !!ctx.options.includeVoided,
  }).then((r) => {
    if (seq !== st.countSeq) return;
    if (r.data) ctx.total.value = r.data[l.plural].totalCount;
    ctx.counting = null;
  });
}

/** The server rows of one block, walking cursors forward to it when a block is asked out of order. */
async function serverBlock(
  ctx: GridContext,
  edits: PendingEdits,
  st: SourceState,
  p: IGetRowsParams,
): Promise<GridRow[]> {
  let start = p.startRow;
  while (!st.cursors.has(start)) start -= PAGE; // blocks arrive in order; this only guards odd requests
  let page = await fetchServer(ctx, st, st.cursors.get(start)!);
  while (start < p.startRow) {
    start += PAGE;
    st.cursors.set(start, page.pageInfo.endCursor);
    page = await fetchServer(ctx, st, page.pageInfo.endCursor);
  }
  const rows = page.edges.map((e) => edits.merged(toGridRow(ctx, e.node)));
  const f = ctx.focused.value && rows.find((x) => x.__rowId === ctx.focused.value!.row.__rowId);
  if (f) ctx.focused.value = { ...ctx.focused.value!, row: f }; // actions and history follow the reloaded row
  if (page.pageInfo.hasNextPage) st.cursors.set(p.startRow + PAGE, page.pageInfo.endCursor);
  else st.serverEnd = p.startRow + rows.length;
  return rows;
}

function datasource(ctx: GridContext, edits: PendingEdits, st: SourceState): IDatasource {
  return {
    async getRows(p: IGetRowsParams) {
      try {
        if (p.startRow === 0) {
          st.cursors = new Map([[0, null]]);
          st.serverEnd = null;
          ctx.serverCells.clear();
          st.filterArgs = {
            ...toServerFilter(p.filterModel as Record<string, GridFilter>, ctx.columns.value),
            ...(await refFilters(ctx, p.filterModel)),
            ...ctx.options.fixedFilter,
          };
          st.orderArgs = toServerOrder(p.sortModel, ctx.columns.value);
        }
        const argsKey = JSON.stringify([st.filterArgs, st.orderArgs]);
        const block: Promise<GridRow[]> | GridRow[] =
          st.serverEnd === null || p.startRow < st.serverEnd ? serverBlock(ctx, edits, st, p) : [];
        if (p.startRow === 0) countRows(ctx, st, argsKey);
        const rows = await block;
        if (p.startRow === 0 && st.argsKey !== null && st.argsKey !== argsKey) refocus(ctx, rows);
        if (p.startRow === 0) st.argsKey = argsKey;
        if (p.startRow === 0 && ctx.firstRows) {
          const fit = ctx.firstRows;
          ctx.firstRows = null;
          try {
            fit(rows);
          } catch {
            // the widths only dress the rows: a column they cannot fit keeps its declared width, the rows still come
          }
        }
        if (st.serverEnd !== null) {
          const locals = localRows(ctx);
          const from = Math.max(0, p.startRow - st.serverEnd);
          rows.push(...locals.slice(from, from + (p.endRow - p.startRow) - rows.length));
          ctx.loaded.value = st.serverEnd;
          p.successCallback(rows, st.serverEnd + locals.length);
        } else {
          ctx.loaded.value = p.startRow + rows.length;
          p.successCallback(rows, -1);
        }
      } catch (e) {
        ctx.message.value = String((e as Error).message);
        p.failCallback();
      }
    },
  };
}

function exportUrl(ctx: GridContext, st: SourceState, format: 'csv' | 'xlsx'): string {
  const q = new URLSearchParams({
    lang: lang.value,
    filter: JSON.stringify(st.filterArgs),
    orderBy: JSON.stringify(st.orderArgs),
  });
  if (ctx.options.includeVoided) q.set('includeVoided', 'true');
  return `/export/${ctx.ledger.value.name}.${format}?${q}`;
}

/**
 * The grid's infinite row model on the server's keyset pages: filters and sorts go to the server,
 * cursors are kept per block, new rows and the blank entry row follow the last server row.
 */
export function useLedgerSource(ctx: GridContext, edits: PendingEdits) {
  const st: SourceState = {
    cursors: new Map(),
    serverEnd: null,
    filterArgs: {},
    orderArgs: [],
    argsKey: null,
    countSeq: 0,
  };
  return { datasource: datasource(ctx, edits, st), exportUrl: (format: 'csv' | 'xlsx') => exportUrl(ctx, st, format) };
}
