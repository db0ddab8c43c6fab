// Generated from client/src/graphql/<name>.graphql and schema/schema.graphql — do not edit; run `npm run schema`.
/* eslint-disable */
import type { TypedDocument } from '../graphql/typed-document';
import type { AnalysisFilter, DefectCause, KpiGroup, ParetoMeasure, ParetoSubject, ReportKind, ReportScope, ReworkGroupKey, ReworkHistoryFilter, ReworkStatus } from './graphql';

export interface ProductModelsResult {
  productModels: {
    edges: Array<{
      node: {
        id: number;
        code: string;
        name: string;
        active: boolean | null;
      };
    }>;
  };
}
export interface ProductModelsVariables {
}
export const ProductModelsDocument = { source: "query ProductModels { productModels(first: 500, orderBy: [{field: code, direction: ASC}]) { edges { node { id code name active } } } }" } as TypedDocument<ProductModelsResult, ProductModelsVariables>;

export interface ParetoResult {
  pareto: {
    total: number;
    items: Array<{
      key: string;
      label: string;
      value: number;
      share: number | null;
      cumulativeShare: number | null;
      vital: boolean;
      drill: {
        ledger: string;
        filter: unknown;
      };
    }>;
  };
}
export interface ParetoVariables {
  subject: ParetoSubject;
  measure: ParetoMeasure;
  from: string;
  to: string;
  filter?: AnalysisFilter | null;
}
export const ParetoDocument = { source: "query Pareto($subject: ParetoSubject!, $measure: ParetoMeasure!, $from: LocalDate!, $to: LocalDate!, $filter: AnalysisFilter) { pareto( subject: $subject measure: $measure from: $from to: $to filter: $filter ) { total items { key label value share cumulativeShare vital drill { ledger filter } } } }" } as TypedDocument<ParetoResult, ParetoVariables>;

export interface ComplaintKpisResult {
  complaintKpis: {
    rows: Array<{
      key: string;
      label: string;
      received: number;
      closed: number;
      closedOnTime: number;
      timelinessRate: number | null;
      closedWithCallback: number;
      callbackRate: number | null;
      callbacks: number;
      satisfied: number;
      satisfactionRate: number | null;
      medianFirstResponseHours: number | null;
      firstResponseOnTimeRate: number | null;
      repeatRate: number | null;
      escalated: number;
      overdueOpen: number;
      receivedLastYear: number;
      yoyChange: number | null;
      drill: {
        ledger: string;
        filter: unknown;
      };
    }>;
    totals: {
      key: string;
      label: string;
      received: number;
      closed: number;
      closedOnTime: number;
      timelinessRate: number | null;
      closedWithCallback: number;
      callbackRate: number | null;
      callbacks: number;
      satisfied: number;
      satisfactionRate: number | null;
      medianFirstResponseHours: number | null;
      firstResponseOnTimeRate: number | null;
      repeatRate: number | null;
      escalated: number;
      overdueOpen: number;
      receivedLastYear: number;
      yoyChange: number | null;
      drill: {
        ledger: string;
        filter: unknown;
      };
    };
  };
}
export interface ComplaintKpisVariables {
  from: string;
  to: string;
  groupBy?: KpiGroup | null;
  filter?: AnalysisFilter | null;
}
export const ComplaintKpisDocument = { source: "query ComplaintKpis($from: LocalDate!, $to: LocalDate!, $groupBy: KpiGroup, $filter: AnalysisFilter) { complaintKpis(from: $from, to: $to, groupBy: $groupBy, filter: $filter) { rows { ...KpiFigures } totals { ...KpiFigures } } } fragment KpiFigures on KpiRow { key label received closed closedOnTime timelinessRate closedWithCallback callbackRate callbacks satisfied satisfactionRate medianFirstResponseHours firstResponseOnTimeRate repeatRate escalated overdueOpen receivedLastYear yoyChange drill { ledger filter } }" } as TypedDocument<ComplaintKpisResult, ComplaintKpisVariables>;

export interface ReworkHistoryResult {
  reworkHistory: {
    totals: {
      reworks: number;
      units: number;
      labourHours: number | null;
      labourCost: number | null;
      materialCost: number;
      totalCost: number;
      costPerUnit: number | null;
    };
    groups: Array<{
      key: string;
      label: string;
      keys: Array<{
        by: ReworkGroupKey;
        key: string;
        label: string;
      }>;
      reworks: number;
      units: number;
      labourHours: number | null;
      labourCost: number | null;
      materialCost: number;
      totalCost: number;
      costPerUnit: number | null;
      drill: {
        ledger: string;
        filter: unknown;
      };
    }>;
    rows: {
      totalCount: number;
      edges: Array<{
        node: {
          id: number;
          reworkNo: string | null;
          createdAt: string;
          defectCause: DefectCause | null;
          status: ReworkStatus | null;
          model: {
            code: string;
          } | null;
          archive: {
            serialNo: string;
            customer: {
              name: string;
            } | null;
          } | null;
          materialLines: Array<{
            partNo: string;
          }>;
          cost: {
            labour: number;
            material: number;
            total: number;
          };
        };
      }>;
    };
  };
}
export interface ReworkHistoryVariables {
  filter: ReworkHistoryFilter;
  groupBy?: Array<ReworkGroupKey> | null;
  first?: number | null;
}
export const ReworkHistoryDocument = { source: "query ReworkHistory($filter: ReworkHistoryFilter!, $groupBy: [ReworkGroupKey!], $first: Int) { reworkHistory(filter: $filter, groupBy: $groupBy, first: $first) { totals { reworks units labourHours labourCost materialCost totalCost costPerUnit } groups { key label keys { by key label } reworks units labourHours labourCost materialCost totalCost costPerUnit drill { ledger filter } } rows { totalCount edges { node { id reworkNo createdAt defectCause status model { code } archive { serialNo customer { name } } materialLines { partNo } cost { labour material total } } } } } }" } as TypedDocument<ReworkHistoryResult, ReworkHistoryVariables>;

export interface MonthlyReportsResult {
  monthlyReports: Array<{
    id: string;
    kind: ReportKind;
    period: string;
    scope: ReportScope;
    department: string | null;
    version: number;
    generatedAt: string;
    generatedByName: string;
    dueDate: string;
    late: boolean;
    sha256: string;
  }>;
}
export interface MonthlyReportsVariables {
  year?: number | null;
}
export const MonthlyReportsDocument = { source: "query MonthlyReports($year: Int) { monthlyReports(year: $year) { ...ReportHead } } fragment ReportHead on AnalysisReport { id kind period scope department version generatedAt generatedByName dueDate late sha256 }" } as TypedDocument<MonthlyReportsResult, MonthlyReportsVariables>;

export interface PeriodicReportsResult {
  periodicReports: Array<{
    id: string;
    kind: ReportKind;
    period: string;
    scope: ReportScope;
    department: string | null;
    version: number;
    generatedAt: string;
    generatedByName: string;
    dueDate: string;
    late: boolean;
    sha256: string;
  }>;
}
export interface PeriodicReportsVariables {
}
export const PeriodicReportsDocument = { source: "query PeriodicReports { periodicReports { ...ReportHead } } fragment ReportHead on AnalysisReport { id kind period scope department version generatedAt generatedByName dueDate late sha256 }" } as TypedDocument<PeriodicReportsResult, PeriodicReportsVariables>;

export interface AnalysisReportResult {
  analysisReport: {
    id: string;
    kind: ReportKind;
    period: string;
    scope: ReportScope;
    department: string | null;
    version: number;
    generatedAt: string;
    generatedByName: string;
    dueDate: string;
    late: boolean;
    sha256: string;
    content: unknown;
  } | null;
}
export interface AnalysisReportVariables {
  id: string;
}
export const AnalysisReportDocument = { source: "query AnalysisReport($id: ID!) { analysisReport(id: $id) { ...ReportHead content } } fragment ReportHead on AnalysisReport { id kind period scope department version generatedAt generatedByName dueDate late sha256 }" } as TypedDocument<AnalysisReportResult, AnalysisReportVariables>;

export interface GenerateMonthlyReportResult {
  generateMonthlyReport: {
    id: string;
    kind: ReportKind;
    period: string;
    scope: ReportScope;
    department: string | null;
    version: number;
    generatedAt: string;
    generatedByName: string;
    dueDate: string;
    late: boolean;
    sha256: string;
    content: unknown;
  };
}
export interface GenerateMonthlyReportVariables {
  month: string;
  scope?: ReportScope | null;
  department?: string | null;
}
export const GenerateMonthlyReportDocument = { source: "mutation GenerateMonthlyReport($month: String!, $scope: ReportScope, $department: String) { generateMonthlyReport(month: $month, scope: $scope, department: $department) { ...ReportHead content } } fragment ReportHead on AnalysisReport { id kind period scope department version generatedAt generatedByName dueDate late sha256 }" } as TypedDocument<GenerateMonthlyReportResult, GenerateMonthlyReportVariables>;

export interface GenerateHalfYearReportResult {
  generateHalfYearReport: {
    id: string;
    kind: ReportKind;
    period: string;
    scope: ReportScope;
    department: string | null;
    version: number;
    generatedAt: string;
    generatedByName: string;
    dueDate: string;
    late: boolean;
    sha256: string;
    content: unknown;
  };
}
export interface GenerateHalfYearReportVariables {
  year: number;
  half: number;
}
export const GenerateHalfYearReportDocument = { source: "mutation GenerateHalfYearReport($year: Int!, $half: Int!) { generateHalfYearReport(year: $year, half: $half) { ...ReportHead content } } fragment ReportHead on AnalysisReport { id kind period scope department version generatedAt generatedByName dueDate late sha256 }" } as TypedDocument<GenerateHalfYearReportResult, GenerateHalfYearReportVariables>;

export interface GenerateAnnualSummaryResult {
  generateAnnualSummary: {
    id: string;
    kind: ReportKind;
    period: string;
    scope: ReportScope;
    department: string | null;
    version: number;
    generatedAt: string;
    generatedByName: string;
    dueDate: string;
    late: boolean;
    sha256: string;
    content: unknown;
  };
}
export interface GenerateAnnualSummaryVariables {
  year: number;
}
export const GenerateAnnualSummaryDocument = { source: "mutation GenerateAnnualSummary($year: Int!) { generateAnnualSummary(year: $year) { ...ReportHead content } } fragment ReportHead on AnalysisReport { id kind period scope department version generatedAt generatedByName dueDate late sha256 }" } as TypedDocument<GenerateAnnualSummaryResult, GenerateAnnualSummaryVariables>;
