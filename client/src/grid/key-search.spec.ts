import { describe, expect, it } from 'vitest';
import { keySearch } from './key-search';

describe('按编号查找', () => {
  it('completes a whole number however it is typed', () => {
    expect(keySearch('ts-2026-249')).toEqual({ type: 'equals', filter: 'TS-2026-000249' });
    expect(keySearch(' TS2026000249 ')).toEqual({ type: 'equals', filter: 'TS-2026-000249' });
    expect(keySearch('fg-2025-12')).toEqual({ type: 'equals', filter: 'FG-2025-000012' });
  });
  it('looks for a part of the number otherwise', () => {
    expect(keySearch('249')).toEqual({ type: 'contains', filter: '249' });
    expect(keySearch('KY200-2025')).toEqual({ type: 'contains', filter: 'KY200-2025' });
    expect(keySearch('   ')).toBeNull();
  });
});
