import type { DataSource } from 'typeorm';
import { addDays, localDate } from '../../core/calendar/working-calendar.js';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import { parseFilter } from '../../core/ledger/query/filter-parser.js';
import { may } from '../../core/ledger/schema/permissions.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import { allWorkflows, performedBy, type Transition } from '../../core/ledger/write/workflow.js';
import { OPEN } from '../complaint/complaint.rules.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { dueTodayFilter, overdueFilter, replyOverdueFilter } from '../complaint/deadline.rules.js';
import { previousMonth } from '../../../../common/business-time.js';
import { onDesk } from '../../../../common/desk.js';
import { seriousWithoutNotice } from '../notice/notice.resolver.js';
import { surveyLedger } from '../survey/survey.ledgers.js';
import { feedbackOverdueFilter } from '../survey/survey.rules.js';
import { callbackPlan } from '../survey/survey.resolver.js';
import { Role } from '../user/roles.js';
import { departmentLedger } from '../admin/admin.ledgers.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import { getLedger, storageField } from '../../core/ledger/schema/define-ledger.js';
import { mergeFilters } from '../report/analysis-filter.js';
import { ISSUERS, rectificationLedger } from '../improvement/rectification.ledger.js';
import { rectificationOverdueFilter } from '../improvement/rectification.rules.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import { checkTrailSinceCheckpoint } from '../../core/audit/checkpoint.js';
import { trailAlarm } from '../../core/audit/trail-alarm.js';
import { SERVICE_REQUEST_QUICK_FILTERS } from '../field-service/service-request.filters.js';
import { serviceRequestLedger } from '../field-service/service-request.ledger.js';

/** One list of 我的待办: what it is, how many, how urgent, and where its rows open. */
export interface WorkItem {
  key: string;
  label: string;
  count: number;
  /** Past a deadline or due today: shown first, in red. */
  urgent: boolean;
  /** The ledger the rows open in (with `filter`), or a page ('archive', 'analysis:…'). */
  ledger: string;
  filter: LedgerFilter | null;
  /** The order its rows open in (已超期: most overdue first); none: the ledger's own. */
  order?: Array<{ field: string; direction: 'ASC' | 'DESC' }>;
  /** Of them, the user's own (see ownFilter); the rest are the role's pool (本组). */
  mine?: number;
  /** The filter that opens the user's own; null when the list has no notion of one's own. */
  mineFilter?: LedgerFilter | null;
}

/**
 * A user's own rows of a ledger, as a list filter: for a department's head, the department's rows;
 * else the rows naming them (受理人, 提出人: the ledger's ownerField); else their department's. Null
 * where a ledger knows neither (the role's pool only).
 */
export function ownFilter(
  ledger: Pick<LedgerDef, 'departmentField' | 'ownerField' | 'columns'>,
  who: Pick<Who, 'departmentId' | 'deptHead' | 'displayName'>,
): LedgerFilter | null {
  const dept = ledger.departmentField && ledger.columns.find((c) => c.field === ledger.departmentField);
  const byDept = dept && who.departmentId !== null ? { [storageField(dept)]: { eq: who.departmentId } } : null;
  if (who.deptHead && byDept) return byDept;
  if (ledger.ownerField) return { [ledger.ownerField]: { eq: who.displayName } };
  return byDept;
}

/** Each list's own part: counted over its filter and the user's own. */
async function withMine(ds: DataSource, who: Who, items: WorkItem[]): Promise<WorkItem[]> {
  for (const i of items) {
    const ledger = getLedger(i.ledger);
    const own = ledger && i.filter !== null ? ownFilter(ledger, who) : null;
    if (!ledger || !own) continue;
    i.mineFilter = mergeFilters(i.filter ?? {}, own);
    i.mine = await countRows(ds, ledger, i.mineFilter);
  }
  return items;
}

interface Who {
  id: number;
  role: string;
  departmentId: number | null;
  deptHead: boolean;
  displayName: string;
}

/** Rows waiting for a command the user may run: one count per command (those kept apart from the user's own steps left out). */
async function inboxItems(ds: DataSource, who: Who): Promise<WorkItem[]> {
  const q = quoter(ds);
  const out: WorkItem[] = [];
  // the administrator may step in for any role, but the departments' work is not on his desk
  if (who.role === Role.ADMIN) return out;
  for (const { ledger, commands, statusField } of allWorkflows()) {
    if (!may(ledger, 'read', who.role)) continue;
    for (const [name, c] of Object.entries(commands) as Array<[string, Transition]>) {
      if (!c.inbox || !(c.inboxRoles ?? c.roles).includes(who.role)) continue;
      const narrow = c.inboxFilter ? c.inboxFilter(who) : {};
      if (narrow === null) continue;
      const extra = parseFilter(ds, ledger, narrow as LedgerFilter);
      const did = c.separateFrom?.length ? performedBy(ds, ledger, c.separateFrom) : null;
      const apart = did
        ? ` AND NOT EXISTS (SELECT 1 FROM ${q('audit_event')} e WHERE e.${q('entity')} = ? AND e.${q('entityId')} = t.${q('id')} AND e.${q('userId')} = ? AND ${did.sql})`
        : '';
      const rows: Array<{ n: number }> = await ds.query(
        `SELECT COUNT(*) AS n FROM ${q(ledger.table)} t WHERE t.${q('voidedAt')} IS NULL AND t.${q(statusField)} IN (${c.from.map(() => '?').join(', ')})${extra.sql.map((x) => ` AND ${x}`).join('')}${apart}`,
        [...c.from, ...extra.params, ...(did ? [ledger.name, who.id, ...did.params] : [])],
      );
      const count = Number(rows[0].n);
      if (count)
        out.push({
          key: `${ledger.name}.${name}`,
          label: c.inbox,
          count,
          urgent: false,
          ledger: ledger.name,
          filter: { [statusField]: { in: [...c.from] }, ...(narrow as LedgerFilter) },
        });
    }
  }
  return out;
}

/**
 * The order a list of work opens in: most overdue first — by the ledger's deadline where it has
 * one, else the row left untouched longest. None for a page, or a list whose due date is computed
 * (customers to call back keep the ledger's order).
 */
export function oldestFirst(ledgerName: string): WorkItem['order'] {
  const ledger = getLedger(ledgerName);
  if (!ledger || ledgerName === 'customer') return undefined;
  return [{ field: ledger.deadlineField ?? 'updatedAt', direction: 'ASC' }];
}

/** Live rows of a ledger matching a list filter. */
async function countRows(ds: DataSource, ledger: LedgerDef, filter: LedgerFilter): Promise<number> {
  const q = quoter(ds);
  const where = parseFilter(ds, ledger, filter);
  const rows: Array<{ n: number }> = await ds.query(
    `SELECT COUNT(*) AS n FROM ${q(ledger.table)} t WHERE t.${q('voidedAt')} IS NULL${where.sql.map((x) => ` AND ${x}`).join('')}`,
    where.params,
  );
  return Number(rows[0].n);
}

/**
 * Rectification notices past their deadline without a report: a department's own for its people, all
 * of them for those who issue and verify them.
 */
async function rectificationItems(ds: DataSource, who: Who, now: Date): Promise<WorkItem[]> {
  if (who.role === Role.ADMIN) return [];
  const issuer = ISSUERS.includes(who.role as Role);
  if (!issuer && (who.departmentId === null || who.role === Role.AUDITOR)) return [];
  const filter = {
    ...rectificationOverdueFilter(now),
    ...(issuer ? {} : { departmentId: { eq: who.departmentId } }),
  } as LedgerFilter;
  const late = await countRows(ds, rectificationLedger, filter);
  return late
    ? [
        {
          key: 'rectification.overdue',
          label: issuer ? '已逾期的整改通知单' : '本部门已逾期的整改通知单',
          count: late,
          urgent: true,
          ledger: 'rectification',
          filter,
          order: [{ field: 'dueDate', direction: 'ASC' }],
        },
      ]
    : [];
}

/**
 * 服务承诺: requests whose technician is not on site within the promise — on the dispatchers' desk, and
 * escalated to the general manager's (the seed's 「对4个24小时的承诺严格恪守」 is leadership's promise).
 */
async function promiseItems(ds: DataSource, who: Who, now: Date): Promise<WorkItem[]> {
  if (![Role.CLERK, Role.MANAGER].includes(who.role as Role)) return [];
  const quick = SERVICE_REQUEST_QUICK_FILTERS.find((q) => q.key === 'overdue')!;
  const filter = quick.filter(now) as LedgerFilter;
  const late = await countRows(ds, serviceRequestLedger, filter);
  return late
    ? [
        {
          key: 'serviceRequest.overdue',
          label: '到场已超时的报修（服务承诺）',
          count: late,
          urgent: true,
          ledger: 'serviceRequest',
          filter,
          order: [{ field: 'arrivalDueAt', direction: 'ASC' }],
        },
      ]
    : [];
}

/**
 * Complaints past their deadline whose customer was never told of the delay (投诉联络记录 of kind
 * 延期告知): 「不能当场解答的应告知客户解决的时限」 — a missed deadline is told, with its reason.
 */
async function delayUntoldItems(ds: DataSource, now: Date): Promise<WorkItem[]> {
  const q = quoter(ds);
  const where = parseFilter(ds, complaintLedger, overdueFilter(now) as LedgerFilter);
  const rows: Array<{ id: number }> = await ds.query(
    `SELECT t.${q('id')} AS id FROM ${q('complaint')} t WHERE t.${q('voidedAt')} IS NULL${where.sql.map((x) => ` AND ${x}`).join('')}
      AND NOT EXISTS (SELECT 1 FROM ${q('complaint_contact')} k WHERE k.${q('complaintId')} = t.${q('id')} AND k.${q('voidedAt')} IS NULL AND k.${q('kind')} = 'DELAY')
      ORDER BY t.${q('dueAt')} LIMIT 500`,
    where.params,
  );
  return rows.length
    ? [
        {
          key: 'complaint.delayUntold',
          label: '已超期、尚未告知客户延期的投诉',
          count: rows.length,
          urgent: true,
          ledger: 'complaint',
          filter: { id: { in: rows.map((r) => Number(r.id)) } },
          order: [{ field: 'dueAt', direction: 'ASC' }],
        },
      ]
    : [];
}

/** Survey comments whose answer to the customer is past its month (满意度调查意见未按期反馈). */
async function surveyFeedbackItems(ds: DataSource, today: string): Promise<WorkItem[]> {
  const filter = feedbackOverdueFilter(today) as LedgerFilter;
  const n = await countRows(ds, surveyLedger, filter);
  return n
    ? [
        {
          key: 'survey.feedbackOverdue',
          label: '满意度调查意见逾一个月未反馈客户',
          count: n,
          urgent: true,
          ledger: 'satisfactionSurvey',
          filter,
          order: [{ field: 'feedbackDue', direction: 'ASC' }],
        },
      ]
    : [];
}

/**
 * From 1 November, next year's official holidays not yet entered: every deadline falling in it is
 * only provisional (the State Council publishes the year's arrangement in the autumn). The year
 * asked for from `today` on, or null before November.
 */
export function calendarYearDue(today: string): number | null {
  return today.slice(5) >= '11-01' ? Number(today.slice(0, 4)) + 1 : null;
}

async function calendarItems(ds: DataSource, today: string): Promise<WorkItem[]> {
  const next = calendarYearDue(today);
  if (next === null) return [];
  const q = quoter(ds);
  const [r] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('calendar_year')} WHERE ${q('year')} = ?`, [
    next,
  ])) as Array<{
    n: number;
  }>;
  return Number(r.n)
    ? []
    : [
        {
          key: 'calendar.nextYear',
          label: `${next} 年的放假安排尚未录入：跨年的期限只是暂定`,
          count: 1,
          urgent: true,
          ledger: 'calendarDay',
          filter: null,
        },
      ];
}

/** Open complaints a department assists on (协办单位), on its people's desks until they are finished. */
async function assistingItems(ds: DataSource, who: Who): Promise<WorkItem[]> {
  if (who.departmentId === null || who.role === Role.AUDITOR || who.role === Role.ADMIN) return [];
  const [dept] = await findByIds(ds.manager, departmentLedger, [who.departmentId]);
  if (!dept) return [];
  const filter = { assistingDepts: { contains: String(dept.name) }, status: { in: [...OPEN] } } as LedgerFilter;
  const n = await countRows(ds, complaintLedger, filter);
  return n
    ? [{ key: 'complaint.assisting', label: '本部门协办的投诉', count: n, urgent: false, ledger: 'complaint', filter }]
    : [];
}

/** Complaints whose answer is due past their deadline, and those due by the end of today (China time): the grid's own 已超期 / 今日到期 filters, counted. */
async function deadlineItems(ds: DataSource, now: Date): Promise<WorkItem[]> {
  const count = (filter: LedgerFilter) => countRows(ds, complaintLedger, filter);
  const items: WorkItem[] = [];
  const overdue = overdueFilter(now) as LedgerFilter;
  const today = dueTodayFilter(now) as LedgerFilter;
  const replyLate = replyOverdueFilter(now) as LedgerFilter;
  const [late, due, unanswered] = [await count(overdue), await count(today), await count(replyLate)];
  const byDeadline = [{ field: 'dueAt', direction: 'ASC' as const }]; // most overdue first
  if (late)
    items.push({
      key: 'complaint.overdue',
      label: '已超期的投诉',
      count: late,
      urgent: true,
      ledger: 'complaint',
      filter: overdue,
      order: byDeadline,
    });
  if (unanswered)
    items.push({
      key: 'complaint.replyOverdue',
      label: '书面答复已超期的投诉',
      count: unanswered,
      urgent: true,
      ledger: 'complaint',
      filter: replyLate,
      order: [{ field: 'replyDueAt', direction: 'ASC' }],
    });
  if (due)
    items.push({
      key: 'complaint.dueToday',
      label: '今天到期的投诉',
      count: due,
      urgent: true,
      ledger: 'complaint',
      filter: today,
      order: byDeadline,
    });
  return items;
}

/** Routine inspections overdue, and due within 7 days. */
async function inspectionItems(ds: DataSource, today: string): Promise<WorkItem[]> {
  const q = quoter(ds);
  const count = async (range: string, params: string[]) => {
    const rows: Array<{ n: number }> = await ds.query(
      `SELECT COUNT(*) AS n FROM ${q('routine_inspection')} WHERE ${q('voidedAt')} IS NULL AND ${q('doneAt')} IS NULL AND ${range}`,
      params,
    );
    return Number(rows[0].n);
  };
  const due = q('dueDate');
  const overdue = await count(`${due} < ?`, [today]);
  const soon = await count(`${due} >= ? AND ${due} <= ?`, [today, addDays(today, 7)]);
  const items: WorkItem[] = [];
  if (overdue)
    items.push({
      key: 'inspection.overdue',
      label: '逾期的例行检查',
      count: overdue,
      urgent: true,
      ledger: 'routineInspection',
      filter: { doneAt: { isNull: true }, dueDate: { lte: addDays(today, -1) } },
    });
  if (soon)
    items.push({
      key: 'inspection.soon',
      label: '7 天内到期的例行检查',
      count: soon,
      urgent: false,
      ledger: 'routineInspection',
      filter: { doneAt: { isNull: true }, dueDate: { gte: today, lte: addDays(today, 7) } },
    });
  return items;
}

/** Customers not reached whose retry date has come, and not called since. */
async function retryCount(ds: DataSource, today: string): Promise<number> {
  const q = quoter(ds);
  const rows: Array<{ n: number }> = await ds.query(
    `SELECT COUNT(*) AS n FROM ${q('callback')} c WHERE c.${q('voidedAt')} IS NULL AND c.${q('outcome')} = 'NOT_REACHED' AND c.${q('retryDate')} <= ?
      AND NOT EXISTS (SELECT 1 FROM ${q('callback')} later WHERE later.${q('customerId')} = c.${q('customerId')} AND later.${q('callbackAt')} > c.${q('callbackAt')} AND later.${q('voidedAt')} IS NULL)`,
    [today],
  );
  return Number(rows[0].n);
}

/**
 * 我的待办: what waits for the signed-in user, most urgent first — complaints past or at their
 * deadline, the rows waiting for a step the user's role takes (to acknowledge, to approve, to
 * issue…), inspections due, callbacks due, and for the general manager last month's serious
 * complaints without a notice. Each list is one count.
 */
export async function myWork(ds: DataSource, who: Who, now = new Date()): Promise<WorkItem[]> {
  const today = localDate(now);
  const items: WorkItem[] = [];
  if ([Role.CLERK, Role.QUALITY, Role.MANAGER].includes(who.role as Role))
    items.push(...(await deadlineItems(ds, now)), ...(await delayUntoldItems(ds, now)));
  items.push(...(await inboxItems(ds, who)));
  items.push(...(await rectificationItems(ds, who, now)));
  items.push(...(await promiseItems(ds, who, now)));
  items.push(...(await assistingItems(ds, who)));
  if (onDesk(who.role, 'inspections')) items.push(...(await inspectionItems(ds, today)));
  if (onDesk(who.role, 'callbacks')) {
    const due = (await callbackPlan(ds, today)).filter((p) => p.nextDue <= addDays(today, 7));
    if (due.length)
      items.push({
        key: 'callback.due',
        label: '7 天内应回访的客户',
        count: due.length,
        urgent: due.some((p) => p.overdue),
        ledger: 'customer',
        filter: { id: { in: due.slice(0, 500).map((p) => p.customer.id) } },
      });
  }
  if (who.role === Role.CLERK) items.push(...(await surveyFeedbackItems(ds, today)));
  if (onDesk(who.role, 'callbacks')) {
    const retry = await retryCount(ds, today);
    if (retry)
      items.push({
        key: 'callback.retry',
        label: '未联系上、今天应再次回访',
        count: retry,
        urgent: true,
        ledger: 'callback',
        filter: { outcome: { eq: 'NOT_REACHED' }, retryDate: { lte: today } },
      });
  }
  if (who.role === Role.ADMIN) items.push(...(await calendarItems(ds, today)));
  if (who.role === Role.AUDITOR || who.role === Role.ADMIN) {
    // the trail since its newest checkpoint, checked on every visit: a break found anywhere is on the auditor's desk
    const alarm = trailAlarm(ds) ?? (await checkTrailSinceCheckpoint(ds));
    if (alarm)
      items.push({
        key: 'audit.trailBroken',
        label: `审计链校验未通过：${alarm.problem}`,
        count: 1,
        urgent: true,
        ledger: 'analysis:audit',
        filter: null,
      });
  }
  if (who.role === Role.MANAGER) {
    // escalations and disputes land on the general manager's desk until the complaint is finished
    const open = [...OPEN];
    const q = quoter(ds);
    const [{ n }]: Array<{ n: number }> = await ds.query(
      `SELECT COUNT(*) AS n FROM ${q('complaint')} WHERE ${q('voidedAt')} IS NULL AND ${q('escalated')} = ? AND ${q('status')} IN (${open.map(() => '?').join(', ')})`,
      [toSqlParam(ds, 'bool', true), ...open],
    );
    if (Number(n))
      items.push({
        key: 'complaint.escalated',
        label: '已升级（含争议）未结的投诉',
        count: Number(n),
        urgent: true,
        ledger: 'complaint',
        filter: { escalated: { eq: true }, status: { in: open } },
      });
    const serious = await seriousWithoutNotice(ds, previousMonth(today));
    if (serious.length)
      items.push({
        key: 'notice.seriousWithout',
        label: '上月重大投诉尚无奖罚通知',
        count: serious.length,
        urgent: true,
        ledger: 'complaint',
        filter: { id: { in: serious.map((c) => c.id) } },
      });
  }
  for (const i of items) i.order ??= oldestFirst(i.ledger);
  return (await withMine(ds, who, items)).sort((a, b) => Number(b.urgent) - Number(a.urgent));
}
