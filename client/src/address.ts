import { ref } from 'vue';

/**
 * Where the user is, as the address bar says it: a page (我的待办, 档案查询, a ledger, an analysis
 * page), and on a ledger the rows a link or a figure opened. Back and Forward move between places;
 * an address can be bookmarked or sent to a colleague.
 *
 * Our own 70 lines rather than vue-router: the client has one level of pages and no nested views,
 * and vue-router 4.6.5 (its production build 27.4 KB, 10.4 KB gzip) would take the first ledger
 * page, at 397.8 KB gzip, over its 400 KB budget.
 */
export interface Place {
  /** 'home', 'archive', 'analysis:<name>' or a ledger's name. */
  page: string;
  /** 档案查询 of a serial number. */
  serial?: string | null;
  /** A record by its number (/complaint/TS-2026-000249). */
  record?: string | null;
  /** A figure's rows: the filter fixed, the banner naming the figure, the order they open in. */
  drill?: {
    filter: Record<string, unknown>;
    label: string;
    order?: ReadonlyArray<{ field: string; direction: string }>;
  };
  /** The grid's column filters (a link from another ledger, or what the user filtered). */
  filter?: Record<string, unknown>;
  /** The grid's column sort, first key first. */
  sort?: Array<{ colId: string; sort: 'asc' | 'desc' }>;
  /** A one-click filter on (已超期, 今日到期), by its key. */
  quick?: string;
  /** An analysis page's question (period, models, grouping…), so that Back from a drill finds it as asked. */
  ask?: Record<string, string>;
}

const json = (v: string | null) => {
  try {
    return v ? (JSON.parse(v) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** `sort=-dueAt,customer`: the column ids, a minus before those sorted down. */
function sortOf(v: string | null): Place['sort'] {
  const keys = (v ?? '')
    .split(',')
    .filter((k) => /^-?[A-Za-z_][\w.]*$/.test(k))
    .map((k) => ({ colId: k.replace(/^-/, ''), sort: k.startsWith('-') ? ('desc' as const) : ('asc' as const) }));
  return keys.length ? keys : undefined;
}

/** The place an address names (path and query). */
export function placeOf(path: string, search: string): Place {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const q = new URLSearchParams(search);
  if (!parts.length) return { page: 'home' };
  if (parts[0] === 'archive') return { page: 'archive', serial: parts[1] ?? null };
  if (parts[0] === 'analysis' && parts[1]) {
    const ask = Object.fromEntries(q.entries());
    return { page: `analysis:${parts[1]}`, ...(Object.keys(ask).length ? { ask } : {}) };
  }
  const drillFilter = json(q.get('f'));
  const label = q.get('drill');
  const order = json(q.get('o')) as unknown as Array<{ field: string; direction: string }> | undefined;
  return {
    page: parts[0],
    ...(parts[1] ? { record: parts[1] } : {}),
    ...(drillFilter && label ? { drill: { filter: drillFilter, label, ...(order ? { order } : {}) } } : {}),
    ...(json(q.get('filter')) ? { filter: json(q.get('filter')) } : {}),
    ...(sortOf(q.get('sort')) ? { sort: sortOf(q.get('sort')) } : {}),
    ...(q.get('quick') ? { quick: q.get('quick')! } : {}),
  };
}

/** The address of a place. */
export function addressOf(p: Place): string {
  if (p.page === 'home') return '/';
  if (p.page === 'archive') return p.serial ? `/archive/${encodeURIComponent(p.serial)}` : '/archive';
  if (p.page.startsWith('analysis:')) {
    const ask = new URLSearchParams(p.ask ?? {}).toString();
    return `/analysis/${p.page.slice('analysis:'.length)}${ask ? `?${ask}` : ''}`;
  }
  const q = new URLSearchParams();
  if (p.drill) {
    q.set('drill', p.drill.label);
    q.set('f', JSON.stringify(p.drill.filter));
    if (p.drill.order?.length) q.set('o', JSON.stringify(p.drill.order));
  }
  if (p.filter) q.set('filter', JSON.stringify(p.filter));
  if (p.sort?.length) q.set('sort', p.sort.map((s) => `${s.sort === 'desc' ? '-' : ''}${s.colId}`).join(','));
  if (p.quick) q.set('quick', p.quick);
  const query = q.toString();
  return `/${encodeURIComponent(p.page)}${p.record ? `/${encodeURIComponent(p.record)}` : ''}${query ? `?${query}` : ''}`;
}

// (no browser under the unit tests: the address functions above are tested alone)
const here = (): Place =>
  typeof location === 'undefined' ? { page: 'home' } : placeOf(location.pathname, location.search);
export const place = ref<Place>(here());

/** Goes to a place: a new entry in the browser's history (or the current one replaced). */
export function go(p: Place, replace = false): void {
  const address = addressOf(p);
  if (address !== location.pathname + location.search)
    history[replace ? 'replaceState' : 'pushState'](null, '', address);
  place.value = p;
}

if (typeof window !== 'undefined') window.addEventListener('popstate', () => (place.value = here()));
