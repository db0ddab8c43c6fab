import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';

/** What an analysis may be narrowed to; codes as clerks know them (model codes, customer codes, part nos.). */
export interface AnalysisFilterInput {
  models?: string[] | null;
  customers?: string[] | null;
  departments?: string[] | null;
  causes?: string[] | null;
  kinds?: string[] | null;
  channels?: string[] | null;
  defectCauses?: string[] | null;
  parts?: string[] | null;
  serialNo?: string | null;
  statuses?: string[] | null;
}

/** The ledgers an analysis counts. */
export type AnalysisBase = 'complaint' | 'reworkOrder';

export class AnalysisFilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const given = (v: string[] | null | undefined): v is string[] => Array.isArray(v) && v.length > 0;

/** Deep AND of two ledger filters: operators on the same column both hold (`in` from a filter, `eq` from a group). */
export function mergeFilters(a: LedgerFilter, b: LedgerFilter): LedgerFilter {
  const out: LedgerFilter = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    // two bounds of one range intersect (same-form timestamps compare as text)
    if (k === 'gte' && typeof cur === 'string' && typeof v === 'string') out[k] = (cur > v ? cur : v) as never;
    else if (k === 'lte' && typeof cur === 'string' && typeof v === 'string') out[k] = (cur < v ? cur : v) as never;
    else
      out[k] =
        cur && v && typeof cur === 'object' && typeof v === 'object'
          ? mergeFilters(cur as LedgerFilter, v as LedgerFilter)
          : v;
  }
  return out;
}

/** The complaint-side conditions (cause, kind, channel, department) as a filter of the complaint ledger. */
function complaintSide(f: AnalysisFilterInput): LedgerFilter {
  const out: LedgerFilter = {};
  if (given(f.causes)) out.causeCategory = { in: f.causes };
  if (given(f.kinds)) out.kind = { in: f.kinds };
  if (given(f.channels)) out.channel = { in: f.channels };
  if (given(f.departments)) out.responsibleDept = { name: { in: f.departments } };
  return out;
}

/**
 * An analysis filter in the syntax of the base ledger's list filter, so that the figures and their
 * drills select the same rows. Reworks reach complaint conditions through their return order.
 */
export function toLedgerFilter(base: AnalysisBase, f: AnalysisFilterInput | null | undefined): LedgerFilter {
  if (!f) return {};
  const out: LedgerFilter = {};
  if (given(f.models)) out.model = { code: { in: f.models } };
  if (base === 'complaint') {
    for (const field of ['defectCauses', 'parts'] as const) {
      if (given(f[field]))
        throw new AnalysisFilterError(`filter.${field}`, `filter.${field}: 只适用于返工分析 (reworks only)`);
    }
    if (given(f.customers)) out.customer = { code: { in: f.customers } };
    if (f.serialNo) out.serialNo = { contains: f.serialNo };
    if (given(f.statuses)) out.status = { in: f.statuses };
    return { ...out, ...complaintSide(f) };
  }
  if (given(f.customers)) out.archive = { customer: { code: { in: f.customers } } };
  if (f.serialNo)
    out.archive = mergeFilters((out.archive as LedgerFilter) ?? {}, { serialNo: { contains: f.serialNo } });
  if (given(f.defectCauses)) out.defectCause = { in: f.defectCauses };
  if (given(f.parts)) out.lines = { partNo: { in: f.parts } };
  if (given(f.statuses)) out.status = { in: f.statuses };
  const complaint = complaintSide(f);
  if (Object.keys(complaint).length) out.returnOrder = { complaint };
  return out;
}
