import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUSINESS_OFFSET_MS } from '../../calendar/working-calendar.js';
import { excelTimeOf } from './sheet-cells.js';
import { SheetDigest, cellText, sameCell } from './sheet-digest.js';
import { Utf8Chunks } from './utf8-chunks.js';

// The export's fast paths give exactly what the plain forms gave: the same bytes, times and digests

describe('UTF-8 gathered into chunks', () => {
  it('hands on the same bytes as the text encoded at once, whatever the sizes and characters', () => {
    const parts = ['<row r="1">', '客户服务部', '表情 😀'.repeat(50), 'x'.repeat(5000), '', '尾'];
    for (const size of [16, 64, 1024, 1 << 16]) {
      const out: Buffer[] = [];
      const chunks = new Utf8Chunks(size, (c) => out.push(Buffer.from(c)));
      for (const p of parts) chunks.add(p);
      chunks.flush();
      expect(Buffer.concat(out).toString('utf8')).toBe(parts.join(''));
      expect(chunks.pending).toBe(0);
    }
  });
});

describe('stored times as sheet cells', () => {
  const plain = (v: string) =>
    new Date(Math.floor(new Date(`${v.replace(' ', 'T')}Z`).getTime() / 1000) * 1000 + BUSINESS_OFFSET_MS);
  it('reads the drivers’ UTC text by its digits, cut to the second, as parsing it did', () => {
    for (const v of [
      '2026-01-31 16:00:00',
      '2024-02-29 23:59:59.999',
      '2025-12-31 15:59:59.500000',
      '1999-01-01 00:00:01',
    ])
      expect(excelTimeOf(v)!.getTime()).toBe(plain(v).getTime());
    const d = new Date('2026-10-02T18:30:05.750Z');
    expect(excelTimeOf(d)!.toISOString()).toBe('2026-10-03T02:30:05.000Z');
    expect(excelTimeOf(null)).toBeNull();
  });
});

describe('a sheet’s digest', () => {
  it('hashes a time as its ISO text to the second, across hours, days and years', () => {
    for (let ms = Date.UTC(2023, 11, 31, 22); ms < Date.UTC(2024, 0, 1, 3); ms += 1_234_567) {
      const d = new Date(ms);
      expect(cellText(d)).toBe(d.toISOString().slice(0, 19).replace('T', ' '));
      expect(sameCell(d, new Date(ms - (ms % 1000)))).toBe(true);
    }
  });

  it('is the digest of 100-row blocks of one JSON line a row, as when each row was hashed on its own', () => {
    const rows = Array.from({ length: 250 }, (_, i) => [
      i,
      `行${i}`,
      new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      null,
      '',
    ]);
    const digest = new SheetDigest();
    for (const r of rows) digest.add(r);
    const blocks: Buffer[] = [];
    for (let i = 0; i < rows.length; i += 100) {
      const h = createHash('sha256');
      for (const r of rows.slice(i, i + 100)) {
        const values = [r[0], r[1], (r[2] as Date).toISOString().slice(0, 19)];
        h.update(`${JSON.stringify(values)}\n`);
      }
      blocks.push(h.digest());
    }
    const expected = createHash('sha256').update('250\n').update(Buffer.concat(blocks)).digest('hex');
    expect(digest.hex()).toBe(expected);
    expect(digest.rows).toBe(250);
  });
});
