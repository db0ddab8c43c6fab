import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnLetters, XlsxWriter } from './xlsx-writer.js';
import { ZipWriter, type ZipEntry } from './zip-writer.js';

/** Writes a workbook with the writer and reads it back with exceljs, as verify-export and import do. */
async function roundTrip(write: (wb: XlsxWriter) => Promise<void> | void): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new XlsxWriter(out);
  await write(wb);
  await wb.commit();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return book;
}

describe('the ledger export’s XLSX writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('gives back what it was given: text as typed, numbers, times to the second, empty cells, past column Z', async () => {
    const when = new Date('2026-10-02T18:30:05.000Z');
    const awkward = [
      '<b>甲 & 乙</b>',
      '  前后有空格  ',
      "'=SUM(A1)",
      '多行\n文字',
      '表情 😀',
      '控制\u0001字符',
      '"引号"',
    ];
    const wide = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? i : `第${i}列`));
    const book = await roundTrip((wb) => {
      const sheet = wb.addWorksheet('投诉台账 (1)', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = [
        { header: '编号', width: 10 },
        { header: '时间', width: 14, numFmt: 'yyyy-mm-dd hh:mm:ss' },
        ...awkward.map((_, i) => ({ header: `文字${i + 1}`, width: 14 })),
      ];
      sheet.addRow([1, when, ...awkward]);
      sheet.addRow([2.5, null, '', undefined, '只有这一格']);
      sheet.commit();
      const other = wb.addWorksheet('宽');
      other.addRow(wide);
      other.commit();
    });
    const sheet = book.getWorksheet('投诉台账 (1)')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect(sheet.getRow(1).getCell(2).value).toBe('时间');
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect((row.getCell(2).value as Date).toISOString()).toBe(when.toISOString());
    expect(row.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    // XML cannot carry a control character: it is dropped, the rest of the text kept
    const expected = awkward.map((t) => t.replace('\u0001', ''));
    expect(expected.map((_, i) => row.getCell(3 + i).value)).toEqual(expected);
    const sparse = sheet.getRow(3);
    expect([
      sparse.getCell(1).value,
      sparse.getCell(2).value,
      sparse.getCell(3).value,
      sparse.getCell(5).value,
    ]).toEqual([2.5, null, null, '只有这一格']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const other = book.getWorksheet('宽')!;
    expect(wide.map((_, i) => other.getRow(1).getCell(i + 1).value)).toEqual(wide);
  });

  it('waits for the zip when a sheet runs ahead of it, and loses nothing', async () => {
    const rows = 20_000;
    const book = await roundTrip(async (wb) => {
      const sheet = wb.addWorksheet('大');
      let waited = 0;
      for (let i = 1; i <= rows; i++) {
        sheet.addRow([i, `第 ${i} 行的一段较长的文字，用来把工作表写到超过一个缓冲区`]);
        const d = sheet.drained();
        if (d) {
          waited++;
          await d;
        }
      }
      expect(waited).toBeGreaterThan(0);
      sheet.commit();
    });
    const sheet = book.getWorksheet('大')!;
    expect(sheet.rowCount).toBe(rows);
    expect(sheet.getRow(rows).getCell(1).value).toBe(rows);
  });
});

/** A sheet of a workbook read back, or the test fails naming it. */
function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function fileOf(zip: JSZip, name: string): JSZip.JSZipObject {
  const file = zip.file(name);
  if (!file) throw new Error(`no entry ${name}`);
  return file;
}

describe('two workbooks', () => {
  it('writes two workbooks at once, each with its own rows', async () => {
    const write = (tag: string) =>
      roundTrip(async (wb) => {
        const sheet = wb.addWorksheet(tag);
        for (let i = 1; i <= 3_000; i++) {
          sheet.addRow([i, `${tag}-${i}`]);
          await sheet.drained();
        }
        sheet.commit();
      });
    const [a, b] = await Promise.all([write('甲'), write('乙')]);
    expect(sheetOf(a, '甲').getRow(3_000).values).toEqual([undefined, 3_000, '甲-3000']);
    expect(sheetOf(b, '乙').getRow(1_234).values).toEqual([undefined, 1_234, '乙-1234']);
  });
});

describe('the workbook’s zip writer', () => {
  it('keeps the bytes of an entry begun while another is written until its turn; the archive reads back, CRCs checked', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const zip = new ZipWriter(out);
    const first = zip.entry('a.xml');
    const second = zip.entry('子目录/b.txt');
    const put = (entry: ZipEntry, text: string) => {
      const data = Buffer.from(text);
      entry.write(deflateRawSync(data));
      entry.end(crc32(data), data.length);
    };
    expect(second.drained()).toBeInstanceOf(Promise); // not its turn yet
    put(second, '第二个，先写完');
    put(first, '<a>第一个</a>'.repeat(1000));
    zip.addText('c.txt', 'ccc');
    await zip.finish();
    const read = await JSZip.loadAsync(Buffer.concat(chunks), { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(['a.xml', '子目录/b.txt', 'c.txt']);
    expect(await fileOf(read, 'a.xml').async('string')).toBe('<a>第一个</a>'.repeat(1000));
    expect(await fileOf(read, '子目录/b.txt').async('string')).toBe('第二个，先写完');
    expect(await fileOf(read, 'c.txt').async('string')).toBe('ccc');
  });
});
