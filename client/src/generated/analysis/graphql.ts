/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows an analysis; codes as clerks know them. Conditions that do not apply to the subject are refused, naming the field. */
export type AnalysisFilter = {
  /** Complaint cause categories. */
  causes?: Array<string> | null | undefined;
  /** Complaint channels. */
  channels?: Array<string> | null | undefined;
  /** Customer codes. */
  customers?: Array<string> | null | undefined;
  /** Defect causes (reworks only). */
  defectCauses?: Array<string> | null | undefined;
  /** Responsible departments (对策单位). */
  departments?: Array<string> | null | undefined;
  /** Complaint kinds. */
  kinds?: Array<string> | null | undefined;
  /** Product model codes. */
  models?: Array<string> | null | undefined;
  /** Part nos. (reworks only). */
  parts?: Array<string> | null | undefined;
  /** Serial no. contains. */
  serialNo?: string | null | undefined;
};

/** Defect cause code found by QA inspection. */
export type DefectCause =
  /** 装配不良 / Assembly */
  | 'ASSEMBLY'
  /** 设计缺陷 / Design */
  | 'DESIGN'
  /** 来料不良 / Incoming material */
  | 'MATERIAL'
  /** 使用不当 / Misuse */
  | 'MISUSE'
  /** 其他 / Other */
  | 'OTHER'
  /** 调试参数 / Setting */
  | 'SETTING'
  /** 运输损坏 / Transport damage */
  | 'TRANSPORT'
  /** 正常磨损 / Wear */
  | 'WEAR';

/** How complaint KPIs are grouped. */
export type KpiGroup =
  /** 按原因类别 (none → UNCLASSIFIED) */
  | 'CAUSE'
  /** 按渠道 */
  | 'CHANNEL'
  /** 按对策单位 (none → UNASSIGNED) */
  | 'DEPARTMENT'
  /** 按投诉类型 */
  | 'KIND'
  /** 按月 (key YYYY-MM; every month present) */
  | 'MONTH'
  /** 按产品型号 (key: model code; none → UNKNOWN) */
  | 'PRODUCT_MODEL'
  /** 按季度 (key YYYY-Qn) */
  | 'QUARTER';

/** What a Pareto adds up. */
export type ParetoMeasure =
  /** 成本 / rework cost (labour hours × rate + issued material); complaints: of the reworks that followed them */
  | 'COST'
  /** 件数 / rows */
  | 'COUNT';

/** What a Pareto groups. */
export type ParetoSubject =
  /** 投诉原因 / complaints received in the period by cause category (none → UNCLASSIFIED) */
  | 'COMPLAINT_CAUSE'
  /** 客户 / complaints received in the period by customer (none → ANONYMOUS) */
  | 'CUSTOMER'
  /** 不良原因 / rework orders opened in the period by defect cause (none → UNCLASSIFIED) */
  | 'DEFECT_CAUSE'
  /** 料号 / rework orders opened in the period by the part nos. on their material lists; cost = issued quantity × unit cost of that part */
  | 'PART'
  /** 产品型号 / rework orders opened in the period by model (none → UNKNOWN) */
  | 'PRODUCT_MODEL';

/** Which report. */
export type ReportKind =
  /** 年度总结 */
  | 'ANNUAL'
  /** 半年分析 */
  | 'HALF_YEAR'
  /** 月报 */
  | 'MONTHLY';

/** Whose report. */
export type ReportScope =
  /** 公司 */
  | 'COMPANY'
  /** 部门 */
  | 'DEPARTMENT';

/** Which date of a rework the period applies to. */
export type ReworkDate =
  /** 终检日期 */
  | 'FINISHED'
  /** 开单日期 */
  | 'OPENED';

/** How rework history is grouped (up to two). */
export type ReworkGroupKey =
  /** 客户 */
  | 'CUSTOMER'
  /** 不良原因 */
  | 'DEFECT_CAUSE'
  /** 月份 */
  | 'MONTH'
  /** 料号 (a rework counts once per part it lists; labour is not booked to parts) */
  | 'PART'
  /** 产品型号 */
  | 'PRODUCT_MODEL';

/** Which reworks a history covers. */
export type ReworkHistoryFilter = {
  /** Complaint cause categories. */
  causes?: Array<string> | null | undefined;
  /** Complaint channels. */
  channels?: Array<string> | null | undefined;
  /** Customer codes. */
  customers?: Array<string> | null | undefined;
  /** Date the period applies to. */
  dateField?: ReworkDate | null | undefined;
  /** Defect causes (reworks only). */
  defectCauses?: Array<string> | null | undefined;
  /** Responsible departments (对策单位). */
  departments?: Array<string> | null | undefined;
  /** First day, inclusive. */
  from: string;
  /** Complaint kinds. */
  kinds?: Array<string> | null | undefined;
  /** Product model codes. */
  models?: Array<string> | null | undefined;
  /** Part nos. (reworks only). */
  parts?: Array<string> | null | undefined;
  /** Serial no. contains. */
  serialNo?: string | null | undefined;
  /** Rework statuses. */
  statuses?: Array<string> | null | undefined;
  /** Last day, inclusive. */
  to: string;
};

/** Where a rework order is. */
export type ReworkStatus =
  /** 待料 / Awaiting material */
  | 'AWAITING_MATERIAL'
  /** 完成 / Done */
  | 'DONE'
  /** 终检 / Final inspection */
  | 'FINAL_INSPECTION'
  /** 检验中 / Inspecting */
  | 'INSPECTING'
  /** 已开单 / Open */
  | 'OPEN'
  /** 返工中 / Reworking */
  | 'REWORKING';

export type ProductModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductModelsQuery = { productModels: { edges: Array<{ node: { id: number, code: string, name: string, active: boolean | null } }> } };

export type ParetoQueryVariables = Exact<{
  subject: ParetoSubject;
  measure: ParetoMeasure;
  from: string;
  to: string;
  filter?: AnalysisFilter | null | undefined;
}>;


export type ParetoQuery = { pareto: { total: number, items: Array<{ key: string, label: string, value: number, share: number | null, cumulativeShare: number | null, vital: boolean, drill: { ledger: string, filter: Record<string, unknown> } }> } };

export type KpiFiguresFragment = { key: string, label: string, received: number, closed: number, closedOnTime: number, timelinessRate: number | null, closedWithCallback: number, callbackDue: number, callbacksDone: number, callbackRate: number | null, callbacks: number, satisfied: number, satisfactionRate: number | null, medianFirstResponseHours: number | null, firstResponseOnTimeRate: number | null, repeatRate: number | null, escalated: number, overdueOpen: number, receivedLastYear: number, yoyChange: number | null, drill: { ledger: string, filter: Record<string, unknown> } };

export type ComplaintKpisQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy?: KpiGroup | null | undefined;
  filter?: AnalysisFilter | null | undefined;
}>;


export type ComplaintKpisQuery = { complaintKpis: { rows: Array<{ key: string, label: string, received: number, closed: number, closedOnTime: number, timelinessRate: number | null, closedWithCallback: number, callbackDue: number, callbacksDone: number, callbackRate: number | null, callbacks: number, satisfied: number, satisfactionRate: number | null, medianFirstResponseHours: number | null, firstResponseOnTimeRate: number | null, repeatRate: number | null, escalated: number, overdueOpen: number, receivedLastYear: number, yoyChange: number | null, drill: { ledger: string, filter: Record<string, unknown> } }>, totals: { key: string, label: string, received: number, closed: number, closedOnTime: number, timelinessRate: number | null, closedWithCallback: number, callbackDue: number, callbacksDone: number, callbackRate: number | null, callbacks: number, satisfied: number, satisfactionRate: number | null, medianFirstResponseHours: number | null, firstResponseOnTimeRate: number | null, repeatRate: number | null, escalated: number, overdueOpen: number, receivedLastYear: number, yoyChange: number | null, drill: { ledger: string, filter: Record<string, unknown> } } } };

export type ReworkHistoryQueryVariables = Exact<{
  filter: ReworkHistoryFilter;
  groupBy?: Array<ReworkGroupKey> | ReworkGroupKey | null | undefined;
  first?: number | null | undefined;
}>;


export type ReworkHistoryQuery = { reworkHistory: { totals: { reworks: number, units: number, labourHours: number | null, labourCost: number | null, materialCost: number, totalCost: number, costPerUnit: number | null }, groups: Array<{ key: string, label: string, reworks: number, units: number, labourHours: number | null, labourCost: number | null, materialCost: number, totalCost: number, costPerUnit: number | null, keys: Array<{ by: ReworkGroupKey, key: string, label: string }>, drill: { ledger: string, filter: Record<string, unknown> } }>, rows: { totalCount: number, edges: Array<{ node: { id: number, reworkNo: string | null, createdAt: string, defectCause: DefectCause | null, status: ReworkStatus | null, model: { code: string } | null, archive: { serialNo: string, customer: { name: string } | null } | null, materialLines: Array<{ partNo: string }>, cost: { labour: number, material: number, total: number } } }> } } };

export type ReportHeadFragment = { id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string };

export type MonthlyReportsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MonthlyReportsQuery = { monthlyReports: Array<{ id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string }> };

export type PeriodicReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeriodicReportsQuery = { periodicReports: Array<{ id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string }> };

export type AnalysisReportQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalysisReportQuery = { analysisReport: { content: Record<string, unknown>, id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string } | null };

export type GenerateMonthlyReportMutationVariables = Exact<{
  month: string;
  scope?: ReportScope | null | undefined;
  department?: string | null | undefined;
}>;


export type GenerateMonthlyReportMutation = { generateMonthlyReport: { content: Record<string, unknown>, id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string } };

export type GenerateHalfYearReportMutationVariables = Exact<{
  year: number;
  half: number;
}>;


export type GenerateHalfYearReportMutation = { generateHalfYearReport: { content: Record<string, unknown>, id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string } };

export type GenerateAnnualSummaryMutationVariables = Exact<{
  year: number;
}>;


export type GenerateAnnualSummaryMutation = { generateAnnualSummary: { content: Record<string, unknown>, id: string, kind: ReportKind, period: string, scope: ReportScope, department: string | null, version: number, generatedAt: string, generatedByName: string, dueDate: string, late: boolean, sha256: string } };

export type SatisfactionByItemQueryVariables = Exact<{
  year: number;
}>;


export type SatisfactionByItemQuery = { satisfactionByItem: Array<{ code: string, name: string, questionnaires: number, satisfaction: number | null }> };

export const KpiFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"timelinessRate"}},{"kind":"Field","name":{"kind":"Name","value":"closedWithCallback"}},{"kind":"Field","name":{"kind":"Name","value":"callbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"callbackRate"}},{"kind":"Field","name":{"kind":"Name","value":"callbacks"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpen"}},{"kind":"Field","name":{"kind":"Name","value":"receivedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"yoyChange"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}}]}}]} as unknown as DocumentNode<KpiFiguresFragment, unknown>;
export const ReportHeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<ReportHeadFragment, unknown>;
export const ProductModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"code"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductModelsQuery, ProductModelsQueryVariables>;
export const ParetoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pareto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParetoSubject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParetoMeasure"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pareto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"vital"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParetoQuery, ParetoQueryVariables>;
export const ComplaintKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiGroup"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"timelinessRate"}},{"kind":"Field","name":{"kind":"Name","value":"closedWithCallback"}},{"kind":"Field","name":{"kind":"Name","value":"callbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"callbackRate"}},{"kind":"Field","name":{"kind":"Name","value":"callbacks"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpen"}},{"kind":"Field","name":{"kind":"Name","value":"receivedLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"yoyChange"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}}]}}]} as unknown as DocumentNode<ComplaintKpisQuery, ComplaintKpisQueryVariables>;
export const ReworkHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReworkHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReworkHistoryFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReworkGroupKey"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reworkHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"labourHours"}},{"kind":"Field","name":{"kind":"Name","value":"labourCost"}},{"kind":"Field","name":{"kind":"Name","value":"materialCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"costPerUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reworks"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"labourHours"}},{"kind":"Field","name":{"kind":"Name","value":"labourCost"}},{"kind":"Field","name":{"kind":"Name","value":"materialCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"costPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reworkNo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"defectCause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReworkHistoryQuery, ReworkHistoryQueryVariables>;
export const MonthlyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<MonthlyReportsQuery, MonthlyReportsQueryVariables>;
export const PeriodicReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodicReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodicReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<PeriodicReportsQuery, PeriodicReportsQueryVariables>;
export const AnalysisReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysisReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHead"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<AnalysisReportQuery, AnalysisReportQueryVariables>;
export const GenerateMonthlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateMonthlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateMonthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHead"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<GenerateMonthlyReportMutation, GenerateMonthlyReportMutationVariables>;
export const GenerateHalfYearReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateHalfYearReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"half"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateHalfYearReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"half"},"value":{"kind":"Variable","name":{"kind":"Name","value":"half"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHead"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<GenerateHalfYearReportMutation, GenerateHalfYearReportMutationVariables>;
export const GenerateAnnualSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateAnnualSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateAnnualSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHead"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]} as unknown as DocumentNode<GenerateAnnualSummaryMutation, GenerateAnnualSummaryMutationVariables>;
export const SatisfactionByItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionByItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfactionByItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]} as unknown as DocumentNode<SatisfactionByItemQuery, SatisfactionByItemQueryVariables>;