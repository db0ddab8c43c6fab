import type { ComplaintKpisResult } from '../generated/analysis';

/** One KPI row as the client reads it. */
export type KpiRowData = ComplaintKpisResult['complaintKpis']['rows'][number];
