import { badInput } from './errors.js';

// Ranges of the arguments people give: a year, a day, a page. Beyond them an answer would mean
// nothing (year 0) or cost without bound; each refusal names the argument.

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function checkYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw badInput(field, 'INVALID_YEAR', `${field}: 年份应在 ${FIRST_YEAR}–${LAST_YEAR} 之间`);
}

/** A day (YYYY-MM-DD) within the years the ledgers can hold. */
export function checkDay(day: string, field: string): void {
  checkYear(Number(day.slice(0, 4)), field);
}

/** A page size: 1–`max`. */
export function checkFirst(first: number, field = 'first', max = 500): void {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw badInput(field, 'INVALID_FIRST', `${field}: 应在 1–${max} 之间`);
}
