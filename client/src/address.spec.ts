import { describe, expect, it } from 'vitest';
import { addressOf, placeOf, type Place } from './address';

const back = (p: Place) => {
  const a = addressOf(p);
  const [path, query = ''] = a.split('?');
  return placeOf(path, query ? `?${query}` : '');
};

describe('addresses', () => {
  it('names every page, and reads back what it names', () => {
    for (const p of [
      { page: 'home' },
      { page: 'archive', serial: null },
      { page: 'archive', serial: 'BP75-2024 00017' },
      { page: 'analysis:quality' },
      { page: 'analysis:quality', ask: { from: '2025-01-05', models: 'XD12,BP75', group1: 'PART' } },
      { page: 'complaint' },
      { page: 'complaint', record: 'TS-2026-000249' },
      { page: 'complaint', filter: { customer: { filterType: 'text', type: 'contains', filter: '盛隆' } } },
      {
        page: 'complaint',
        filter: { channel: { filterType: 'set', values: ['HOTLINE'] } },
        sort: [
          { colId: 'dueAt', sort: 'desc' },
          { colId: 'customer', sort: 'asc' },
        ],
        quick: 'overdue',
      },
      {
        page: 'reworkOrder',
        drill: {
          filter: { modelId: { eq: 3 }, createdAt: { gte: '2026-01-01' } },
          label: '质量分析 · BP75 · 2026 年',
          order: [{ field: 'createdAt', direction: 'DESC' }],
        },
      },
    ] as Place[])
      expect(back(p)).toEqual(p.page === 'archive' ? { ...p, serial: p.serial ?? null } : p);
  });

  it('writes a record and an analysis page as people would read them', () => {
    expect(addressOf({ page: 'complaint', record: 'TS-2026-000249' })).toBe('/complaint/TS-2026-000249');
    expect(addressOf({ page: 'analysis:kpis' })).toBe('/analysis/kpis');
    expect(addressOf({ page: 'home' })).toBe('/');
    expect(addressOf({ page: 'complaint', sort: [{ colId: 'dueAt', sort: 'desc' }], quick: 'overdue' })).toBe(
      '/complaint?sort=-dueAt&quick=overdue',
    );
  });

  it('ignores a mangled filter instead of failing', () => {
    expect(placeOf('/complaint', '?filter=%7Bnot-json')).toEqual({ page: 'complaint' });
    expect(placeOf('/complaint', '?drill=x&f=%7B')).toEqual({ page: 'complaint' });
  });
});
