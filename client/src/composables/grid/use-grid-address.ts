import type { GridApi } from 'ag-grid-community';
import { watch } from 'vue';
import { go, place, type Place } from '../../address';

type Sort = NonNullable<Place['sort']>;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const filterOf = (api: GridApi): Place['filter'] => {
  const m = api.getFilterModel();
  return Object.keys(m).length ? m : undefined;
};
const sortOf = (api: GridApi): Place['sort'] => {
  const keys = api
    .getColumnState()
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }));
  return keys.length ? keys : undefined;
};

/** Sets the address's filters and sort on the grid (no sort in the address: the ledger's own opening order). */
function apply(api: GridApi, p: Place, opening: Place['sort']): void {
  if (!same(filterOf(api), p.filter)) api.setFilterModel(p.filter ?? null);
  const sort = p.sort ?? opening;
  if (!same(sortOf(api), sort))
    api.applyColumnState({
      state: (sort ?? ([] as Sort)).map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i })),
      defaultState: { sort: null },
    });
}

/**
 * A ledger's column filters and sort in the address: what the user filters or sorts is written there
 * (replacing the entry, so Back leaves the ledger rather than undoing each keystroke), and an address
 * — a reload, Back or Forward, a link — sets them on the grid. Call when the grid is ready, before its
 * datasource, so its first page is already the one asked for.
 */
export function followAddress(api: GridApi): void {
  const page = place.value.page;
  // the order the grid opens in (newest first; a list of work most overdue first) is no sort to write down
  const opening = sortOf(api);
  apply(api, place.value, opening);
  const write = () => {
    if (place.value.page !== page) return;
    const sort = same(sortOf(api), opening) ? undefined : sortOf(api);
    const next = { ...place.value, filter: filterOf(api), sort };
    if (!same(next.filter, place.value.filter) || !same(next.sort, place.value.sort)) go(next, true);
  };
  api.addEventListener('filterChanged', write);
  api.addEventListener('sortChanged', write);
  const stop = watch(place, (p) => {
    if (p.page === page && !api.isDestroyed()) apply(api, p, opening);
  });
  api.addEventListener('gridPreDestroyed', stop);
}
