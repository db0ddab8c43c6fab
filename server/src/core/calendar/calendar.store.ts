import type { EntityManager } from 'typeorm';
import { appendAudit, newBatchId } from '../audit/audit-trail.js';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';
import { officialDays, officialYears } from './official-days.js';
import { WorkingCalendar, type CalendarDay, type DayKind } from './working-calendar.js';

/** Where seeded days come from, as the trail and the calendar say it (the data set is the npm package chinese-days). */
const OFFICIAL_SOURCE = '国务院公布的节假日安排';

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
    ((await em.query(`SELECT ${q(em, 'year')} FROM ${q(em, 'calendar_year')}`)) as Array<{ year: number }>).map((r) =>
      Number(r.year),
    ),
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
    await em.query(`INSERT INTO ${q(em, 'calendar_year')} (${q(em, 'year')}, ${q(em, 'source')}) VALUES (?, ?)`, [
      y,
      OFFICIAL_SOURCE,
    ]);
    await auditSeededYear(em, y);
    n += days.length;
  }
  return n;
}

/** The official days of a year enter the trail like any row: one event per filled cell, by the system. */
async function auditSeededYear(em: EntityManager, year: number): Promise<void> {
  const rows: Array<{ id: number; date: unknown; kind: string; name: string | null }> = await em.query(
    `SELECT ${q(em, 'id')} AS id, ${q(em, 'date')} AS date, ${q(em, 'kind')} AS kind, ${q(em, 'name')} AS name FROM ${q(em, 'calendar_day')}
      WHERE ${q(em, 'date')} >= ? AND ${q(em, 'date')} <= ? ORDER BY ${q(em, 'id')}`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  const cell = (id: number, field: string, value: string | null) => ({
    userId: null,
    action: 'SEED',
    entity: 'calendarDay',
    entityId: id,
    field,
    oldValue: null,
    newValue: value,
    reason: OFFICIAL_SOURCE,
  });
  await appendAudit(
    em,
    rows.flatMap((r) => [
      cell(Number(r.id), 'date', fromSql('date', r.date) as string),
      cell(Number(r.id), 'kind', r.kind),
      ...(r.name === null ? [] : [cell(Number(r.id), 'name', r.name)]),
    ]),
    newBatchId(),
  );
}
