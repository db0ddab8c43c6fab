import { describe, expect, it } from 'vitest';
import type { LedgerDef } from '../schema/ledger.types.js';
import { exportSummary } from './export-summary.js';

const ledger = {
  columns: [
    { field: 'customer', label: { zh: '客户', en: 'Customer' }, type: 'ref' },
    {
      field: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'enum',
      enum: { values: { CLOSED: { zh: '已结案' } } },
    },
  ],
} as unknown as LedgerDef;

describe('an export in the audit log', () => {
  it('reads in words, with the filter by its columns’ names and its codes’ labels', () => {
    const stored = JSON.stringify({
      format: 'xlsx',
      rows: 128,
      sha256: 'ab'.repeat(32),
      filter: { customerId: { eq: 3 }, status: { in: ['CLOSED'] } },
      includeVoided: true,
      exportId: 'b-1',
      chainHeadSeq: 5012,
      checkpointOrdinal: 7,
      sheets: [{}, {}],
    });
    expect(exportSummary(stored, ledger)).toBe(
      'XLSX，128 行，筛选：客户 为 #3；状态 为 已结案，含作废行，工作表 2 张，导出编号 b-1，链头 #5012',
    );
  });
  it('names a dossier and the audit log’s own export; leaves anything else as stored', () => {
    expect(exportSummary(JSON.stringify({ kind: 'dossier', archives: 3 }), undefined)).toBe('档案卷宗，3 份档案');
    expect(exportSummary(JSON.stringify({ kind: 'audit-log', rows: 10 }), undefined)).toBe('审计日志，10 行');
    expect(exportSummary('{not json', undefined)).toBe('{not json');
    expect(exportSummary(null, undefined)).toBeNull();
  });
});
