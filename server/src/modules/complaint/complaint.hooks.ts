import type { LedgerBehaviour, WorkflowDeclaration } from '../app-module.js';
import { deadline } from '../../core/calendar/sla-clock.js';
import { loadCalendar } from '../../core/calendar/calendar.store.js';
import { addDays, localDate } from '../../core/calendar/working-calendar.js';
import type { CellError, LedgerHooks, Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { updateAudited } from '../../core/ledger/write/row-writer.js';
import { findByField } from '../../core/ledger/query/ledger-store.js';
import { listAll } from '../../core/ledger/query/list-query.js';
import { departmentLedger } from '../admin/admin.ledgers.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { headOf, listUserNames } from '../user/user.store.js';
import { actorCheck } from '../user/actor-check.js';
import type { Transition } from '../../core/ledger/write/workflow.js';
import {
  approverProblem,
  assistingProblem,
  COMPLAINT_TRANSITIONS,
  mayRecordCountermeasure,
  EXTENDED_SLA,
  handlingRule,
  PROPOSAL_FIELDS,
  receiverName,
  reopenProposal,
  accusedProblem,
  scopeOverrideProblem,
  REPLY_SLA,
  validateComplaintRow,
} from './complaint.rules.js';
import { complaintLedger } from './complaint.ledger.js';
import { repeatFlags } from './repeat.rules.js';
import { backfillCutoffProblem, backfillProblems } from './backfill.rules.js';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';
import { localDateTimeText } from '../../../../common/business-time.js';

/** New complaints get a receiver and status RECEIVED; a changed receipt time or scope moves the deadlines. */
async function statusAndDeadlines(
  ctx: SaveContext,
  rows: Array<{ values: Record<string, unknown>; previous: Record<string, unknown> | null }>,
): Promise<void> {
  await linkArchives(ctx, rows);
  // 承办部门: the unit of whoever enters the complaint, unless one is named
  const unnamed = rows.filter((x) => !x.previous && (x.values.handlingDeptId ?? null) === null);
  if (unnamed.length && ctx.userId !== null) {
    const mine = (await headOf(ctx.em, ctx.userId))?.departmentId ?? null;
    for (const r of unnamed) r.values.handlingDeptId = mine;
  }
  for (const r of rows.filter((x) => !x.previous)) {
    // a paper record keeps the outcome typed from it, and its receiver is whoever received it then
    const backfill = r.values.backfilled === true;
    if (!backfill) r.values.status = 'RECEIVED';
    r.values.escalated = false;
    r.values.reopenCount = 0;
    r.values.isRepeat = false; // judged after the write, with the unit's other complaints
    if (!r.values.receiver && !backfill) r.values.receiver = ctx.displayName;
  }
  // one name per person in 受理人 and 被投诉人, as the user list has it
  const typed = rows.filter(
    (r) =>
      (typeof r.values.receiver === 'string' && r.values.receiver !== ctx.displayName) ||
      typeof r.values.accusedPerson === 'string',
  );
  if (typed.length) {
    const users = await listUserNames(ctx.em.connection);
    for (const r of typed)
      for (const f of ['receiver', 'accusedPerson'])
        if (typeof r.values[f] === 'string' && r.values[f]) r.values[f] = receiverName(String(r.values[f]), users);
  }
  const timed = rows.filter((r) => !r.previous || 'receivedAt' in r.values || 'handlingScope' in r.values);
  if (!timed.length) return;
  const merged = timed.map((r) => ({ ...(r.previous ?? {}), ...r.values }));
  const days = merged.map((m) => localDate(m.receivedAt as Date)).sort();
  const cal = await loadCalendar(ctx.em, days[0], addDays(days.at(-1)!, 90));
  timed.forEach((r, i) => {
    const m = merged[i];
    const due = deadline(m.receivedAt as Date, handlingRule(m), cal);
    const reply = deadline(m.receivedAt as Date, REPLY_SLA, cal);
    r.values.dueAt = due.at;
    r.values.replyDueAt = reply.at;
    r.values.deadlineProvisional = due.provisional || reply.provisional;
  });
}

/** A complaint about a known unit is linked to its service archive (and so to the unit's timeline). */
async function linkArchives(
  ctx: SaveContext,
  rows: Array<{ values: Record<string, unknown>; previous: Record<string, unknown> | null }>,
): Promise<void> {
  const changed = rows.filter((r) => !r.previous || 'serialNo' in r.values);
  const serials = [
    ...new Set(changed.map((r) => r.values.serialNo).filter((v): v is string => typeof v === 'string' && v.length > 0)),
  ];
  const archives = new Map(
    (await findByField(ctx.em, serviceArchiveLedger, 'serialNo', serials)).map((a) => [a.serialNo, a]),
  );
  for (const r of changed) {
    const archive = typeof r.values.serialNo === 'string' ? archives.get(r.values.serialNo) : undefined;
    if (r.previous || archive) r.values.archiveId = archive?.id ?? null;
    // the unit's model unless the clerk named one
    const model = r.values.modelId ?? r.previous?.modelId;
    if (archive?.modelId && (model === null || model === undefined)) r.values.modelId = archive.modelId;
  }
}

/**
 * Keeps `isRepeat` true on every live complaint that repeats another of the same customer and unit
 * within 90 days: after a save or a void, the complaints of every unit touched (before and after the
 * change) are judged again, and the ones whose mark changed are updated, audited.
 */
async function markRepeats(
  ctx: SaveContext,
  rows: Array<{ values: Record<string, unknown>; previous: Row | null }>,
): Promise<void> {
  const touched = rows.filter(
    (r) => !r.previous || ['customerId', 'serialNo', 'receivedAt', 'voidedAt'].some((f) => f in r.values),
  );
  const serials = new Set<string>();
  for (const r of touched)
    for (const v of [r.values.serialNo, r.previous?.serialNo]) if (typeof v === 'string' && v) serials.add(v);
  if (!serials.size) return;
  const units = (await findByField(ctx.em, complaintLedger, 'serialNo', [...serials])).filter((c) => !c.voidedAt);
  const flags = repeatFlags(
    units.map((c) => ({
      id: c.id,
      customerId: (c.customerId as number | null) ?? null,
      serialNo: c.serialNo as string,
      receivedAt: c.receivedAt as Date,
    })),
  );
  for (const c of units) {
    if (Boolean(c.isRepeat) !== flags.get(c.id))
      await updateAudited(ctx, complaintLedger, c, { isRepeat: flags.get(c.id) }, 'REPEAT_CHECK');
  }
}

// extending a complex complaint moves its deadline to 10 working days after receipt, on the calendar
const extendOnCalendar: NonNullable<Transition['apply']> = async (row, input, _now, _actor, ctx) => {
  const received = row.receivedAt as Date;
  const cal = await loadCalendar(ctx!.em, localDate(received), addDays(localDate(received), 60));
  const due = deadline(received, EXTENDED_SLA, cal);
  return {
    deadlineExtended: true,
    extensionReason: String(input.reason).trim(),
    dueAt: due.at,
    deadlineProvisional: due.provisional,
  };
};

// a handling proposal is approved by a manager or the head of the responsible department
const approverCheck = actorCheck(
  (who, row) => !approverProblem(who, row),
  null,
  (who, row) => approverProblem(who, row)!,
);

// the countermeasure is recorded by quality or by the 对策单位's own people
const countermeasureCheck = actorCheck(mayRecordCountermeasure, 'responsibleDept', '对策由品质部或对策单位的人员登记');

/** The person complained about does not receive the complaint: 受理人 (typed, or whoever enters it) is someone else. */
const accusedApart: NonNullable<LedgerHooks['validateBatch']> = async (ctx, rows) => {
  const named = rows.filter((r) => typeof r.row.accusedPerson === 'string' && r.row.accusedPerson.trim());
  if (!named.length) return [];
  const users = await listUserNames(ctx.em.connection);
  const errors: CellError[] = [];
  for (const r of named) {
    const receiver =
      typeof r.row.receiver === 'string' && r.row.receiver ? receiverName(r.row.receiver, users) : ctx.displayName;
    const problem = accusedProblem({ accusedPerson: receiverName(String(r.row.accusedPerson), users) }, receiver);
    if (problem) errors.push({ row: r.key, field: 'accusedPerson', code: 'CONFLICT_OF_INTEREST', message: problem });
  }
  return errors;
};

/** Every command but 升级 (anyone may raise a complaint's level) is kept from the person complained about. */
function keptFromAccused(commands: Record<string, Transition>): Record<string, Transition> {
  return Object.fromEntries(
    Object.entries(commands).map(([name, t]) => [
      name,
      name === 'escalate'
        ? t
        : {
            ...t,
            // not offered to them either
            offeredWhen: (row, user) =>
              !accusedProblem(row, user.displayName ?? null) && (t.offeredWhen?.(row, user) ?? true),
            check: async (ctx: SaveContext, row: Row, input: Record<string, unknown>) => {
              const problem = accusedProblem(row, ctx.displayName);
              return problem ? { field: null, message: problem } : ((await t.check?.(ctx, row, input)) ?? null);
            },
          },
    ]),
  );
}

/** The complaint's commands with what they need of the calendar and the user list. */
export const complaintWorkflow: WorkflowDeclaration = {
  ledger: complaintLedger,
  commands: keptFromAccused({
    ...COMPLAINT_TRANSITIONS,
    extendDeadline: { ...COMPLAINT_TRANSITIONS.extendDeadline, apply: extendOnCalendar },
    recordCountermeasure: { ...COMPLAINT_TRANSITIONS.recordCountermeasure, check: countermeasureCheck },
    approveProposal: { ...COMPLAINT_TRANSITIONS.approveProposal, check: approverCheck },
    sendBackProposal: { ...COMPLAINT_TRANSITIONS.sendBackProposal, check: approverCheck },
  }),
};

/** When the ledger took its first live complaint (entered, not 补录), or null before it did. */
async function liveSince(ctx: SaveContext): Promise<Date | null> {
  const q = quoter(ctx.em.connection);
  const [r] = await ctx.em.query(
    `SELECT MIN(${q('createdAt')}) AS at FROM ${q('complaint')} WHERE ${q('backfilled')} IS NULL OR ${q('backfilled')} = ?`,
    [toSqlParam(ctx.em.connection, 'bool', false)],
  );
  return r?.at ? (fromSql('datetime', r.at) as Date) : null;
}

const assistingKnown: NonNullable<LedgerHooks['validateBatch']> = async (ctx, rows) => {
  const named = rows.filter(
    (r) => 'assistingDepts' in r.values || ('responsibleDeptId' in r.values && r.row.assistingDepts),
  );
  if (!named.length) return [];
  const departments = new Map(
    (await listAll(ctx.em, departmentLedger, {})).map((d) => [String(d.name), d.id] as [string, number]),
  );
  return named
    .map((r) => ({ r, problem: assistingProblem(r.row.assistingDepts, departments, r.row.responsibleDeptId) }))
    .filter((x) => x.problem)
    .map(({ r, problem }) => ({ row: r.key, field: 'assistingDepts', code: 'INVALID', message: problem! }));
};

const backfillCutoff: NonNullable<LedgerHooks['validateBatch']> = async (ctx, rows) => {
  const marked = rows.filter((r) => r.isNew && r.row.backfilled === true);
  if (!marked.length) return [];
  const since = await liveSince(ctx);
  return marked
    .map((r) => backfillCutoffProblem(r.row, r.key, since, since ? localDateTimeText(since) : ''))
    .filter((e): e is CellError => !!e);
};

export const complaintBehaviour: LedgerBehaviour = {
  ledger: complaintLedger,
  hooks: {
    validateBatch: async (ctx, rows) => [
      ...(await accusedApart(ctx, rows)),
      ...(await assistingKnown(ctx, rows)),
      // the scope is judged where the row is new or one of the cells it rests on changes
      ...rows
        .filter((r) => r.isNew || ['causeCategory', 'handlingScope', 'scopeReason'].some((f) => f in r.values))
        .map((r) => scopeOverrideProblem(r.row, r.key))
        .filter((e): e is CellError => !!e),
      ...(await backfillCutoff(ctx, rows)),
    ],
    validateRow: (row, key, isNew) => [
      ...validateComplaintRow(row, key),
      ...(isNew && row.backfilled === true ? backfillProblems(row, key, new Date()) : []),
    ],
    beforeWrite: statusAndDeadlines,
    afterWrite: markRepeats,
  },
  approval: { fields: PROPOSAL_FIELDS, reopen: reopenProposal },
};
