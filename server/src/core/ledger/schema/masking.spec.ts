import { describe, expect, it } from 'vitest';
import { isMaskedFor, maskText, shownTo } from './masking.js';
import type { ColumnDef } from './ledger.types.js';

describe('masking personal details', () => {
  it('keeps the family name, the phone prefix and tail, the mail domain', () => {
    expect(maskText('name', '王丽')).toBe('王*');
    expect(maskText('name', '欧阳娜娜')).toBe('欧***');
    expect(maskText('name', '李')).toBe('李*');
    expect(maskText('phone', '13812345678')).toBe('138****5678');
    expect(maskText('phone', '0512-6666')).toBe('05*****66');
    expect(maskText('phone', '12345')).toBe('*****');
    expect(maskText('email', 'zhang.li@example.com')).toBe('z***@example.com');
  });

  it('masks for roles outside the readers, never for the system', () => {
    const col = {
      field: 'contactPhone',
      type: 'string',
      label: { zh: '联系电话', en: 'Phone' },
      sensitive: { visibleTo: ['CLERK'], mask: 'phone' },
    } as ColumnDef;
    expect(isMaskedFor(col, 'CLERK')).toBe(false);
    expect(isMaskedFor(col, 'PMC')).toBe(true);
    expect(isMaskedFor(col, null)).toBe(false);
    expect(shownTo(col, 'PMC', '13812345678')).toBe('138****5678');
    expect(shownTo(col, 'PMC', null)).toBeNull();
  });
});
