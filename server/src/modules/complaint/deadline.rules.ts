import { addDays, localDate, localMoment } from '../../../../common/business-time.js';
import type { ComplaintStatusCode } from './complaint.rules.js';

/**
 * One rule for every deadline figure — the grid's 剩余时间 and 已超期, 我的待办, the KPIs, the
 * reports and the escalation: a complaint's deadline (处理期限) is for the step that is due now,
 * handling it to an answer for the customer. While that step is due the clock runs; once the
 * customer is answered (答复客户), or the complaint ends without an answer (rejected, withdrawn),
 * the clock stops, and the step was on time or late for good.
 */
export const ANSWER_DUE: readonly ComplaintStatusCode[] = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'COUNTERMEASURE',
  'APPROVED',
  'REOPENED',
];

type Row = Record<string, unknown>;
const date = (v: unknown) => (v instanceof Date ? v : null);
const answerDue = (row: Row) => (ANSWER_DUE as readonly string[]).includes(String(row.status));

/** When the step ended: the answer, or the end of a complaint never answered; null while it is due. */
export function stepEndedAt(row: Row): Date | null {
  if (answerDue(row)) return null;
  return date(row.repliedAt) ?? date(row.closedAt);
}

/** 已超期: the step is still due and its deadline has passed. */
export function isOverdue(row: Row, now: Date): boolean {
  const due = date(row.dueAt);
  return !!due && answerDue(row) && now > due;
}

/** 剩余时间 in seconds (negative when past) while the step is due; null once it ended. */
export function secondsLeft(row: Row, now: Date): number | null {
  const due = date(row.dueAt);
  if (!due || !answerDue(row)) return null;
  return Math.round((due.getTime() - now.getTime()) / 1000);
}

/** How late the step ended, in seconds (0 or less: on time); null while it is due or without a deadline. */
export function secondsLate(row: Row): number | null {
  const due = date(row.dueAt);
  const ended = stepEndedAt(row);
  return due && ended ? Math.round((ended.getTime() - due.getTime()) / 1000) : null;
}

/** 已超期 as a ledger filter: the grid's one click, 我的待办 and their drills. */
export function overdueFilter(now: Date): Record<string, Record<string, unknown>> {
  return { status: { in: [...ANSWER_DUE] }, dueAt: { lte: now.toISOString() } };
}

/**
 * 书面答复已超期: 「所有对策答复均应在七日内为之」 — seven calendar days from receipt (replyDueAt), watched
 * like the handling deadline: the customer is not answered yet and the seven days have passed.
 */
export function isReplyOverdue(row: Row, now: Date): boolean {
  const due = date(row.replyDueAt);
  return !!due && answerDue(row) && now > due;
}

/** 书面答复已超期 as a ledger filter: 我的待办 and its drill. */
export function replyOverdueFilter(now: Date): Record<string, Record<string, unknown>> {
  return { status: { in: [...ANSWER_DUE] }, replyDueAt: { lte: now.toISOString() } };
}

/** 今日到期: the step is due and its deadline falls later today (China time). */
export function dueTodayFilter(now: Date): Record<string, Record<string, unknown>> {
  return {
    status: { in: [...ANSWER_DUE] },
    dueAt: {
      gte: now.toISOString(),
      lte: new Date(localMoment(addDays(localDate(now), 1)).getTime() - 1).toISOString(),
    },
  };
}

/**
 * The same rule in SQL at a past moment `at` (a bound parameter): past its deadline then, and the
 * step not ended by then. `col` quotes a column of the complaint table.
 */
export function overdueAtSql(col: (name: string) => string, at: unknown): { sql: string; params: unknown[] } {
  const notEnded = notEndedAtSql(col, at);
  return { sql: `${col('dueAt')} < ? AND ${notEnded.sql}`, params: [at, ...notEnded.params] };
}

/**
 * A complaint's step not ended (replied, or else closed) by the moment `at`. Written as ranges of
 * repliedAt then closedAt rather than over COALESCE(repliedAt, closedAt), so that an index on those
 * columns reads only the complaints still open then (the KPIs' overdue count at scale L: a scan of
 * 200k complaints, 96 ms for one moment, against 45 ms by the index).
 */
export function notEndedAtSql(col: (name: string) => string, at: unknown): { sql: string; params: unknown[] } {
  const replied = col('repliedAt');
  const closed = col('closedAt');
  return {
    sql: `(${replied} > ? OR (${replied} IS NULL AND (${closed} IS NULL OR ${closed} > ?)))`,
    params: [at, at],
  };
}
