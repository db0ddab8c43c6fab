import type { EntityManager } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';
import { officialDays, officialYears } from './official-days.js';
import { WorkingCalendar, type CalendarDay, type DayKind } from './working-calendar.js';

const q = (em: EntityManager, name: string) => quoter(em.connection)(name);

/** The calendar between two dates (inclusive), plus which years have official data. */
export async function loadCalendar(em: EntityManager, from: string, to: string): Promise<WorkingCalendar> {
  const days: Array<{ date: string; kind: string; name: string }> = await em.query(
    `SELECT ${q(em, 'date')}, ${q(em, 'kind')}, ${q(em, 'name')} FROM ${q(em, 'calendar_day')} WHERE ${q(em, 'date')} >= ? AND ${q(em, 'date')} <= ? AND ${q(em, 'voidedAt')} IS NULL`,
    [from, to],
  );
  const years: Array<{ year: number }> = await em.query(`SELECT ${q(em, 'year')} FROM ${q(em, 'calendar_year')}`);
  return new WorkingCalendar(
    days.map((d) => ({ date: fromSql('date', d.date) as string, kind: d.kind as DayKind, name: d.name })),
    new Set(years.map((y) => Number(y.year))),
  );
}

/** Seeds the official days for the given years where the table has none yet. */
export async function seedOfficialCalendar(em: EntityManager, fromYear: number, toYear: number): Promise<number> {
  const have = new Set(
    ((await em.query(`SELECT ${q(em, 'year')} FROM ${q(em, 'calendar_year')}`)) as Array<{ year: number }>).map((r) => Number(r.year)),
  );
  const years = officialYears(fromYear, toYear).filter((y) => !have.has(y));
  let n = 0;
  for (const y of years) {
    const days: CalendarDay[] = officialDays(y, y);
    for (let i = 0; i < days.length; i += 200) {
      const chunk = days.slice(i, i + 200);
      const now = toSqlParam(em.connection, 'datetime', new Date());
      await em.query(
        `INSERT INTO ${q(em, 'calendar_day')} (${['date', 'kind', 'name', 'version', 'createdAt', 'updatedAt'].map((c) => q(em, c)).join(', ')}) VALUES ${chunk.map(() => '(?, ?, ?, 1, ?, ?)').join(', ')}`,
        chunk.flatMap((d) => [d.date, d.kind, d.name, now, now]),
      );
    }
    await em.query(`INSERT INTO ${q(em, 'calendar_year')} (${q(em, 'year')}, ${q(em, 'source')}) VALUES (?, ?)`, [y, 'chinese-days (State Council)']);
    n += days.length;
  }
  return n;
}
