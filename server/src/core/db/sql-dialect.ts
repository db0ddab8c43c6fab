import type { DataSource } from 'typeorm';
import { BUSINESS_OFFSET_MS } from '../../../../common/business-time.js';
import { dbKind } from './data-source.js';

const OFFSET_HOURS = BUSINESS_OFFSET_MS / 3600_000;

/** `'YYYY-MM'` of a stored (UTC) datetime in business time, on SQLite and MySQL alike. */
export function localMonthSql(ds: DataSource, column: string): string {
  return dbKind(ds) === 'sqlite'
    ? `strftime('%Y-%m', ${column}, '+${OFFSET_HOURS} hours')`
    : `DATE_FORMAT(DATE_ADD(${column}, INTERVAL ${OFFSET_HOURS} HOUR), '%Y-%m')`;
}

/** Hours from `from` to `to` (two stored datetimes) as a decimal number. */
export function hoursBetweenSql(ds: DataSource, from: string, to: string): string {
  return dbKind(ds) === 'sqlite'
    ? `((julianday(${to}) - julianday(${from})) * 24.0)`
    : `(TIMESTAMPDIFF(SECOND, ${from}, ${to}) / 3600.0)`;
}

/** `'YYYY-Qn'` of a stored datetime in business time. */
export function localQuarterSql(ds: DataSource, column: string): string {
  return dbKind(ds) === 'sqlite'
    ? `(strftime('%Y', ${column}, '+${OFFSET_HOURS} hours') || '-Q' || ((CAST(strftime('%m', ${column}, '+${OFFSET_HOURS} hours') AS INTEGER) + 2) / 3))`
    : `CONCAT(YEAR(DATE_ADD(${column}, INTERVAL ${OFFSET_HOURS} HOUR)), '-Q', QUARTER(DATE_ADD(${column}, INTERVAL ${OFFSET_HOURS} HOUR)))`;
}

/** A stored datetime `days` days earlier, comparable with stored datetimes. */
export function minusDaysSql(ds: DataSource, column: string, days: number): string {
  return dbKind(ds) === 'sqlite'
    ? `strftime('%Y-%m-%d %H:%M:%f', ${column}, '-${days} days')`
    : `DATE_SUB(${column}, INTERVAL ${days} DAY)`;
}

/**
 * A join that keeps the written table order (the planner would otherwise start from the larger table
 * and filter late): MySQL's STRAIGHT_JOIN; SQLite keeps the order of a CROSS JOIN. Takes an ON clause.
 */
export function orderedJoinSql(ds: DataSource): string {
  return dbKind(ds) === 'sqlite' ? 'CROSS JOIN' : 'STRAIGHT_JOIN';
}

/** An insert that leaves an existing row as it is (made meanwhile by a parallel writer), without an error to log. */
export function insertIgnoreSql(ds: DataSource): string {
  return ds.options.type === 'mysql' ? 'INSERT IGNORE INTO' : 'INSERT OR IGNORE INTO';
}
