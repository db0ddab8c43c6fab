import type { IDatasource, IGetRowsParams } from 'ag-grid-community';

/** A page of a read-only keyset list: its rows and whether more follow. */
export interface KeysetPage<R> {
  rows: R[];
  hasMore: boolean;
}

/**
 * An infinite-row-model datasource over a keyset list (the audit log by seq, a ledger as of a
 * moment by id): each block starts after the last row of the block before. `fetch` answers null
 * when the page could not be read; `onEnd` gets the row count once the last page is in.
 */
export function keysetSource<R, K>(
  blockSize: number,
  fetch: (after: K | null) => Promise<KeysetPage<R> | null>,
  cursorOf: (row: R) => K,
  onEnd?: (total: number | null) => void,
): IDatasource {
  const after = new Map<number, K | null>([[0, null]]);
  return {
    async getRows(p: IGetRowsParams) {
      const page = await fetch(after.get(p.startRow) ?? null);
      if (!page) return p.failCallback();
      if (page.hasMore && page.rows.length)
        after.set(p.startRow + blockSize, cursorOf(page.rows[page.rows.length - 1]));
      const end = page.hasMore ? -1 : p.startRow + page.rows.length;
      onEnd?.(end >= 0 ? end : null);
      p.successCallback(page.rows, end);
    },
  };
}
