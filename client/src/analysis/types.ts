import type { ComplaintKpisQuery } from '../generated/analysis/graphql';

/** One KPI row as the client reads it. */
export type KpiRowData = ComplaintKpisQuery['complaintKpis']['rows'][number];
