import { createRequire } from 'node:module';
import type { CalendarDay } from './working-calendar.js';

const require = createRequire(import.meta.url);

interface YearData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** Official holidays and make-up working days (State Council) from the `chinese-days` data set. */
export function officialDays(fromYear: number, toYear: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    let data: YearData;
    try {
      data = require(`chinese-days/dist/years/${y}.json`) as YearData;
    } catch {
      continue; // no official data for that year yet
    }
    for (const [date, label] of Object.entries(data.holidays))
      out.push({ date, kind: 'HOLIDAY', name: label.split(',')[1] ?? label });
    for (const [date, label] of Object.entries(data.workdays))
      out.push({ date, kind: 'WORKDAY', name: `${label.split(',')[1] ?? label}调休` });
  }
  return out;
}

/** Years the bundled data set covers. */
export function officialYears(fromYear: number, toYear: number): number[] {
  const years: number[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    try {
      require.resolve(`chinese-days/dist/years/${y}.json`);
      years.push(y);
    } catch {
      /* not covered */
    }
  }
  return years;
}
