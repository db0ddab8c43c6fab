import type { CellError } from '../../core/ledger/schema/ledger.types.js';
import { TERMINAL } from './complaint.rules.js';

/**
 * A paper complaint entered after the fact (补录): the outcome cells the clerk may fill from the
 * paper record, besides the ordinary ones. Everything else the workflow would have set stays empty.
 */
export const BACKFILL_FIELDS = [
  'status',
  'acknowledgedAt',
  'repliedAt',
  'callbackAt',
  'callbackBy',
  'callbackResult',
  'satisfied',
  'verifiedBy',
  'verifiedAt',
  'closedAt',
  'delayReason',
  'rejectReason',
  'withdrawReason',
  'withdrawnVoluntarily',
] as const;

/** The steps of a handled complaint in the order they happen; each date given is not earlier than the one before. */
const STEPS: ReadonlyArray<{ field: string; label: string }> = [
  { field: 'receivedAt', label: '受理时间' },
  { field: 'acknowledgedAt', label: '确认时间' },
  { field: 'repliedAt', label: '答复时间' },
  { field: 'callbackAt', label: '回访时间' },
  { field: 'closedAt', label: '结案时间' },
];

const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== '';

/**
 * What a 补录 row lacks or gets wrong, cell by cell: it is finished (closed, rejected or withdrawn,
 * with the reason those need), closed at a real moment, and its dates run in the order things happen,
 * none after `now`. A complaint still open is entered as an ordinary one.
 */
export function backfillProblems(row: Record<string, unknown>, key: string, now: Date): CellError[] {
  const out: CellError[] = [];
  const err = (field: string, message: string) => out.push({ row: key, field, code: 'BACKFILL', message });
  if (!TERMINAL.has(String(row.status ?? '')))
    err('status', '补录的投诉须已办结：「状态」填 已结案、不予受理 或 已撤诉（未办结的按新投诉登记）');
  if (!(row.closedAt instanceof Date)) err('closedAt', '补录的投诉须填「结案时间」（办结的日期和时间）');
  if (row.status === 'REJECTED' && !filled(row.rejectReason)) err('rejectReason', '不予受理须填「不予受理原因」');
  if (row.status === 'WITHDRAWN' && !filled(row.withdrawReason)) err('withdrawReason', '撤诉须填「撤诉原因」');
  let before: { label: string; at: Date } | null = null;
  for (const s of STEPS) {
    const at = row[s.field];
    if (!(at instanceof Date)) continue;
    if (at.getTime() > now.getTime()) err(s.field, `「${s.label}」不能晚于现在`);
    else if (before && at < before.at) err(s.field, `「${s.label}」不能早于「${before.label}」`);
    before = { label: s.label, at };
  }
  const verified = row.verifiedAt;
  if (
    verified instanceof Date &&
    row.receivedAt instanceof Date &&
    (verified < row.receivedAt || verified.getTime() > now.getTime())
  ) {
    err('verifiedAt', '「验证时间」须在受理之后、现在之前');
  }
  return out;
}

/** The stretch of time a complaint's figures cover: from its receipt to the last step it records. */
export function complaintSpan(row: Record<string, unknown>): { from: Date; to: Date } | null {
  const dates = STEPS.map((s) => row[s.field]).filter((d): d is Date => d instanceof Date);
  if (!(row.receivedAt instanceof Date)) return null;
  return { from: row.receivedAt, to: new Date(Math.max(...dates.map((d) => d.getTime()))) };
}

/**
 * 补录 is for the paper kept before the ledger took complaints: a record received after the first
 * complaint entered live would let a current one be typed in closed, past its approval and its
 * deadline. `liveSince` is when the first live complaint was entered (none yet: any past date).
 */
export function backfillCutoffProblem(
  row: Record<string, unknown>,
  key: string,
  liveSince: Date | null,
  liveSinceText: string,
): CellError | null {
  if (!liveSince || !(row.receivedAt instanceof Date) || row.receivedAt < liveSince) return null;
  return {
    row: key,
    field: 'receivedAt',
    code: 'BACKFILL',
    message: `补录只用于启用系统前的纸质记录：「受理时间」须早于首条投诉的录入时间（${liveSinceText}）；之后的投诉按新投诉登记`,
  };
}
