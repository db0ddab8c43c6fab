import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../generated/graphql';
import { toServerFilter, toServerOrder } from './filter-model.js';

const col = (field: string, type: string, extra: Partial<ColumnMeta> = {}): ColumnMeta =>
  ({
    field,
    storageField: type === 'ref' ? `${field}Id` : field,
    zh: field,
    en: field,
    type,
    required: false,
    editable: true,
    filterable: true,
    sortable: true,
    maxLength: null,
    width: 100,
    enumValues: null,
    refLedger: null,
    refKey: null,
    description: null,
    ...extra,
  }) as ColumnMeta;

const cols = [
  col('name', 'string'),
  col('amount', 'decimal'),
  col('receivedAt', 'datetime'),
  col('customer', 'ref'),
  col('status', 'enum', {
    enumValues: [
      { value: 'CLOSED', zh: '已结案', en: 'Closed' },
      { value: 'RECEIVED', zh: '已受理', en: 'Received' },
    ] as never,
  }),
];

describe('grid filter model → GraphQL filter', () => {
  it('maps text, number, enum-label and whole-day date filters', () => {
    expect(
      toServerFilter(
        {
          name: { filterType: 'text', type: 'contains', filter: '空压机' },
          amount: { filterType: 'number', type: 'inRange', filter: 10, filterTo: 20 },
          status: { filterType: 'text', type: 'contains', filter: '结案' },
          receivedAt: { filterType: 'date', type: 'equals', dateFrom: '2026-03-02 00:00:00' },
        },
        cols,
      ),
    ).toEqual({
      name: { contains: '空压机' },
      amount: { gte: 10, lte: 20 },
      status: { in: ['CLOSED'] },
      receivedAt: { gte: '2026-03-02T00:00:00+08:00', lte: '2026-03-02T23:59:59.999+08:00' },
    });
  });
  it('sends an empty list, not an invalid code, when enum text matches no option', () => {
    expect(toServerFilter({ status: { filterType: 'text', type: 'contains', filter: '材料' } }, cols)).toEqual({
      status: { in: [] },
    });
  });
  it('leaves refs to the caller and maps blanks', () => {
    expect(toServerFilter({ customer: { type: 'equals', filter: 'C0001' }, name: { type: 'blank' } }, cols)).toEqual({
      name: { isNull: true },
    });
  });
  it('maps the sort model to storage fields', () => {
    expect(
      toServerOrder(
        [
          { colId: 'customer', sort: 'desc' },
          { colId: 'name', sort: 'asc' },
        ],
        cols,
      ),
    ).toEqual([
      { field: 'customerId', direction: 'DESC' },
      { field: 'name', direction: 'ASC' },
    ]);
  });
  it('ORs the ticked values of a checklist, and sorts the row number by id', () => {
    expect(toServerFilter({ status: { filterType: 'set', values: ['CLOSED', 'RECEIVED'] } }, cols)).toEqual({
      status: { in: ['CLOSED', 'RECEIVED'] },
    });
    expect(toServerOrder([{ colId: '__id', sort: 'desc' }], cols)).toEqual([{ field: 'id', direction: 'DESC' }]);
  });
  it('reads a date typed into a date-time filter as that whole day, in China time', () => {
    expect(
      toServerFilter(
        { receivedAt: { filterType: 'date', type: 'lessThanOrEqual', dateFrom: '2026-03-02 00:00:00' } },
        cols,
      ),
    ).toEqual({ receivedAt: { lte: '2026-03-02T23:59:59.999+08:00' } });
  });
});
