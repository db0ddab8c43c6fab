import { describe, expect, it } from 'vitest';
import type { LedgerDef } from '../schema/ledger.types.js';
import { filterInWords } from './filter-words.js';

const customers = {
  name: 'customer',
  columns: [{ field: 'name', label: { zh: '客户名称', en: 'Name' }, type: 'string' }],
} as unknown as LedgerDef;
const complaints = {
  name: 'complaint',
  columns: [
    {
      field: 'customer',
      label: { zh: '客户', en: 'Customer' },
      type: 'ref',
      ref: { ledger: () => customers, key: 'code' },
    },
    {
      field: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'enum',
      enum: { values: { RECEIVED: { zh: '已受理' }, INVESTIGATING: { zh: '调查中' } } },
    },
    { field: 'dueAt', label: { zh: '处理期限', en: 'Due' }, type: 'datetime' },
    { field: 'amount', label: { zh: '金额', en: 'Amount' }, type: 'money' },
    { field: 'anonymous', label: { zh: '匿名', en: 'Anonymous' }, type: 'bool' },
  ],
} as unknown as LedgerDef;

describe('a filter in words', () => {
  it('names columns by their labels, codes by their names, records by their names, times as bounds', () => {
    expect(
      filterInWords(
        complaints,
        {
          customerId: { in: [3, 9] },
          status: { in: ['RECEIVED', 'INVESTIGATING'] },
          dueAt: { lte: '2026-11-18T02:00:00Z' },
          amount: { gte: 500 },
          anonymous: { eq: false },
          voidedAt: { isNull: true },
        },
        new Map([['customerId', new Map([[3, '上海盛隆印刷科技有限公司']])]]),
      ),
    ).toBe(
      '客户 为 上海盛隆印刷科技有限公司、#9；状态 为 已受理、调查中；处理期限 不晚于 2026-11-18 10:00:00；金额 ≥ 500；匿名 为 否；作废时间 为空',
    );
  });
  it('reads a referenced record’s own filter, and no filter as all records', () => {
    expect(filterInWords(complaints, { customer: { name: { contains: '盛隆' } } })).toBe('客户的客户名称 包含 盛隆');
    expect(filterInWords(complaints, {})).toBe('无（全部记录）');
    expect(filterInWords(complaints, null)).toBe('无（全部记录）');
  });
});
