import { attachHooks } from '../../core/ledger/define-ledger.js';
import { deadline } from '../../core/calendar/sla-clock.js';
import { loadCalendar } from '../../core/calendar/calendar.store.js';
import { addDays, localDate } from '../../core/calendar/working-calendar.js';
import type { SaveContext } from '../../core/ledger/ledger.types.js';
import { findByField } from '../../core/ledger/ledger-store.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { HANDLING_SLA, REPLY_SLA, validateComplaintRow } from './complaint.rules.js';
import { complaintLedger } from './complaint.ledger.js';

/** New complaints get a receiver and status RECEIVED; a changed receipt time or scope moves the deadlines. */
async function statusAndDeadlines(
  ctx: SaveContext,
  rows: Array<{ values: Record<string, unknown>; previous: Record<string, unknown> | null }>,
): Promise<void> {
  await linkArchives(ctx, rows);
  for (const r of rows.filter((x) => !x.previous)) {
    r.values.status = 'RECEIVED';
    r.values.escalated = false;
    r.values.reopenCount = 0;
    if (!r.values.receiver) r.values.receiver = ctx.displayName;
  }
  const timed = rows.filter((r) => !r.previous || 'receivedAt' in r.values || 'handlingScope' in r.values);
  if (!timed.length) return;
  const merged = timed.map((r) => ({ ...(r.previous ?? {}), ...r.values }));
  const days = merged.map((m) => localDate(m.receivedAt as Date)).sort();
  const cal = await loadCalendar(ctx.em, days[0], addDays(days.at(-1)!, 90));
  timed.forEach((r, i) => {
    const m = merged[i];
    const due = deadline(m.receivedAt as Date, HANDLING_SLA[String(m.handlingScope)], cal);
    const reply = deadline(m.receivedAt as Date, REPLY_SLA, cal);
    r.values.dueAt = due.at;
    r.values.replyDueAt = reply.at;
    r.values.deadlineProvisional = due.provisional || reply.provisional;
  });
}

/** A complaint about a known unit is linked to its service archive (and so to the unit's timeline). */
async function linkArchives(ctx: SaveContext, rows: Array<{ values: Record<string, unknown>; previous: Record<string, unknown> | null }>): Promise<void> {
  const changed = rows.filter((r) => !r.previous || 'serialNo' in r.values);
  const serials = [...new Set(changed.map((r) => r.values.serialNo).filter((v): v is string => typeof v === 'string' && v.length > 0))];
  const archives = new Map((await findByField(ctx.em, serviceArchiveLedger, 'serialNo', serials)).map((a) => [a.serialNo, a]));
  for (const r of changed) {
    const archive = typeof r.values.serialNo === 'string' ? archives.get(r.values.serialNo) : undefined;
    if (r.previous || archive) r.values.archiveId = archive?.id ?? null;
    // the unit's model unless the clerk named one
    const model = r.values.modelId ?? r.previous?.modelId;
    if (archive?.modelId && (model === null || model === undefined)) r.values.modelId = archive.modelId;
  }
}

attachHooks(complaintLedger, {
  validateRow: (row, key) => validateComplaintRow(row, key),
  beforeWrite: statusAndDeadlines,
});
