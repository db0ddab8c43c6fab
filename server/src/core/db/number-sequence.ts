import { quoter } from './sql-value.js';
import type { EntityManager } from 'typeorm';
import { forUpdate } from './transaction.js';

/**
 * Reserves `count` consecutive numbers of the named sequence (e.g. "TS-2026") inside the caller's
 * transaction; the row lock makes concurrent savers wait, so numbers are unique and gap-free per commit.
 */
export async function reserveNumbers(em: EntityManager, name: string, count: number): Promise<number[]> {
  const ds = em.connection;
  const q = quoter(ds);
  const rows: Array<{ last: number }> = await em.query(
    `SELECT ${q('last')} FROM ${q('number_sequence')} WHERE ${q('name')} = ?${forUpdate(ds)}`,
    [name],
  );
  let last = rows.length ? Number(rows[0].last) : 0;
  const first = last + 1;
  last += count;
  if (rows.length) {
    await em.query(`UPDATE ${q('number_sequence')} SET ${q('last')} = ? WHERE ${q('name')} = ?`, [last, name]);
  } else {
    await em.query(`INSERT INTO ${q('number_sequence')} (${q('name')}, ${q('last')}) VALUES (?, ?)`, [name, last]);
  }
  return Array.from({ length: count }, (_, i) => first + i);
}
