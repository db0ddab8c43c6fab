import { describe, expect, it } from 'vitest';
import { fittedWidths, type FitColumn } from './fit-widths';

// a monospace stand-in for the grid's fonts: 14 px a Chinese character, 8 px anything else
const measure = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 8), 0);
const col = (colId: string, width: number, header: string, wholeCells = true): FitColumn => ({
  colId,
  width,
  header,
  wholeCells,
});

describe('fittedWidths', () => {
  it('widens a column to its longest serial number, and one whose header would break mid-word', () => {
    const cells: Record<string, string[]> = { serialNo: ['KY350-2025110001', 'LG50-202310332'], qty: ['1', '12'] };
    expect(
      fittedWidths([col('serialNo', 140, '产品序列号'), col('qty', 70, '数量')], (id) => cells[id] ?? [], measure),
    ).toEqual([
      { key: 'serialNo', newWidth: 16 * 8 + 34 },
      { key: 'qty', newWidth: 2 * 14 + 74 },
    ]);
  });

  it('never narrows a column, and leaves one that already fits alone', () => {
    expect(fittedWidths([col('no', 140, '返工单号')], () => ['FG-26-00098'], measure)).toEqual([]);
    expect(fittedWidths([col('wide', 400, '备注')], () => ['短'], measure)).toEqual([]);
  });

  it('leaves long text cut (its tooltip shows it) but still fits its header', () => {
    const long = '现场换下的故障件 BJ-LG50-0001，客户反映开机三分钟后报警';
    expect(fittedWidths([col('symptom', 200, '不良现象', false)], () => [long], measure)).toEqual([]);
    expect(fittedWidths([col('note', 60, '处理说明', false)], () => [long], measure)).toEqual([
      { key: 'note', newWidth: 4 * 14 + 74 },
    ]);
  });

  it('widens for cells only up to the cap, and ignores empty cells', () => {
    const name = '上海盛隆精密机械设备制造有限公司华东区售后服务中心';
    expect(fittedWidths([col('customer', 120, '客户')], () => [name, ''], measure)).toEqual([
      { key: 'customer', newWidth: 280 },
    ]);
    expect(fittedWidths([col('customer', 120, '客户')], () => ['', ''], measure)).toEqual([]);
  });
});
