import { addMonths, localDate } from '@common/business-time';

/** Numbers, money and rates as Chinese back offices write them. */
const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const blank = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || Number.isNaN(v);

export const fmtInt = (v: number | null | undefined) => (blank(v) ? '—' : int.format(v));
export const fmtNum = (v: number | null | undefined) => (blank(v) ? '—' : dec.format(v));
export const fmtMoney = (v: number | null | undefined) => (blank(v) ? '—' : money.format(v));
/** 0.1234 → 12.3% */
export const fmtRate = (v: number | null | undefined) => (blank(v) ? '—' : `${(v * 100).toFixed(1)}%`);
/** 0.25 → +25.0%, -0.1 → −10.0% */
export const fmtChange = (v: number | null | undefined) =>
  blank(v) ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v * 100).toFixed(1)}%`;

/** Today in China time, and the first day of a month some months before a day ('YYYY-MM-DD'). */
export const chinaToday = (): string => localDate(new Date());
export const monthStart = (date: string, monthsBack = 0): string => addMonths(`${date.slice(0, 7)}-01`, -monthsBack);

/** A cell of a frozen report table, formatted by its column type. */
export function fmtCell(type: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (type === 'number') return fmtNum(Number(v));
  if (type === 'money') return fmtMoney(Number(v));
  if (type === 'rate') return fmtRate(Number(v));
  return String(v);
}
