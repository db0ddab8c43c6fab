import type ExcelJS from 'exceljs';
import type archiver from 'archiver';
import type JSZip from 'jszip';

/**
 * Libraries a request needs only now and then — spreadsheets read and written by exceljs, zips by
 * archiver and jszip — loaded on their first use rather than when the server starts: an instance
 * that serves the grid and the ledger exports never holds them (measured beside the libraries every
 * request uses: 14 MB of RSS for the three).
 */
function lazy<T>(load: () => Promise<unknown>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  // each is CommonJS: its export is the module's default
  return () => (loaded ??= load().then((m) => ((m as { default?: T }).default ?? m) as T));
}

export const loadExcel = lazy<typeof ExcelJS>(() => import('exceljs'));
export const loadArchiver = lazy<typeof archiver>(() => import('archiver'));
export const loadJsZip = lazy<typeof JSZip>(() => import('jszip'));
