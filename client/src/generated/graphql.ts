// Generated from schema/schema.graphql — do not edit; run `npm run schema`.
/* eslint-disable */

export interface AnalysisFilter {
  causes?: Array<string> | null;
  channels?: Array<string> | null;
  customers?: Array<string> | null;
  defectCauses?: Array<string> | null;
  departments?: Array<string> | null;
  kinds?: Array<string> | null;
  models?: Array<string> | null;
  parts?: Array<string> | null;
}

export interface AnalysisReport {
  content: unknown;
  department: string | null;
  dueDate: string;
  generatedAt: string;
  generatedByName: string;
  id: string;
  kind: ReportKind;
  late: boolean;
  period: string;
  scope: ReportScope;
  sha256: string;
  version: number;
}

export interface AuditChainBreak {
  problem: string;
  seq: number;
}

export interface AuditChainReport {
  breaks: Array<AuditChainBreak>;
  checked: number;
  checkpointSeq: number | null;
  firstBrokenSeq: number | null;
  headHash: string;
  headSeq: number;
  ok: boolean;
  problem: string | null;
}

export interface AuditEvent {
  action: string;
  actionLabel: string;
  at: string;
  batchId: string;
  entity: string;
  entityId: number | null;
  field: string | null;
  hash: string;
  newValue: string | null;
  oldValue: string | null;
  reason: string | null;
  seq: number;
  userId: number | null;
  userName: string | null;
}

export interface AuditLogEntryType {
  action: string;
  actionLabel: string;
  at: string;
  entityId: number | null;
  field: string | null;
  fieldLabel: string | null;
  ledger: string;
  ledgerLabel: string;
  newValue: string | null;
  oldValue: string | null;
  reason: string | null;
  record: string | null;
  seq: number;
  userName: string;
}

export interface AuditLogFilterInput {
  action?: string | null;
  entityId?: number | null;
  from?: string | null;
  ledger?: string | null;
  to?: string | null;
  user?: string | null;
}

export interface AuditLogPage {
  entries: Array<AuditLogEntryType>;
  hasMore: boolean;
}

export interface BooleanFilter {
  eq?: boolean | null;
  isNull?: boolean | null;
}

export interface CalendarDay {
  createdAt: string;
  date: string;
  id: number;
  kind: DayKind;
  name: string | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface CalendarDayConflict {
  current: CalendarDay;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface CalendarDayConnection {
  edges: Array<CalendarDayEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface CalendarDayCreateRow {
  ref: string;
  values: CalendarDayValues;
}

export interface CalendarDayEdge {
  cursor: string;
  node: CalendarDay;
}

export interface CalendarDayFilter {
  createdAt?: DateTimeFilter | null;
  date?: DateFilter | null;
  id?: IntFilter | null;
  kind?: DayKindFilter | null;
  name?: StringFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface CalendarDayOrderBy {
  direction: SortDirection;
  field: CalendarDaySortField;
}

export type CalendarDaySortField = 'createdAt' | 'date' | 'id' | 'kind' | 'name' | 'updatedAt';

export interface CalendarDayUpdateRow {
  id: number;
  values: CalendarDayValues;
  version: number;
}

export interface CalendarDayValues {
  date?: string | null;
  kind?: DayKind | null;
  name?: string | null;
}

export interface Callback {
  archive: ServiceArchive | null;
  archiveId: number | null;
  callbackAt: string;
  callbackBy: string | null;
  callbackNo: string | null;
  complaint: Complaint | null;
  complaintId: number | null;
  content: string;
  createdAt: string;
  customer: Customer | null;
  customerId: number;
  id: number;
  kind: CallbackKind | null;
  method: CallbackMethod;
  outcome: CallbackOutcome | null;
  raisedComplaint: Complaint | null;
  raisedComplaintId: number | null;
  retryDate: string | null;
  satisfied: boolean | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface CallbackConflict {
  current: Callback;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface CallbackConnection {
  edges: Array<CallbackEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface CallbackCreateRow {
  ref: string;
  values: CallbackValues;
}

export interface CallbackEdge {
  cursor: string;
  node: Callback;
}

export interface CallbackFilter {
  archive?: ServiceArchiveFilter | null;
  archiveId?: IntFilter | null;
  callbackAt?: DateTimeFilter | null;
  callbackBy?: StringFilter | null;
  callbackNo?: StringFilter | null;
  complaint?: ComplaintFilter | null;
  complaintId?: IntFilter | null;
  content?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  customer?: CustomerFilter | null;
  customerId?: IntFilter | null;
  id?: IntFilter | null;
  kind?: CallbackKindFilter | null;
  method?: CallbackMethodFilter | null;
  outcome?: CallbackOutcomeFilter | null;
  raisedComplaint?: ComplaintFilter | null;
  raisedComplaintId?: IntFilter | null;
  retryDate?: DateFilter | null;
  satisfied?: BooleanFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export type CallbackKind = 'COMPLAINT' | 'MAINTENANCE' | 'SALE_VISIT' | 'SATISFACTION';

export interface CallbackKindFilter {
  eq?: CallbackKind | null;
  in?: Array<CallbackKind> | null;
  isNull?: boolean | null;
}

export type CallbackMethod = 'EMAIL' | 'LETTER' | 'PHONE' | 'VISIT' | 'WECHAT';

export interface CallbackMethodFilter {
  eq?: CallbackMethod | null;
  in?: Array<CallbackMethod> | null;
  isNull?: boolean | null;
}

export interface CallbackOrderBy {
  direction: SortDirection;
  field: CallbackSortField;
}

export type CallbackOutcome = 'NOT_REACHED' | 'REACHED';

export interface CallbackOutcomeFilter {
  eq?: CallbackOutcome | null;
  in?: Array<CallbackOutcome> | null;
  isNull?: boolean | null;
}

export interface CallbackPlanItem {
  customer: Customer;
  lastCallback: string | null;
  nextDue: string;
  overdue: boolean;
}

export type CallbackSortField = 'archiveId' | 'callbackAt' | 'callbackBy' | 'callbackNo' | 'complaintId' | 'createdAt' | 'customerId' | 'id' | 'kind' | 'method' | 'outcome' | 'raisedComplaintId' | 'retryDate' | 'satisfied' | 'updatedAt';

export interface CallbackUpdateRow {
  id: number;
  values: CallbackValues;
  version: number;
}

export interface CallbackValues {
  archive?: string | null;
  callbackAt?: string | null;
  callbackBy?: string | null;
  complaint?: string | null;
  content?: string | null;
  customer?: string | null;
  kind?: CallbackKind | null;
  method?: CallbackMethod | null;
  outcome?: CallbackOutcome | null;
  retryDate?: string | null;
  satisfied?: boolean | null;
}

export interface CellErrorType {
  code: string;
  field: string | null;
  message: string;
  row: string;
}

export interface ColumnMeta {
  backfill: boolean;
  createOnly: boolean;
  description: string | null;
  editable: boolean;
  en: string;
  enumValues: Array<EnumValueMeta> | null;
  field: string;
  filterable: boolean;
  initial: string | null;
  maxLength: number | null;
  refKey: string | null;
  refLedger: string | null;
  refName: string | null;
  required: boolean;
  sortable: boolean;
  storageField: string;
  type: string;
  width: number;
  zh: string;
}

export interface Complaint {
  acknowledgedAt: string | null;
  anonymous: boolean | null;
  approvalNote: string | null;
  archive: ServiceArchive | null;
  archiveId: number | null;
  availableActions: Array<WorkflowAction>;
  backfilled: boolean | null;
  callbackAt: string | null;
  callbackBy: string | null;
  callbackResult: string | null;
  causeCategory: ComplaintCause | null;
  channel: ComplaintChannel;
  claimAmount: number | null;
  closedAt: string | null;
  companyResponsible: boolean | null;
  complaintNo: string | null;
  contactEmail: string | null;
  contactName: string | null;
  contactPhone: string | null;
  containment: string | null;
  correctiveAction: string | null;
  createdAt: string;
  customer: Customer | null;
  customerId: number | null;
  deadlineExtended: boolean | null;
  deadlineProvisional: boolean | null;
  delayReason: string | null;
  description: string;
  dueAt: string | null;
  escalated: boolean | null;
  escalationReason: string | null;
  extensionReason: string | null;
  handlingScope: HandlingScope;
  id: number;
  isRepeat: boolean | null;
  kind: ComplaintKind;
  model: ProductModel | null;
  modelId: number | null;
  overdue: boolean;
  preventiveAction: string | null;
  productModel: string | null;
  proposalApprovedAt: string | null;
  proposalApprovedBy: string | null;
  receivedAt: string;
  receiver: string | null;
  rejectReason: string | null;
  remark: string | null;
  reopenCount: number | null;
  repliedAt: string | null;
  replyDueAt: string | null;
  responsibleDept: Department | null;
  responsibleDeptId: number | null;
  responsibleDeptText: string | null;
  result: string | null;
  rootCause: string | null;
  satisfied: boolean | null;
  secondsLate: number | null;
  secondsLeft: number | null;
  sendBackReason: string | null;
  serialNo: string | null;
  sourceCallback: Callback | null;
  sourceCallbackId: number | null;
  status: ComplaintStatus | null;
  updatedAt: string;
  verifiedAt: string | null;
  verifiedBy: string | null;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
  withdrawReason: string | null;
  withdrawnVoluntarily: boolean | null;
}

export type ComplaintCause = 'INTERNAL_MANAGEMENT' | 'OTHER' | 'QUALITY' | 'SERVICE_ATTITUDE' | 'SERVICE_CHANNEL' | 'SERVICE_PRODUCT' | 'VIOLATION' | 'WORK_ERROR';

export interface ComplaintCauseFilter {
  eq?: ComplaintCause | null;
  in?: Array<ComplaintCause> | null;
  isNull?: boolean | null;
}

export type ComplaintChannel = 'CALLBACK' | 'EMAIL' | 'HOTLINE' | 'LETTER' | 'MEDIA' | 'OTHER_DEPARTMENT' | 'PHONE' | 'STAFF' | 'SURVEY' | 'THIRD_PARTY' | 'VISIT';

export interface ComplaintChannelFilter {
  eq?: ComplaintChannel | null;
  in?: Array<ComplaintChannel> | null;
  isNull?: boolean | null;
}

export interface ComplaintConflict {
  current: Complaint;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface ComplaintConnection {
  edges: Array<ComplaintEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ComplaintCreateRow {
  ref: string;
  values: ComplaintValues;
}

export interface ComplaintEdge {
  cursor: string;
  node: Complaint;
}

export interface ComplaintFilter {
  acknowledgedAt?: DateTimeFilter | null;
  anonymous?: BooleanFilter | null;
  approvalNote?: StringFilter | null;
  archive?: ServiceArchiveFilter | null;
  archiveId?: IntFilter | null;
  backfilled?: BooleanFilter | null;
  callbackAt?: DateTimeFilter | null;
  callbackBy?: StringFilter | null;
  callbackResult?: StringFilter | null;
  causeCategory?: ComplaintCauseFilter | null;
  channel?: ComplaintChannelFilter | null;
  claimAmount?: FloatFilter | null;
  closedAt?: DateTimeFilter | null;
  companyResponsible?: BooleanFilter | null;
  complaintNo?: StringFilter | null;
  contactEmail?: StringFilter | null;
  contactName?: StringFilter | null;
  contactPhone?: StringFilter | null;
  containment?: StringFilter | null;
  correctiveAction?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  customer?: CustomerFilter | null;
  customerId?: IntFilter | null;
  deadlineExtended?: BooleanFilter | null;
  deadlineProvisional?: BooleanFilter | null;
  delayReason?: StringFilter | null;
  description?: StringFilter | null;
  dueAt?: DateTimeFilter | null;
  escalated?: BooleanFilter | null;
  escalationReason?: StringFilter | null;
  extensionReason?: StringFilter | null;
  handlingScope?: HandlingScopeFilter | null;
  id?: IntFilter | null;
  isRepeat?: BooleanFilter | null;
  kind?: ComplaintKindFilter | null;
  model?: ProductModelFilter | null;
  modelId?: IntFilter | null;
  preventiveAction?: StringFilter | null;
  productModel?: StringFilter | null;
  proposalApprovedAt?: DateTimeFilter | null;
  proposalApprovedBy?: StringFilter | null;
  receivedAt?: DateTimeFilter | null;
  receiver?: StringFilter | null;
  rejectReason?: StringFilter | null;
  remark?: StringFilter | null;
  reopenCount?: IntFilter | null;
  repliedAt?: DateTimeFilter | null;
  replyDueAt?: DateTimeFilter | null;
  responsibleDept?: DepartmentFilter | null;
  responsibleDeptId?: IntFilter | null;
  responsibleDeptText?: StringFilter | null;
  result?: StringFilter | null;
  rootCause?: StringFilter | null;
  satisfied?: BooleanFilter | null;
  sendBackReason?: StringFilter | null;
  serialNo?: StringFilter | null;
  sourceCallback?: CallbackFilter | null;
  sourceCallbackId?: IntFilter | null;
  status?: ComplaintStatusFilter | null;
  updatedAt?: DateTimeFilter | null;
  verifiedAt?: DateTimeFilter | null;
  verifiedBy?: StringFilter | null;
  withdrawReason?: StringFilter | null;
  withdrawnVoluntarily?: BooleanFilter | null;
}

export type ComplaintKind = 'APPEAL' | 'CLAIM' | 'NON_QUALITY';

export interface ComplaintKindFilter {
  eq?: ComplaintKind | null;
  in?: Array<ComplaintKind> | null;
  isNull?: boolean | null;
}

export interface ComplaintKpis {
  rows: Array<KpiRow>;
  totals: KpiRow;
}

export interface ComplaintOrderBy {
  direction: SortDirection;
  field: ComplaintSortField;
}

export type ComplaintSortField = 'acknowledgedAt' | 'anonymous' | 'approvalNote' | 'archiveId' | 'backfilled' | 'callbackAt' | 'callbackBy' | 'causeCategory' | 'channel' | 'claimAmount' | 'closedAt' | 'companyResponsible' | 'complaintNo' | 'contactEmail' | 'contactName' | 'contactPhone' | 'createdAt' | 'customerId' | 'deadlineExtended' | 'deadlineProvisional' | 'delayReason' | 'dueAt' | 'escalated' | 'escalationReason' | 'extensionReason' | 'handlingScope' | 'id' | 'isRepeat' | 'kind' | 'modelId' | 'productModel' | 'proposalApprovedAt' | 'proposalApprovedBy' | 'receivedAt' | 'receiver' | 'rejectReason' | 'reopenCount' | 'repliedAt' | 'replyDueAt' | 'responsibleDeptId' | 'responsibleDeptText' | 'satisfied' | 'sendBackReason' | 'serialNo' | 'sourceCallbackId' | 'status' | 'updatedAt' | 'verifiedAt' | 'verifiedBy' | 'withdrawReason' | 'withdrawnVoluntarily';

export type ComplaintStatus = 'ACKNOWLEDGED' | 'APPROVED' | 'CALLBACK' | 'CLOSED' | 'COUNTERMEASURE' | 'INVESTIGATING' | 'RECEIVED' | 'REJECTED' | 'REOPENED' | 'RESPONDED' | 'WITHDRAWN';

export interface ComplaintStatusFilter {
  eq?: ComplaintStatus | null;
  in?: Array<ComplaintStatus> | null;
  isNull?: boolean | null;
}

export interface ComplaintUpdateRow {
  id: number;
  values: ComplaintValues;
  version: number;
}

export interface ComplaintValues {
  acknowledgedAt?: string | null;
  anonymous?: boolean | null;
  backfilled?: boolean | null;
  callbackAt?: string | null;
  callbackBy?: string | null;
  callbackResult?: string | null;
  causeCategory?: ComplaintCause | null;
  channel?: ComplaintChannel | null;
  claimAmount?: number | null;
  closedAt?: string | null;
  companyResponsible?: boolean | null;
  contactEmail?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  containment?: string | null;
  correctiveAction?: string | null;
  customer?: string | null;
  delayReason?: string | null;
  description?: string | null;
  handlingScope?: HandlingScope | null;
  kind?: ComplaintKind | null;
  model?: string | null;
  preventiveAction?: string | null;
  receivedAt?: string | null;
  receiver?: string | null;
  rejectReason?: string | null;
  remark?: string | null;
  repliedAt?: string | null;
  responsibleDept?: string | null;
  result?: string | null;
  rootCause?: string | null;
  satisfied?: boolean | null;
  serialNo?: string | null;
  status?: ComplaintStatus | null;
  verifiedAt?: string | null;
  verifiedBy?: string | null;
  withdrawReason?: string | null;
  withdrawnVoluntarily?: boolean | null;
}

export interface CurrentUser {
  departmentId: number | null;
  displayName: string;
  id: number;
  mustChangePassword: boolean;
  role: Role;
  username: string;
}

export interface Customer {
  address: string | null;
  code: string;
  contactName: string | null;
  createdAt: string;
  id: number;
  name: string;
  phone: string | null;
  region: string | null;
  remark: string | null;
  tier: CustomerTier;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface CustomerConflict {
  current: Customer;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface CustomerConnection {
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface CustomerCreateRow {
  ref: string;
  values: CustomerValues;
}

export interface CustomerEdge {
  cursor: string;
  node: Customer;
}

export interface CustomerFilter {
  address?: StringFilter | null;
  code?: StringFilter | null;
  contactName?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  name?: StringFilter | null;
  phone?: StringFilter | null;
  region?: StringFilter | null;
  remark?: StringFilter | null;
  tier?: CustomerTierFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface CustomerOrderBy {
  direction: SortDirection;
  field: CustomerSortField;
}

export type CustomerSortField = 'code' | 'contactName' | 'createdAt' | 'id' | 'name' | 'phone' | 'region' | 'tier' | 'updatedAt';

export type CustomerTier = 'KEY' | 'LONG_TERM' | 'REGULAR';

export interface CustomerTierFilter {
  eq?: CustomerTier | null;
  in?: Array<CustomerTier> | null;
  isNull?: boolean | null;
}

export interface CustomerUpdateRow {
  id: number;
  values: CustomerValues;
  version: number;
}

export interface CustomerValues {
  address?: string | null;
  code?: string | null;
  contactName?: string | null;
  name?: string | null;
  phone?: string | null;
  region?: string | null;
  remark?: string | null;
  tier?: CustomerTier | null;
}

export interface DateFilter {
  eq?: string | null;
  gte?: string | null;
  in?: Array<string> | null;
  isNull?: boolean | null;
  lte?: string | null;
}

export interface DateTimeFilter {
  eq?: string | null;
  gte?: string | null;
  isNull?: boolean | null;
  lte?: string | null;
}

export type DayKind = 'HOLIDAY' | 'WORKDAY';

export interface DayKindFilter {
  eq?: DayKind | null;
  in?: Array<DayKind> | null;
  isNull?: boolean | null;
}

export type DefectCause = 'ASSEMBLY' | 'DESIGN' | 'MATERIAL' | 'MISUSE' | 'OTHER' | 'SETTING' | 'TRANSPORT' | 'WEAR';

export interface DefectCauseFilter {
  eq?: DefectCause | null;
  in?: Array<DefectCause> | null;
  isNull?: boolean | null;
}

export interface Department {
  code: string;
  createdAt: string;
  id: number;
  name: string;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface DepartmentConflict {
  current: Department;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface DepartmentConnection {
  edges: Array<DepartmentEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface DepartmentCreateRow {
  ref: string;
  values: DepartmentValues;
}

export interface DepartmentEdge {
  cursor: string;
  node: Department;
}

export interface DepartmentFilter {
  code?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  name?: StringFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface DepartmentOrderBy {
  direction: SortDirection;
  field: DepartmentSortField;
}

export type DepartmentSortField = 'code' | 'createdAt' | 'id' | 'name' | 'updatedAt';

export interface DepartmentUpdateRow {
  id: number;
  values: DepartmentValues;
  version: number;
}

export interface DepartmentValues {
  code?: string | null;
  name?: string | null;
}

export interface Drill {
  filter: unknown;
  ledger: string;
}

export interface EnumValueMeta {
  en: string;
  value: string;
  zh: string;
}

export interface FloatFilter {
  eq?: number | null;
  gte?: number | null;
  in?: Array<number> | null;
  isNull?: boolean | null;
  lte?: number | null;
}

export type HandlingScope = 'COMPLEX' | 'CROSS_DEPARTMENT' | 'CROSS_REGION' | 'DEPARTMENT' | 'ENQUIRY' | 'GENERAL';

export interface HandlingScopeFilter {
  eq?: HandlingScope | null;
  in?: Array<HandlingScope> | null;
  isNull?: boolean | null;
}

export type InspectionResult = 'ISSUE_FOUND' | 'NORMAL';

export interface InspectionResultFilter {
  eq?: InspectionResult | null;
  in?: Array<InspectionResult> | null;
  isNull?: boolean | null;
}

export interface IntFilter {
  eq?: number | null;
  gte?: number | null;
  in?: Array<number> | null;
  isNull?: boolean | null;
  lte?: number | null;
}

export interface ItemSatisfaction {
  code: string;
  name: string;
  questionnaires: number;
  satisfaction: number | null;
}

export type KpiGroup = 'CAUSE' | 'CHANNEL' | 'DEPARTMENT' | 'KIND' | 'MONTH' | 'PRODUCT_MODEL' | 'QUARTER';

export interface KpiRow {
  callbackRate: number | null;
  callbacks: number;
  closed: number;
  closedOnTime: number;
  closedWithCallback: number;
  drill: Drill;
  escalated: number;
  firstResponseOnTimeRate: number | null;
  key: string;
  label: string;
  medianFirstResponseHours: number | null;
  overdueOpen: number;
  received: number;
  receivedLastYear: number;
  repeatRate: number | null;
  satisfactionRate: number | null;
  satisfied: number;
  timelinessRate: number | null;
  yoyChange: number | null;
}

export interface LedgerAsOfPage {
  hasMore: boolean;
  rows: Array<RowAsOf>;
}

export interface LedgerMeta {
  backfillFlag: string | null;
  columns: Array<ColumnMeta>;
  defaultOrder: Array<OrderMeta>;
  departmentFilterField: string | null;
  en: string;
  gridSelection: string;
  hasActions: boolean;
  keyField: string | null;
  linesLedger: string | null;
  linesParentField: string | null;
  name: string;
  paperForms: Array<PaperFormMeta>;
  plural: string;
  quickFilters: Array<QuickFilterMeta>;
  typeName: string;
  writable: boolean;
  zh: string;
}

export interface LoginLock {
  client: string;
  failed: number;
  lockedUntil: string;
  subject: string;
}

export interface LoginResult {
  token: string;
  user: CurrentUser;
}

export type MaterialAction = 'ADD' | 'RECYCLE' | 'REMOVE';

export interface MaterialActionFilter {
  eq?: MaterialAction | null;
  in?: Array<MaterialAction> | null;
  isNull?: boolean | null;
}

export interface MaterialList {
  action: MaterialAction;
  createdAt: string;
  id: number;
  newSerial: string | null;
  oldSerial: string | null;
  partName: string;
  partNo: string;
  qty: number;
  remark: string | null;
  reworkOrder: ReworkOrder | null;
  reworkOrderId: number;
  unitCost: number;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface MaterialListConflict {
  current: MaterialList;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface MaterialListConnection {
  edges: Array<MaterialListEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface MaterialListCreateRow {
  ref: string;
  values: MaterialListValues;
}

export interface MaterialListEdge {
  cursor: string;
  node: MaterialList;
}

export interface MaterialListFilter {
  action?: MaterialActionFilter | null;
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  newSerial?: StringFilter | null;
  oldSerial?: StringFilter | null;
  partName?: StringFilter | null;
  partNo?: StringFilter | null;
  qty?: IntFilter | null;
  remark?: StringFilter | null;
  reworkOrder?: ReworkOrderFilter | null;
  reworkOrderId?: IntFilter | null;
  unitCost?: FloatFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface MaterialListOrderBy {
  direction: SortDirection;
  field: MaterialListSortField;
}

export type MaterialListSortField = 'action' | 'createdAt' | 'id' | 'newSerial' | 'oldSerial' | 'partName' | 'partNo' | 'qty' | 'reworkOrderId' | 'unitCost' | 'updatedAt';

export interface MaterialListUpdateRow {
  id: number;
  values: MaterialListValues;
  version: number;
}

export interface MaterialListValues {
  action?: MaterialAction | null;
  newSerial?: string | null;
  oldSerial?: string | null;
  partName?: string | null;
  partNo?: string | null;
  qty?: number | null;
  remark?: string | null;
  reworkOrder?: string | null;
  unitCost?: number | null;
}

export interface MaterialRequisition {
  availableActions: Array<WorkflowAction>;
  createdAt: string;
  id: number;
  issuedAt: string | null;
  issuedBy: string | null;
  lines: Array<RequisitionLine>;
  remark: string | null;
  reqNo: string | null;
  requestedBy: string | null;
  reworkOrder: ReworkOrder | null;
  reworkOrderId: number;
  status: RequisitionStatus | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
  warehouse: string;
}

export interface MaterialRequisitionConflict {
  current: MaterialRequisition;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface MaterialRequisitionConnection {
  edges: Array<MaterialRequisitionEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface MaterialRequisitionCreateRow {
  ref: string;
  values: MaterialRequisitionValues;
}

export interface MaterialRequisitionEdge {
  cursor: string;
  node: MaterialRequisition;
}

export interface MaterialRequisitionFilter {
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  issuedAt?: DateTimeFilter | null;
  issuedBy?: StringFilter | null;
  lines?: RequisitionLineFilter | null;
  remark?: StringFilter | null;
  reqNo?: StringFilter | null;
  requestedBy?: StringFilter | null;
  reworkOrder?: ReworkOrderFilter | null;
  reworkOrderId?: IntFilter | null;
  status?: RequisitionStatusFilter | null;
  updatedAt?: DateTimeFilter | null;
  warehouse?: StringFilter | null;
}

export interface MaterialRequisitionOrderBy {
  direction: SortDirection;
  field: MaterialRequisitionSortField;
}

export type MaterialRequisitionSortField = 'createdAt' | 'id' | 'issuedAt' | 'issuedBy' | 'reqNo' | 'requestedBy' | 'reworkOrderId' | 'status' | 'updatedAt' | 'warehouse';

export interface MaterialRequisitionUpdateRow {
  id: number;
  values: MaterialRequisitionValues;
  version: number;
}

export interface MaterialRequisitionValues {
  remark?: string | null;
  reworkOrder?: string | null;
  warehouse?: string | null;
}

export interface Mutation {
  acknowledgeComplaint: Complaint;
  approveComplaintProposal: Complaint;
  approveNotice: RewardPenaltyNotice;
  approveReturnOrder: ReturnOrder;
  changePassword: boolean;
  clearLoginLock: boolean;
  closeComplaint: Complaint;
  closeReturnOrder: ReturnOrder;
  countReturnOrder: ReturnOrder;
  deleteView: boolean;
  escalateComplaint: Complaint;
  extendComplaintDeadline: Complaint;
  feedbackReworkToSales: ReworkOrder;
  finishRework: ReworkOrder;
  generateAnnualSummary: AnalysisReport;
  generateHalfYearReport: AnalysisReport;
  generateMonthlyReport: AnalysisReport;
  issueRequisition: MaterialRequisition;
  login: LoginResult;
  logout: boolean;
  openReworkOrder: ReturnOrder;
  raiseComplaintFromCallback: SaveComplaintResult;
  recordComplaintCallback: Complaint;
  recordComplaintCountermeasure: Complaint;
  recordFinalInspection: ReworkOrder;
  recordReworkInspection: ReworkOrder;
  rejectComplaint: Complaint;
  rejectNotice: RewardPenaltyNotice;
  reopenComplaint: Complaint;
  resetPassword: OneTimePassword;
  respondToComplaint: Complaint;
  saveCalendarDays: SaveCalendarDayResult;
  saveCallbacks: SaveCallbackResult;
  saveComplaints: SaveComplaintResult;
  saveCustomers: SaveCustomerResult;
  saveDepartments: SaveDepartmentResult;
  saveMaterialLists: SaveMaterialListResult;
  saveMaterialRequisitions: SaveMaterialRequisitionResult;
  saveProductModels: SaveProductModelResult;
  saveRequisitionLines: SaveRequisitionLineResult;
  saveReturnOrders: SaveReturnOrderResult;
  saveRewardPenaltyNotices: SaveRewardPenaltyNoticeResult;
  saveReworkOrders: SaveReworkOrderResult;
  saveRoutineInspections: SaveRoutineInspectionResult;
  saveSatisfactionSurveys: SaveSatisfactionSurveyResult;
  saveServiceArchives: SaveServiceArchiveResult;
  saveSurveyItems: SaveSurveyItemResult;
  saveSurveyScores: SaveSurveyScoreResult;
  saveUsers: SaveUserResult;
  saveView: SavedView;
  saveWarrantyPolicys: SaveWarrantyPolicyResult;
  sendBackComplaintProposal: Complaint;
  startComplaintInvestigation: Complaint;
  startRework: ReworkOrder;
  startReworkInspection: ReworkOrder;
  submitNotice: RewardPenaltyNotice;
  verifyComplaintCountermeasure: Complaint;
  withdrawComplaint: Complaint;
}

export type NoticeKind = 'PENALTY' | 'REWARD';

export interface NoticeKindFilter {
  eq?: NoticeKind | null;
  in?: Array<NoticeKind> | null;
  isNull?: boolean | null;
}

export type NoticeStatus = 'APPROVED' | 'DRAFT' | 'REJECTED' | 'SUBMITTED';

export interface NoticeStatusFilter {
  eq?: NoticeStatus | null;
  in?: Array<NoticeStatus> | null;
  isNull?: boolean | null;
}

export interface OneTimePassword {
  password: string;
  username: string;
}

export interface OrderMeta {
  direction: string;
  field: string;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface PaperFormMeta {
  en: string;
  fields: Array<string>;
  key: string;
  signatures: Array<string>;
  withLines: boolean;
  zh: string;
}

export interface Pareto {
  items: Array<ParetoItem>;
  total: number;
}

export interface ParetoItem {
  cumulativeShare: number | null;
  drill: Drill;
  key: string;
  label: string;
  share: number | null;
  value: number;
  vital: boolean;
}

export type ParetoMeasure = 'COST' | 'COUNT';

export type ParetoSubject = 'COMPLAINT_CAUSE' | 'CUSTOMER' | 'DEFECT_CAUSE' | 'PART' | 'PRODUCT_MODEL';

export interface ProductModel {
  active: boolean | null;
  category: string | null;
  code: string;
  createdAt: string;
  id: number;
  name: string;
  remark: string | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface ProductModelConflict {
  current: ProductModel;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface ProductModelConnection {
  edges: Array<ProductModelEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ProductModelCreateRow {
  ref: string;
  values: ProductModelValues;
}

export interface ProductModelEdge {
  cursor: string;
  node: ProductModel;
}

export interface ProductModelFilter {
  active?: BooleanFilter | null;
  category?: StringFilter | null;
  code?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  name?: StringFilter | null;
  remark?: StringFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface ProductModelOrderBy {
  direction: SortDirection;
  field: ProductModelSortField;
}

export type ProductModelSortField = 'active' | 'category' | 'code' | 'createdAt' | 'id' | 'name' | 'updatedAt';

export interface ProductModelUpdateRow {
  id: number;
  values: ProductModelValues;
  version: number;
}

export interface ProductModelValues {
  active?: boolean | null;
  category?: string | null;
  code?: string | null;
  name?: string | null;
  remark?: string | null;
}

export interface Query {
  analysisReport: AnalysisReport | null;
  annualSummary: AnalysisReport | null;
  auditEvents: AuditLogPage;
  calendarDay: CalendarDay | null;
  calendarDays: CalendarDayConnection;
  callback: Callback | null;
  callbackPlan: Array<CallbackPlanItem>;
  callbacks: CallbackConnection;
  complaint: Complaint | null;
  complaintKpis: ComplaintKpis;
  complaints: ComplaintConnection;
  customer: Customer | null;
  customers: CustomerConnection;
  department: Department | null;
  departments: DepartmentConnection;
  halfYearReport: AnalysisReport | null;
  history: Array<AuditEvent>;
  ledgerAsOf: LedgerAsOfPage;
  ledgerDefinitions: Array<LedgerMeta>;
  loginLocks: Array<LoginLock>;
  materialLine: MaterialList | null;
  materialLists: MaterialListConnection;
  materialRequisition: MaterialRequisition | null;
  materialRequisitions: MaterialRequisitionConnection;
  me: CurrentUser;
  monthlyReports: Array<AnalysisReport>;
  myWork: Array<WorkItem>;
  overdueInspections: Array<RoutineInspection>;
  pareto: Pareto;
  periodicReports: Array<AnalysisReport>;
  productModel: ProductModel | null;
  productModels: ProductModelConnection;
  reconcileLedger: ReconcileReport;
  recordAsOf: RowAsOf | null;
  requisitionLine: RequisitionLine | null;
  requisitionLines: RequisitionLineConnection;
  returnOrder: ReturnOrder | null;
  returnOrders: ReturnOrderConnection;
  rewardPenaltyNotice: RewardPenaltyNotice | null;
  rewardPenaltyNotices: RewardPenaltyNoticeConnection;
  reworkHistory: ReworkHistory;
  reworkOrder: ReworkOrder | null;
  reworkOrders: ReworkOrderConnection;
  routineInspection: RoutineInspection | null;
  routineInspections: RoutineInspectionConnection;
  satisfactionByItem: Array<ItemSatisfaction>;
  satisfactionOfYear: SatisfactionSummary;
  satisfactionSurvey: SatisfactionSurvey | null;
  satisfactionSurveys: SatisfactionSurveyConnection;
  savedViews: Array<SavedView>;
  seriousComplaintsWithoutNotice: Array<Complaint>;
  serviceArchive: ServiceArchive | null;
  serviceArchiveByNo: ServiceArchive | null;
  serviceArchives: ServiceArchiveConnection;
  setupChecklist: Array<SetupItem>;
  surveyItem: SurveyItem | null;
  surveyItems: SurveyItemConnection;
  surveyScore: SurveyScore | null;
  surveyScores: SurveyScoreConnection;
  trailUsers: Array<TrailUser>;
  user: User | null;
  users: UserConnection;
  verifyAuditChain: AuditChainReport;
  warrantyPolicies: WarrantyPolicyConnection;
  warrantyPolicy: WarrantyPolicy | null;
  warrantyStatus: WarrantyStatus | null;
}

export interface QuickFilterMeta {
  en: string;
  filter: unknown;
  key: string;
  order: Array<OrderMeta>;
  zh: string;
}

export interface ReconcileField {
  audited: string | null;
  field: string;
  stored: string | null;
}

export interface ReconcileReport {
  checked: number;
  differing: number;
  ledger: string;
  rows: Array<ReconcileRow>;
}

export interface ReconcileRow {
  fields: Array<ReconcileField>;
  id: number;
  problem: string;
}

export type Remedy = 'CHARGED_REPAIR' | 'EXCHANGE' | 'FREE_REPAIR' | 'RETURN';

export interface RemedyFilter {
  eq?: Remedy | null;
  in?: Array<Remedy> | null;
  isNull?: boolean | null;
}

export type ReportKind = 'ANNUAL' | 'HALF_YEAR' | 'MONTHLY';

export type ReportScope = 'COMPANY' | 'DEPARTMENT';

export interface RequisitionLine {
  createdAt: string;
  id: number;
  partNo: string;
  qtyIssued: number | null;
  qtyRequested: number;
  requisition: MaterialRequisition | null;
  requisitionId: number;
  reworkOrder: ReworkOrder | null;
  reworkOrderId: number | null;
  unitCost: number | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface RequisitionLineConflict {
  current: RequisitionLine;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface RequisitionLineConnection {
  edges: Array<RequisitionLineEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface RequisitionLineCreateRow {
  ref: string;
  values: RequisitionLineValues;
}

export interface RequisitionLineEdge {
  cursor: string;
  node: RequisitionLine;
}

export interface RequisitionLineFilter {
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  partNo?: StringFilter | null;
  qtyIssued?: IntFilter | null;
  qtyRequested?: IntFilter | null;
  requisition?: MaterialRequisitionFilter | null;
  requisitionId?: IntFilter | null;
  reworkOrder?: ReworkOrderFilter | null;
  reworkOrderId?: IntFilter | null;
  unitCost?: FloatFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface RequisitionLineOrderBy {
  direction: SortDirection;
  field: RequisitionLineSortField;
}

export type RequisitionLineSortField = 'createdAt' | 'id' | 'partNo' | 'qtyIssued' | 'qtyRequested' | 'requisitionId' | 'reworkOrderId' | 'unitCost' | 'updatedAt';

export interface RequisitionLineUpdateRow {
  id: number;
  values: RequisitionLineValues;
  version: number;
}

export interface RequisitionLineValues {
  partNo?: string | null;
  qtyIssued?: number | null;
  qtyRequested?: number | null;
  requisition?: string | null;
}

export type RequisitionStatus = 'DRAFT' | 'ISSUED';

export interface RequisitionStatusFilter {
  eq?: RequisitionStatus | null;
  in?: Array<RequisitionStatus> | null;
  isNull?: boolean | null;
}

export interface ReturnOrder {
  amount: number | null;
  approvalNote: string | null;
  approvalReason: string | null;
  approvalRequired: boolean | null;
  approvedAt: string | null;
  approvedBy: string | null;
  archive: ServiceArchive | null;
  archiveId: number;
  availableActions: Array<WorkflowAction>;
  complaint: Complaint | null;
  complaintId: number | null;
  completedAt: string | null;
  createdAt: string;
  customer: Customer | null;
  customerId: number | null;
  decisionReason: string | null;
  fault: string;
  fee: number | null;
  flags: string | null;
  id: number;
  model: ProductModel | null;
  modelId: number | null;
  orderNo: string | null;
  qtyClaimed: number;
  qtyCounted: number | null;
  receivedAt: string;
  remark: string | null;
  reworkOrders: Array<ReworkOrder>;
  status: ReturnStatus | null;
  type: ReturnType;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
  warrantyDecision: Remedy | null;
}

export interface ReturnOrderConflict {
  current: ReturnOrder;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface ReturnOrderConnection {
  edges: Array<ReturnOrderEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ReturnOrderCreateRow {
  ref: string;
  values: ReturnOrderValues;
}

export interface ReturnOrderEdge {
  cursor: string;
  node: ReturnOrder;
}

export interface ReturnOrderFilter {
  amount?: FloatFilter | null;
  approvalNote?: StringFilter | null;
  approvalReason?: StringFilter | null;
  approvalRequired?: BooleanFilter | null;
  approvedAt?: DateTimeFilter | null;
  approvedBy?: StringFilter | null;
  archive?: ServiceArchiveFilter | null;
  archiveId?: IntFilter | null;
  complaint?: ComplaintFilter | null;
  complaintId?: IntFilter | null;
  completedAt?: DateTimeFilter | null;
  createdAt?: DateTimeFilter | null;
  customer?: CustomerFilter | null;
  customerId?: IntFilter | null;
  decisionReason?: StringFilter | null;
  fault?: StringFilter | null;
  fee?: FloatFilter | null;
  flags?: StringFilter | null;
  id?: IntFilter | null;
  model?: ProductModelFilter | null;
  modelId?: IntFilter | null;
  orderNo?: StringFilter | null;
  qtyClaimed?: IntFilter | null;
  qtyCounted?: IntFilter | null;
  receivedAt?: DateTimeFilter | null;
  remark?: StringFilter | null;
  status?: ReturnStatusFilter | null;
  type?: ReturnTypeFilter | null;
  updatedAt?: DateTimeFilter | null;
  warrantyDecision?: RemedyFilter | null;
}

export interface ReturnOrderOrderBy {
  direction: SortDirection;
  field: ReturnOrderSortField;
}

export type ReturnOrderSortField = 'amount' | 'approvalNote' | 'approvalReason' | 'approvalRequired' | 'approvedAt' | 'approvedBy' | 'archiveId' | 'complaintId' | 'completedAt' | 'createdAt' | 'customerId' | 'fee' | 'flags' | 'id' | 'modelId' | 'orderNo' | 'qtyClaimed' | 'qtyCounted' | 'receivedAt' | 'status' | 'type' | 'updatedAt' | 'warrantyDecision';

export interface ReturnOrderUpdateRow {
  id: number;
  values: ReturnOrderValues;
  version: number;
}

export interface ReturnOrderValues {
  amount?: number | null;
  archive?: string | null;
  complaint?: string | null;
  fault?: string | null;
  fee?: number | null;
  qtyClaimed?: number | null;
  receivedAt?: string | null;
  remark?: string | null;
  type?: ReturnType | null;
}

export type ReturnStatus = 'CLOSED' | 'COUNTED' | 'IN_REWORK' | 'REGISTERED' | 'REPAIRED';

export interface ReturnStatusFilter {
  eq?: ReturnStatus | null;
  in?: Array<ReturnStatus> | null;
  isNull?: boolean | null;
}

export type ReturnType = 'COMPENSATION' | 'EXCHANGE' | 'PRICE_REDUCTION' | 'REPAIR' | 'RETURN';

export interface ReturnTypeFilter {
  eq?: ReturnType | null;
  in?: Array<ReturnType> | null;
  isNull?: boolean | null;
}

export interface RevealedValueType {
  id: number;
  label: string;
  value: string;
}

export interface RewardPenaltyNotice {
  amount: number;
  approver: string | null;
  availableActions: Array<WorkflowAction>;
  bonusMonth: string;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  department: string | null;
  id: number;
  kind: NoticeKind;
  noticeNo: string | null;
  person: string | null;
  proposedBy: string | null;
  reason: string;
  sourceComplaint: Complaint | null;
  sourceComplaintId: number | null;
  sourceRework: ReworkOrder | null;
  sourceReworkId: number | null;
  status: NoticeStatus | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface RewardPenaltyNoticeConflict {
  current: RewardPenaltyNotice;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface RewardPenaltyNoticeConnection {
  edges: Array<RewardPenaltyNoticeEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface RewardPenaltyNoticeCreateRow {
  ref: string;
  values: RewardPenaltyNoticeValues;
}

export interface RewardPenaltyNoticeEdge {
  cursor: string;
  node: RewardPenaltyNotice;
}

export interface RewardPenaltyNoticeFilter {
  amount?: FloatFilter | null;
  approver?: StringFilter | null;
  bonusMonth?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  decidedAt?: DateTimeFilter | null;
  decisionNote?: StringFilter | null;
  department?: StringFilter | null;
  id?: IntFilter | null;
  kind?: NoticeKindFilter | null;
  noticeNo?: StringFilter | null;
  person?: StringFilter | null;
  proposedBy?: StringFilter | null;
  reason?: StringFilter | null;
  sourceComplaint?: ComplaintFilter | null;
  sourceComplaintId?: IntFilter | null;
  sourceRework?: ReworkOrderFilter | null;
  sourceReworkId?: IntFilter | null;
  status?: NoticeStatusFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface RewardPenaltyNoticeOrderBy {
  direction: SortDirection;
  field: RewardPenaltyNoticeSortField;
}

export type RewardPenaltyNoticeSortField = 'amount' | 'approver' | 'bonusMonth' | 'createdAt' | 'decidedAt' | 'department' | 'id' | 'kind' | 'noticeNo' | 'person' | 'proposedBy' | 'sourceComplaintId' | 'sourceReworkId' | 'status' | 'updatedAt';

export interface RewardPenaltyNoticeUpdateRow {
  id: number;
  values: RewardPenaltyNoticeValues;
  version: number;
}

export interface RewardPenaltyNoticeValues {
  amount?: number | null;
  bonusMonth?: string | null;
  department?: string | null;
  kind?: NoticeKind | null;
  person?: string | null;
  reason?: string | null;
  sourceComplaint?: string | null;
  sourceRework?: string | null;
}

export interface ReworkCost {
  labour: number;
  material: number;
  total: number;
}

export type ReworkDate = 'FINISHED' | 'OPENED';

export interface ReworkFigures {
  costPerUnit: number | null;
  labourCost: number | null;
  labourHours: number | null;
  materialCost: number;
  reworks: number;
  totalCost: number;
  units: number;
}

export interface ReworkGroup {
  costPerUnit: number | null;
  drill: Drill;
  key: string;
  keys: Array<ReworkGroupKeyValue>;
  label: string;
  labourCost: number | null;
  labourHours: number | null;
  materialCost: number;
  reworks: number;
  totalCost: number;
  units: number;
}

export type ReworkGroupKey = 'CUSTOMER' | 'DEFECT_CAUSE' | 'MONTH' | 'PART' | 'PRODUCT_MODEL';

export interface ReworkGroupKeyValue {
  by: ReworkGroupKey;
  key: string;
  label: string;
}

export interface ReworkHistory {
  groups: Array<ReworkGroup>;
  rows: ReworkOrderConnection;
  totals: ReworkFigures;
}

export interface ReworkHistoryFilter {
  causes?: Array<string> | null;
  channels?: Array<string> | null;
  customers?: Array<string> | null;
  dateField?: ReworkDate | null;
  defectCauses?: Array<string> | null;
  departments?: Array<string> | null;
  from: string;
  kinds?: Array<string> | null;
  models?: Array<string> | null;
  parts?: Array<string> | null;
  serialNo?: string | null;
  statuses?: Array<string> | null;
  to: string;
}

export interface ReworkOrder {
  archive: ServiceArchive | null;
  archiveId: number | null;
  availableActions: Array<WorkflowAction>;
  cost: ReworkCost;
  createdAt: string;
  defect: string | null;
  defectCause: DefectCause | null;
  feedbackAt: string | null;
  feedbackBy: string | null;
  finalInspectedAt: string | null;
  finalInspector: string | null;
  finalResult: string | null;
  id: number;
  inspectionResult: string | null;
  inspector: string | null;
  labourHours: number | null;
  labourRate: number | null;
  materialLines: Array<MaterialList>;
  model: ProductModel | null;
  modelId: number | null;
  partsNeeded: boolean | null;
  qty: number;
  remark: string | null;
  requisitions: Array<MaterialRequisition>;
  returnOrder: ReturnOrder | null;
  returnOrderId: number | null;
  reworkNo: string | null;
  status: ReworkStatus | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface ReworkOrderConflict {
  current: ReworkOrder;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface ReworkOrderConnection {
  edges: Array<ReworkOrderEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ReworkOrderCreateRow {
  ref: string;
  values: ReworkOrderValues;
}

export interface ReworkOrderEdge {
  cursor: string;
  node: ReworkOrder;
}

export interface ReworkOrderFilter {
  archive?: ServiceArchiveFilter | null;
  archiveId?: IntFilter | null;
  createdAt?: DateTimeFilter | null;
  defect?: StringFilter | null;
  defectCause?: DefectCauseFilter | null;
  feedbackAt?: DateTimeFilter | null;
  feedbackBy?: StringFilter | null;
  finalInspectedAt?: DateTimeFilter | null;
  finalInspector?: StringFilter | null;
  finalResult?: StringFilter | null;
  id?: IntFilter | null;
  inspectionResult?: StringFilter | null;
  inspector?: StringFilter | null;
  labourHours?: FloatFilter | null;
  labourRate?: FloatFilter | null;
  lines?: MaterialListFilter | null;
  model?: ProductModelFilter | null;
  modelId?: IntFilter | null;
  partsNeeded?: BooleanFilter | null;
  qty?: IntFilter | null;
  remark?: StringFilter | null;
  returnOrder?: ReturnOrderFilter | null;
  returnOrderId?: IntFilter | null;
  reworkNo?: StringFilter | null;
  status?: ReworkStatusFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface ReworkOrderOrderBy {
  direction: SortDirection;
  field: ReworkOrderSortField;
}

export type ReworkOrderSortField = 'archiveId' | 'createdAt' | 'defectCause' | 'feedbackAt' | 'feedbackBy' | 'finalInspectedAt' | 'finalInspector' | 'id' | 'inspector' | 'labourHours' | 'labourRate' | 'modelId' | 'partsNeeded' | 'qty' | 'returnOrderId' | 'reworkNo' | 'status' | 'updatedAt';

export interface ReworkOrderUpdateRow {
  id: number;
  values: ReworkOrderValues;
  version: number;
}

export interface ReworkOrderValues {
  defect?: string | null;
  labourHours?: number | null;
  labourRate?: number | null;
  qty?: number | null;
  remark?: string | null;
}

export type ReworkStatus = 'AWAITING_MATERIAL' | 'DONE' | 'FINAL_INSPECTION' | 'INSPECTING' | 'OPEN' | 'REWORKING';

export interface ReworkStatusFilter {
  eq?: ReworkStatus | null;
  in?: Array<ReworkStatus> | null;
  isNull?: boolean | null;
}

export type Role = 'ADMIN' | 'AUDITOR' | 'CLERK' | 'MANAGER' | 'PMC' | 'PRODUCTION' | 'QUALITY';

export interface RoleFilter {
  eq?: Role | null;
  in?: Array<Role> | null;
  isNull?: boolean | null;
}

export interface RoutineInspection {
  archive: ServiceArchive | null;
  archiveId: number;
  createdAt: string;
  doneAt: string | null;
  doneBy: string | null;
  dueDate: string;
  findings: string | null;
  id: number;
  planMonth: number | null;
  result: InspectionResult | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface RoutineInspectionConflict {
  current: RoutineInspection;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface RoutineInspectionConnection {
  edges: Array<RoutineInspectionEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface RoutineInspectionCreateRow {
  ref: string;
  values: RoutineInspectionValues;
}

export interface RoutineInspectionEdge {
  cursor: string;
  node: RoutineInspection;
}

export interface RoutineInspectionFilter {
  archive?: ServiceArchiveFilter | null;
  archiveId?: IntFilter | null;
  createdAt?: DateTimeFilter | null;
  doneAt?: DateFilter | null;
  doneBy?: StringFilter | null;
  dueDate?: DateFilter | null;
  findings?: StringFilter | null;
  id?: IntFilter | null;
  planMonth?: IntFilter | null;
  result?: InspectionResultFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface RoutineInspectionOrderBy {
  direction: SortDirection;
  field: RoutineInspectionSortField;
}

export type RoutineInspectionSortField = 'archiveId' | 'createdAt' | 'doneAt' | 'doneBy' | 'dueDate' | 'id' | 'planMonth' | 'result' | 'updatedAt';

export interface RoutineInspectionUpdateRow {
  id: number;
  values: RoutineInspectionValues;
  version: number;
}

export interface RoutineInspectionValues {
  archive?: string | null;
  doneAt?: string | null;
  doneBy?: string | null;
  dueDate?: string | null;
  findings?: string | null;
  result?: InspectionResult | null;
}

export interface RowAsOf {
  cells: unknown;
  display: unknown | null;
  id: number;
  voided: boolean;
}

export interface SatisfactionSummary {
  customersNotSurveyed: number;
  customersNotSurveyedIds: Array<number>;
  customersSurveyed: number;
  questionnaires: number;
  satisfaction: number | null;
  year: number;
}

export interface SatisfactionSurvey {
  comments: string | null;
  createdAt: string;
  customer: Customer | null;
  customerId: number;
  id: number;
  maxScore: number;
  rawScore: number;
  score: number | null;
  surveyDate: string;
  surveyNo: string | null;
  surveyor: string | null;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface SatisfactionSurveyConflict {
  current: SatisfactionSurvey;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface SatisfactionSurveyConnection {
  edges: Array<SatisfactionSurveyEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface SatisfactionSurveyCreateRow {
  ref: string;
  values: SatisfactionSurveyValues;
}

export interface SatisfactionSurveyEdge {
  cursor: string;
  node: SatisfactionSurvey;
}

export interface SatisfactionSurveyFilter {
  comments?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  customer?: CustomerFilter | null;
  customerId?: IntFilter | null;
  id?: IntFilter | null;
  lines?: SurveyScoreFilter | null;
  maxScore?: FloatFilter | null;
  rawScore?: FloatFilter | null;
  score?: FloatFilter | null;
  surveyDate?: DateFilter | null;
  surveyNo?: StringFilter | null;
  surveyor?: StringFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface SatisfactionSurveyOrderBy {
  direction: SortDirection;
  field: SatisfactionSurveySortField;
}

export type SatisfactionSurveySortField = 'createdAt' | 'customerId' | 'id' | 'maxScore' | 'rawScore' | 'score' | 'surveyDate' | 'surveyNo' | 'surveyor' | 'updatedAt';

export interface SatisfactionSurveyUpdateRow {
  id: number;
  values: SatisfactionSurveyValues;
  version: number;
}

export interface SatisfactionSurveyValues {
  comments?: string | null;
  customer?: string | null;
  maxScore?: number | null;
  rawScore?: number | null;
  surveyDate?: string | null;
  surveyor?: string | null;
}

export interface SaveCalendarDayInput {
  creates?: Array<CalendarDayCreateRow> | null;
  updates?: Array<CalendarDayUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveCalendarDayResult {
  batchId: string | null;
  conflicts: Array<CalendarDayConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<CalendarDay>;
  saved: Array<SavedRow>;
}

export interface SaveCallbackInput {
  creates?: Array<CallbackCreateRow> | null;
  updates?: Array<CallbackUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveCallbackResult {
  batchId: string | null;
  conflicts: Array<CallbackConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<Callback>;
  saved: Array<SavedRow>;
}

export interface SaveComplaintInput {
  creates?: Array<ComplaintCreateRow> | null;
  updates?: Array<ComplaintUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveComplaintResult {
  batchId: string | null;
  conflicts: Array<ComplaintConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<Complaint>;
  saved: Array<SavedRow>;
}

export interface SaveCustomerInput {
  creates?: Array<CustomerCreateRow> | null;
  updates?: Array<CustomerUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveCustomerResult {
  batchId: string | null;
  conflicts: Array<CustomerConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<Customer>;
  saved: Array<SavedRow>;
}

export interface SaveDepartmentInput {
  creates?: Array<DepartmentCreateRow> | null;
  updates?: Array<DepartmentUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveDepartmentResult {
  batchId: string | null;
  conflicts: Array<DepartmentConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<Department>;
  saved: Array<SavedRow>;
}

export interface SaveMaterialListInput {
  creates?: Array<MaterialListCreateRow> | null;
  updates?: Array<MaterialListUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveMaterialListResult {
  batchId: string | null;
  conflicts: Array<MaterialListConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<MaterialList>;
  saved: Array<SavedRow>;
}

export interface SaveMaterialRequisitionInput {
  creates?: Array<MaterialRequisitionCreateRow> | null;
  lines?: SaveRequisitionLineInput | null;
  updates?: Array<MaterialRequisitionUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveMaterialRequisitionResult {
  batchId: string | null;
  conflicts: Array<MaterialRequisitionConflict>;
  errors: Array<CellErrorType>;
  lines: SaveRequisitionLineResult | null;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<MaterialRequisition>;
  saved: Array<SavedRow>;
}

export interface SaveProductModelInput {
  creates?: Array<ProductModelCreateRow> | null;
  updates?: Array<ProductModelUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveProductModelResult {
  batchId: string | null;
  conflicts: Array<ProductModelConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<ProductModel>;
  saved: Array<SavedRow>;
}

export interface SaveRequisitionLineInput {
  creates?: Array<RequisitionLineCreateRow> | null;
  updates?: Array<RequisitionLineUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveRequisitionLineResult {
  batchId: string | null;
  conflicts: Array<RequisitionLineConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<RequisitionLine>;
  saved: Array<SavedRow>;
}

export interface SaveReturnOrderInput {
  creates?: Array<ReturnOrderCreateRow> | null;
  updates?: Array<ReturnOrderUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveReturnOrderResult {
  batchId: string | null;
  conflicts: Array<ReturnOrderConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<ReturnOrder>;
  saved: Array<SavedRow>;
}

export interface SaveRewardPenaltyNoticeInput {
  creates?: Array<RewardPenaltyNoticeCreateRow> | null;
  updates?: Array<RewardPenaltyNoticeUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveRewardPenaltyNoticeResult {
  batchId: string | null;
  conflicts: Array<RewardPenaltyNoticeConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<RewardPenaltyNotice>;
  saved: Array<SavedRow>;
}

export interface SaveReworkOrderInput {
  creates?: Array<ReworkOrderCreateRow> | null;
  lines?: SaveMaterialListInput | null;
  updates?: Array<ReworkOrderUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveReworkOrderResult {
  batchId: string | null;
  conflicts: Array<ReworkOrderConflict>;
  errors: Array<CellErrorType>;
  lines: SaveMaterialListResult | null;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<ReworkOrder>;
  saved: Array<SavedRow>;
}

export interface SaveRoutineInspectionInput {
  creates?: Array<RoutineInspectionCreateRow> | null;
  updates?: Array<RoutineInspectionUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveRoutineInspectionResult {
  batchId: string | null;
  conflicts: Array<RoutineInspectionConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<RoutineInspection>;
  saved: Array<SavedRow>;
}

export interface SaveSatisfactionSurveyInput {
  creates?: Array<SatisfactionSurveyCreateRow> | null;
  lines?: SaveSurveyScoreInput | null;
  updates?: Array<SatisfactionSurveyUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveSatisfactionSurveyResult {
  batchId: string | null;
  conflicts: Array<SatisfactionSurveyConflict>;
  errors: Array<CellErrorType>;
  lines: SaveSurveyScoreResult | null;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<SatisfactionSurvey>;
  saved: Array<SavedRow>;
}

export interface SaveServiceArchiveInput {
  creates?: Array<ServiceArchiveCreateRow> | null;
  updates?: Array<ServiceArchiveUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveServiceArchiveResult {
  batchId: string | null;
  conflicts: Array<ServiceArchiveConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<ServiceArchive>;
  saved: Array<SavedRow>;
}

export interface SaveSurveyItemInput {
  creates?: Array<SurveyItemCreateRow> | null;
  updates?: Array<SurveyItemUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveSurveyItemResult {
  batchId: string | null;
  conflicts: Array<SurveyItemConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<SurveyItem>;
  saved: Array<SavedRow>;
}

export interface SaveSurveyScoreInput {
  creates?: Array<SurveyScoreCreateRow> | null;
  updates?: Array<SurveyScoreUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveSurveyScoreResult {
  batchId: string | null;
  conflicts: Array<SurveyScoreConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<SurveyScore>;
  saved: Array<SavedRow>;
}

export interface SaveUserInput {
  creates?: Array<UserCreateRow> | null;
  updates?: Array<UserUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveUserResult {
  batchId: string | null;
  conflicts: Array<UserConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<User>;
  saved: Array<SavedRow>;
}

export interface SaveWarrantyPolicyInput {
  creates?: Array<WarrantyPolicyCreateRow> | null;
  updates?: Array<WarrantyPolicyUpdateRow> | null;
  voids?: Array<VoidRowInput> | null;
}

export interface SaveWarrantyPolicyResult {
  batchId: string | null;
  conflicts: Array<WarrantyPolicyConflict>;
  errors: Array<CellErrorType>;
  ok: boolean;
  revealed: Array<RevealedValueType>;
  rows: Array<WarrantyPolicy>;
  saved: Array<SavedRow>;
}

export interface SavedRow {
  id: number;
  row: string;
  version: number;
}

export interface SavedView {
  id: string;
  ledger: string;
  name: string;
  state: unknown;
  updatedAt: string;
}

export interface ServiceArchive {
  acceptanceDate: string | null;
  archiveNo: string | null;
  contactName: string | null;
  contactPhone: string | null;
  createdAt: string;
  customer: Customer | null;
  customerId: number;
  id: number;
  installAddress: string | null;
  invoiceDate: string;
  model: ProductModel | null;
  modelId: number | null;
  policy: WarrantyPolicy | null;
  policyId: number;
  remark: string | null;
  salesRep: string | null;
  serialNo: string;
  timeline: Array<TimelineEvent>;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
  warranty: WarrantyStatus | null;
}

export interface ServiceArchiveConflict {
  current: ServiceArchive;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface ServiceArchiveConnection {
  edges: Array<ServiceArchiveEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ServiceArchiveCreateRow {
  ref: string;
  values: ServiceArchiveValues;
}

export interface ServiceArchiveEdge {
  cursor: string;
  node: ServiceArchive;
}

export interface ServiceArchiveFilter {
  acceptanceDate?: DateFilter | null;
  archiveNo?: StringFilter | null;
  contactName?: StringFilter | null;
  contactPhone?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  customer?: CustomerFilter | null;
  customerId?: IntFilter | null;
  id?: IntFilter | null;
  installAddress?: StringFilter | null;
  invoiceDate?: DateFilter | null;
  model?: ProductModelFilter | null;
  modelId?: IntFilter | null;
  policy?: WarrantyPolicyFilter | null;
  policyId?: IntFilter | null;
  remark?: StringFilter | null;
  salesRep?: StringFilter | null;
  serialNo?: StringFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface ServiceArchiveOrderBy {
  direction: SortDirection;
  field: ServiceArchiveSortField;
}

export type ServiceArchiveSortField = 'acceptanceDate' | 'archiveNo' | 'contactName' | 'contactPhone' | 'createdAt' | 'customerId' | 'id' | 'invoiceDate' | 'modelId' | 'policyId' | 'salesRep' | 'serialNo' | 'updatedAt';

export interface ServiceArchiveUpdateRow {
  id: number;
  values: ServiceArchiveValues;
  version: number;
}

export interface ServiceArchiveValues {
  acceptanceDate?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  customer?: string | null;
  installAddress?: string | null;
  invoiceDate?: string | null;
  policy?: string | null;
  remark?: string | null;
  salesRep?: string | null;
  serialNo?: string | null;
}

export interface SetupItem {
  detail: string;
  done: boolean;
  key: string;
  label: string;
}

export type SortDirection = 'ASC' | 'DESC';

export interface StringFilter {
  contains?: string | null;
  eq?: string | null;
  gte?: string | null;
  in?: Array<string> | null;
  isNull?: boolean | null;
  lte?: string | null;
}

export interface SurveyItem {
  active: boolean | null;
  code: string;
  createdAt: string;
  id: number;
  maxScore: number;
  name: string;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface SurveyItemConflict {
  current: SurveyItem;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface SurveyItemConnection {
  edges: Array<SurveyItemEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface SurveyItemCreateRow {
  ref: string;
  values: SurveyItemValues;
}

export interface SurveyItemEdge {
  cursor: string;
  node: SurveyItem;
}

export interface SurveyItemFilter {
  active?: BooleanFilter | null;
  code?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  maxScore?: FloatFilter | null;
  name?: StringFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface SurveyItemOrderBy {
  direction: SortDirection;
  field: SurveyItemSortField;
}

export type SurveyItemSortField = 'active' | 'code' | 'createdAt' | 'id' | 'maxScore' | 'name' | 'updatedAt';

export interface SurveyItemUpdateRow {
  id: number;
  values: SurveyItemValues;
  version: number;
}

export interface SurveyItemValues {
  active?: boolean | null;
  code?: string | null;
  maxScore?: number | null;
  name?: string | null;
}

export interface SurveyScore {
  createdAt: string;
  id: number;
  item: SurveyItem | null;
  itemId: number;
  score: number;
  survey: SatisfactionSurvey | null;
  surveyId: number;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface SurveyScoreConflict {
  current: SurveyScore;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface SurveyScoreConnection {
  edges: Array<SurveyScoreEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface SurveyScoreCreateRow {
  ref: string;
  values: SurveyScoreValues;
}

export interface SurveyScoreEdge {
  cursor: string;
  node: SurveyScore;
}

export interface SurveyScoreFilter {
  createdAt?: DateTimeFilter | null;
  id?: IntFilter | null;
  item?: SurveyItemFilter | null;
  itemId?: IntFilter | null;
  score?: FloatFilter | null;
  survey?: SatisfactionSurveyFilter | null;
  surveyId?: IntFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export interface SurveyScoreOrderBy {
  direction: SortDirection;
  field: SurveyScoreSortField;
}

export type SurveyScoreSortField = 'createdAt' | 'id' | 'itemId' | 'score' | 'surveyId' | 'updatedAt';

export interface SurveyScoreUpdateRow {
  id: number;
  values: SurveyScoreValues;
  version: number;
}

export interface SurveyScoreValues {
  item?: string | null;
  score?: number | null;
  survey?: string | null;
}

export interface TimelineEvent {
  at: string;
  children: Array<TimelineEvent>;
  detail: string | null;
  id: number;
  kind: string;
  ledger: string;
  number: string | null;
  status: string | null;
  title: string;
}

export interface TrailUser {
  displayName: string;
  username: string;
}

export interface User {
  active: boolean | null;
  createdAt: string;
  department: Department | null;
  departmentId: number | null;
  deptHead: boolean | null;
  displayName: string;
  id: number;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
  role: Role;
  updatedAt: string;
  username: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface UserConflict {
  current: User;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface UserConnection {
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface UserCreateRow {
  ref: string;
  values: UserValues;
}

export interface UserEdge {
  cursor: string;
  node: User;
}

export interface UserFilter {
  active?: BooleanFilter | null;
  createdAt?: DateTimeFilter | null;
  department?: DepartmentFilter | null;
  departmentId?: IntFilter | null;
  deptHead?: BooleanFilter | null;
  displayName?: StringFilter | null;
  id?: IntFilter | null;
  role?: RoleFilter | null;
  updatedAt?: DateTimeFilter | null;
  username?: StringFilter | null;
}

export interface UserOrderBy {
  direction: SortDirection;
  field: UserSortField;
}

export type UserSortField = 'active' | 'createdAt' | 'departmentId' | 'deptHead' | 'displayName' | 'id' | 'role' | 'updatedAt' | 'username';

export interface UserUpdateRow {
  id: number;
  values: UserValues;
  version: number;
}

export interface UserValues {
  active?: boolean | null;
  department?: string | null;
  deptHead?: boolean | null;
  displayName?: string | null;
  role?: Role | null;
  username?: string | null;
}

export interface VoidRowInput {
  id: number;
  reason: string;
  version: number;
}

export interface WarrantyPolicy {
  consumerSanbao: boolean | null;
  contractNo: string | null;
  createdAt: string;
  exchangeDays: number | null;
  id: number;
  inspectionMonths: string | null;
  model: ProductModel | null;
  modelCode: string;
  modelId: number;
  modelName: string;
  remark: string | null;
  returnDays: number | null;
  startBasis: WarrantyStartBasis;
  updatedAt: string;
  version: number;
  voidReason: string | null;
  voidedAt: string | null;
  warrantyMonths: number;
}

export interface WarrantyPolicyConflict {
  current: WarrantyPolicy;
  fields: Array<string>;
  id: number;
  row: string;
}

export interface WarrantyPolicyConnection {
  edges: Array<WarrantyPolicyEdge>;
  pageInfo: PageInfo;
  totalCount: number;
}

export interface WarrantyPolicyCreateRow {
  ref: string;
  values: WarrantyPolicyValues;
}

export interface WarrantyPolicyEdge {
  cursor: string;
  node: WarrantyPolicy;
}

export interface WarrantyPolicyFilter {
  consumerSanbao?: BooleanFilter | null;
  contractNo?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  exchangeDays?: IntFilter | null;
  id?: IntFilter | null;
  inspectionMonths?: StringFilter | null;
  model?: ProductModelFilter | null;
  modelCode?: StringFilter | null;
  modelId?: IntFilter | null;
  modelName?: StringFilter | null;
  remark?: StringFilter | null;
  returnDays?: IntFilter | null;
  startBasis?: WarrantyStartBasisFilter | null;
  updatedAt?: DateTimeFilter | null;
  warrantyMonths?: IntFilter | null;
}

export interface WarrantyPolicyOrderBy {
  direction: SortDirection;
  field: WarrantyPolicySortField;
}

export type WarrantyPolicySortField = 'consumerSanbao' | 'contractNo' | 'createdAt' | 'exchangeDays' | 'id' | 'modelCode' | 'modelId' | 'modelName' | 'returnDays' | 'startBasis' | 'updatedAt' | 'warrantyMonths';

export interface WarrantyPolicyUpdateRow {
  id: number;
  values: WarrantyPolicyValues;
  version: number;
}

export interface WarrantyPolicyValues {
  consumerSanbao?: boolean | null;
  contractNo?: string | null;
  exchangeDays?: number | null;
  inspectionMonths?: string | null;
  model?: string | null;
  modelCode?: string | null;
  modelName?: string | null;
  remark?: string | null;
  returnDays?: number | null;
  startBasis?: WarrantyStartBasis | null;
  warrantyMonths?: number | null;
}

export type WarrantyStartBasis = 'ACCEPTANCE' | 'INVOICE';

export interface WarrantyStartBasisFilter {
  eq?: WarrantyStartBasis | null;
  in?: Array<WarrantyStartBasis> | null;
  isNull?: boolean | null;
}

export interface WarrantyStatus {
  asOf: string;
  daysLeft: number;
  end: string;
  exchangeUntil: string | null;
  extensionDays: number;
  flags: Array<string>;
  inWarranty: boolean;
  provisional: boolean;
  reason: string;
  remedy: string;
  restartedOn: string | null;
  returnUntil: string | null;
  serialNo: string;
  start: string;
}

export interface WorkItem {
  count: number;
  filter: unknown | null;
  key: string;
  label: string;
  ledger: string;
  order: Array<WorkOrder>;
  urgent: boolean;
}

export interface WorkOrder {
  direction: string;
  field: string;
}

export interface WorkflowAction {
  label: string;
  mutation: string;
  name: string;
  needs: Array<string>;
}
