// Generated from schema/schema.graphql — do not edit; run `npm run schema`.
/* eslint-disable */

export interface AuditChainReport {
  checked: number;
  firstBrokenSeq: number | null;
  headHash: string;
  headSeq: number;
  ok: boolean;
  problem: string | null;
}

export interface AuditEvent {
  action: string;
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

export interface BooleanFilter {
  eq?: boolean | null;
  isNull?: boolean | null;
}

export interface CellErrorType {
  code: string;
  field: string | null;
  message: string;
  row: string;
}

export interface ColumnMeta {
  description: string | null;
  editable: boolean;
  en: string;
  enumValues: Array<EnumValueMeta> | null;
  field: string;
  filterable: boolean;
  maxLength: number | null;
  refKey: string | null;
  refLedger: string | null;
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
  availableActions: Array<WorkflowAction>;
  callbackAt: string | null;
  callbackBy: string | null;
  callbackResult: string | null;
  causeCategory: ComplaintCause | null;
  channel: ComplaintChannel;
  claimAmount: number | null;
  closedAt: string | null;
  companyResponsible: boolean | null;
  complaintNo: string | null;
  contactName: string | null;
  contactPhone: string | null;
  containment: string | null;
  correctiveAction: string | null;
  createdAt: string;
  customer: Customer | null;
  customerId: number | null;
  deadlineProvisional: boolean | null;
  description: string;
  dueAt: string | null;
  escalated: boolean | null;
  escalationReason: string | null;
  handlingScope: HandlingScope;
  id: number;
  kind: ComplaintKind;
  overdue: boolean;
  preventiveAction: string | null;
  productModel: string | null;
  receivedAt: string;
  receiver: string | null;
  rejectReason: string | null;
  remark: string | null;
  reopenCount: number | null;
  repliedAt: string | null;
  replyDueAt: string | null;
  responsibleDept: string | null;
  result: string | null;
  rootCause: string | null;
  satisfied: boolean | null;
  secondsLeft: number | null;
  serialNo: string | null;
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

export type ComplaintChannel = 'EMAIL' | 'HOTLINE' | 'LETTER' | 'MEDIA' | 'OTHER_DEPARTMENT' | 'PHONE' | 'STAFF' | 'SURVEY' | 'THIRD_PARTY' | 'VISIT';

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
  callbackAt?: DateTimeFilter | null;
  callbackBy?: StringFilter | null;
  callbackResult?: StringFilter | null;
  causeCategory?: ComplaintCauseFilter | null;
  channel?: ComplaintChannelFilter | null;
  claimAmount?: FloatFilter | null;
  closedAt?: DateTimeFilter | null;
  companyResponsible?: BooleanFilter | null;
  complaintNo?: StringFilter | null;
  contactName?: StringFilter | null;
  contactPhone?: StringFilter | null;
  containment?: StringFilter | null;
  correctiveAction?: StringFilter | null;
  createdAt?: DateTimeFilter | null;
  customerId?: IntFilter | null;
  deadlineProvisional?: BooleanFilter | null;
  description?: StringFilter | null;
  dueAt?: DateTimeFilter | null;
  escalated?: BooleanFilter | null;
  escalationReason?: StringFilter | null;
  handlingScope?: HandlingScopeFilter | null;
  id?: IntFilter | null;
  kind?: ComplaintKindFilter | null;
  preventiveAction?: StringFilter | null;
  productModel?: StringFilter | null;
  receivedAt?: DateTimeFilter | null;
  receiver?: StringFilter | null;
  rejectReason?: StringFilter | null;
  remark?: StringFilter | null;
  reopenCount?: IntFilter | null;
  repliedAt?: DateTimeFilter | null;
  replyDueAt?: DateTimeFilter | null;
  responsibleDept?: StringFilter | null;
  result?: StringFilter | null;
  rootCause?: StringFilter | null;
  satisfied?: BooleanFilter | null;
  serialNo?: StringFilter | null;
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

export interface ComplaintOrderBy {
  direction: SortDirection;
  field: ComplaintSortField;
}

export type ComplaintSortField = 'acknowledgedAt' | 'anonymous' | 'callbackAt' | 'callbackBy' | 'causeCategory' | 'channel' | 'claimAmount' | 'closedAt' | 'companyResponsible' | 'complaintNo' | 'contactName' | 'contactPhone' | 'createdAt' | 'customerId' | 'deadlineProvisional' | 'dueAt' | 'escalated' | 'escalationReason' | 'handlingScope' | 'id' | 'kind' | 'productModel' | 'receivedAt' | 'receiver' | 'rejectReason' | 'reopenCount' | 'repliedAt' | 'replyDueAt' | 'responsibleDept' | 'satisfied' | 'serialNo' | 'status' | 'updatedAt' | 'verifiedAt' | 'verifiedBy' | 'withdrawReason' | 'withdrawnVoluntarily';

export type ComplaintStatus = 'ACKNOWLEDGED' | 'CALLBACK' | 'CLOSED' | 'COUNTERMEASURE' | 'INVESTIGATING' | 'RECEIVED' | 'REJECTED' | 'REOPENED' | 'RESPONDED' | 'WITHDRAWN';

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
  anonymous?: boolean | null;
  causeCategory?: ComplaintCause | null;
  channel?: ComplaintChannel | null;
  claimAmount?: number | null;
  companyResponsible?: boolean | null;
  contactName?: string | null;
  contactPhone?: string | null;
  containment?: string | null;
  correctiveAction?: string | null;
  customer?: string | null;
  description?: string | null;
  handlingScope?: HandlingScope | null;
  kind?: ComplaintKind | null;
  preventiveAction?: string | null;
  productModel?: string | null;
  receivedAt?: string | null;
  receiver?: string | null;
  remark?: string | null;
  responsibleDept?: string | null;
  result?: string | null;
  rootCause?: string | null;
  serialNo?: string | null;
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

export interface DateTimeFilter {
  eq?: string | null;
  gte?: string | null;
  isNull?: boolean | null;
  lte?: string | null;
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

export type HandlingScope = 'CROSS_DEPARTMENT' | 'CROSS_REGION' | 'DEPARTMENT';

export interface HandlingScopeFilter {
  eq?: HandlingScope | null;
  in?: Array<HandlingScope> | null;
  isNull?: boolean | null;
}

export interface IntFilter {
  eq?: number | null;
  gte?: number | null;
  in?: Array<number> | null;
  isNull?: boolean | null;
  lte?: number | null;
}

export interface LedgerMeta {
  columns: Array<ColumnMeta>;
  en: string;
  name: string;
  plural: string;
  typeName: string;
  writable: boolean;
  zh: string;
}

export interface LoginResult {
  token: string;
  user: User;
}

export interface Mutation {
  acknowledgeComplaint: Complaint;
  closeComplaint: Complaint;
  escalateComplaint: Complaint;
  login: LoginResult;
  logout: boolean;
  recordComplaintCallback: Complaint;
  recordComplaintCountermeasure: Complaint;
  rejectComplaint: Complaint;
  reopenComplaint: Complaint;
  respondToComplaint: Complaint;
  saveComplaints: SaveComplaintResult;
  saveCustomers: SaveCustomerResult;
  startComplaintInvestigation: Complaint;
  verifyComplaintCountermeasure: Complaint;
  withdrawComplaint: Complaint;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Query {
  complaint: Complaint | null;
  complaints: ComplaintConnection;
  customer: Customer | null;
  customers: CustomerConnection;
  history: Array<AuditEvent>;
  ledgerDefinitions: Array<LedgerMeta>;
  me: User;
  verifyAuditChain: AuditChainReport;
}

export type Role = 'ADMIN' | 'AUDITOR' | 'CLERK' | 'MANAGER' | 'PMC' | 'PRODUCTION' | 'QUALITY';

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
  rows: Array<Customer>;
  saved: Array<SavedRow>;
}

export interface SavedRow {
  id: number;
  row: string;
  version: number;
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

export interface User {
  departmentId: number | null;
  displayName: string;
  id: number;
  role: Role;
  username: string;
}

export interface VoidRowInput {
  id: number;
  reason: string;
  version: number;
}

export interface WorkflowAction {
  label: string;
  mutation: string;
  name: string;
  needs: Array<string>;
}
