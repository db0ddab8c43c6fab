export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** Narrows an analysis; codes as clerks know them. Conditions that do not apply to the subject are refused, naming the field. */
export type AnalysisFilter = {
  /** Complaint cause categories. */
  causes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Complaint channels. */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Customer codes. */
  customers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Defect causes (reworks only). */
  defectCauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Responsible departments (对策单位). */
  departments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Complaint kinds. */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Product model codes. */
  models?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Part nos. (reworks only). */
  parts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Serial no. contains. */
  serialNo?: InputMaybe<Scalars['String']['input']>;
};

/** A frozen analysis report (monthly, half-year, annual). */
export type AnalysisReport = {
  __typename?: 'AnalysisReport';
  /** The frozen figures: title, period, tables (columns, rows, chart), rising causes. */
  content: Scalars['JSONObject']['output'];
  /** Department (department reports). */
  department: Maybe<Scalars['String']['output']>;
  /** Due by (the procedures: departments the 5th, the company the 7th). */
  dueDate: Scalars['LocalDate']['output'];
  /** Frozen at. */
  generatedAt: Scalars['DateTimeISO']['output'];
  /** By. */
  generatedByName: Scalars['String']['output'];
  /** Id; download at /reports/<id>.xlsx. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: ReportKind;
  /** Generated after its due date. */
  late: Scalars['Boolean']['output'];
  /** YYYY-MM, YYYY-H1/H2 or YYYY. */
  period: Scalars['String']['output'];
  /** Company or department. */
  scope: ReportScope;
  /** SHA-256 of the stored figures, also in the audit chain. */
  sha256: Scalars['String']['output'];
  /** Version: regenerating makes a new one. */
  version: Scalars['Int']['output'];
};

/** A file kept with a ledger row (客户来函, 故障照片 …). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Category code, declared by the ledger. */
  category: Scalars['String']['output'];
  /** Category as people call it. */
  categoryLabel: Scalars['String']['output'];
  /** Added at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who added it. */
  createdByName: Maybe<Scalars['String']['output']>;
  /** File name as kept (Chinese as typed, made safe). */
  fileName: Scalars['String']['output'];
  /** Attachment id (GET /attachments/<id> opens it). */
  id: Scalars['Int']['output'];
  /** Shown in the browser (images, PDF) rather than only downloaded. */
  inline: Scalars['Boolean']['output'];
  /** Ledger name. */
  ledger: Scalars['String']['output'];
  /** Media type, read from the bytes. */
  mime: Scalars['String']['output'];
  /** The row it is kept with. */
  recordId: Scalars['Int']['output'];
  /** SHA-256 of the bytes, as the trail keeps it. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
  /** Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** Voided at (the bytes stay). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** How many live files a row keeps. */
export type AttachmentCount = {
  __typename?: 'AttachmentCount';
  /** Live files. */
  count: Scalars['Int']['output'];
  /** Row id. */
  id: Scalars['Int']['output'];
};

/** One place where the audit chain does not hold. */
export type AuditChainBreak = {
  __typename?: 'AuditChainBreak';
  /** What is wrong. */
  problem: Scalars['String']['output'];
  /** Entry. */
  seq: Scalars['Int']['output'];
};

/** Result of recomputing the audit hash chain. */
export type AuditChainReport = {
  __typename?: 'AuditChainReport';
  /** Every break found (up to 200), not only the first. */
  breaks: Array<AuditChainBreak>;
  /** Entries checked. */
  checked: Scalars['Int']['output'];
  /** The newest signed checkpoint the chain was held against (AUDIT_KEY). */
  checkpointSeq: Maybe<Scalars['Int']['output']>;
  /** Files missing or changed, and attachments the trail never recorded, in words. */
  fileProblems: Array<Scalars['String']['output']>;
  /** Attached files the trail vouches for, checked (present, and hashing to what it recorded). */
  filesChecked: Scalars['Int']['output'];
  /** First entry that does not fit. */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /** Hash at the chain head. */
  headHash: Scalars['String']['output'];
  /** Sequence number of the chain head. */
  headSeq: Scalars['Int']['output'];
  /** Every entry fits the chain. */
  ok: Scalars['Boolean']['output'];
  /** What is wrong with it. */
  problem: Maybe<Scalars['String']['output']>;
};

/** One entry of the insert-only, hash-chained audit trail. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** CREATE, UPDATE, VOID, IMPORT, EXPORT or a workflow command name. */
  action: Scalars['String']['output'];
  /** The action in Chinese (新建, 修改, 作废, or the command: 确认受理…). */
  actionLabel: Scalars['String']['output'];
  /** Server time of the change. */
  at: Scalars['DateTimeISO']['output'];
  /** All entries of one save share it. */
  batchId: Scalars['String']['output'];
  /** Ledger name. */
  entity: Scalars['String']['output'];
  /** Record id. */
  entityId: Maybe<Scalars['Int']['output']>;
  /** Field changed. */
  field: Maybe<Scalars['String']['output']>;
  /** SHA-256 of this entry and the previous hash. */
  hash: Scalars['String']['output'];
  /** Value after. */
  newValue: Maybe<Scalars['String']['output']>;
  /** Value before. */
  oldValue: Maybe<Scalars['String']['output']>;
  /** Reason given (void, reject, …). */
  reason: Maybe<Scalars['String']['output']>;
  /** Position in the chain. */
  seq: Scalars['Int']['output'];
  /** Who (user id). */
  userId: Maybe<Scalars['Int']['output']>;
  /** Who (display name). */
  userName: Maybe<Scalars['String']['output']>;
};

/** One entry of the trail as an auditor reads it: in Chinese, records by their numbers. */
export type AuditLogEntryType = {
  __typename?: 'AuditLogEntryType';
  /** Action code. */
  action: Scalars['String']['output'];
  /** Action in Chinese (新建, 修改, 作废, or the command: 开返工单…). */
  actionLabel: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Record id. */
  entityId: Maybe<Scalars['Int']['output']>;
  /** Field. */
  field: Maybe<Scalars['String']['output']>;
  /** Field in Chinese. */
  fieldLabel: Maybe<Scalars['String']['output']>;
  /** Ledger name. */
  ledger: Scalars['String']['output'];
  /** Ledger in Chinese. */
  ledgerLabel: Scalars['String']['output'];
  /** Value after, as the grid shows it. */
  newValue: Maybe<Scalars['String']['output']>;
  /** Value before, as the grid shows it. */
  oldValue: Maybe<Scalars['String']['output']>;
  /** Reason given. */
  reason: Maybe<Scalars['String']['output']>;
  /** Record by its number or key. */
  record: Maybe<Scalars['String']['output']>;
  /** Position in the chain. */
  seq: Scalars['Int']['output'];
  /** Who (系统 for the system). */
  userName: Scalars['String']['output'];
};

/** Which trail entries. */
export type AuditLogFilterInput = {
  /** Action code. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Record id. */
  entityId?: InputMaybe<Scalars['Int']['input']>;
  /** From (inclusive). */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Ledger name. */
  ledger?: InputMaybe<Scalars['String']['input']>;
  /** To (inclusive). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** User name (login). */
  user?: InputMaybe<Scalars['String']['input']>;
};

/** A page of the trail, newest first. */
export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** Entries. */
  entries: Array<AuditLogEntryType>;
  /** More entries follow (pass the last seq as `before`). */
  hasMore: Scalars['Boolean']['output'];
  /** How many entries match in all (on the first page; null on the later ones). */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** Yes/no filter. */
export type BooleanFilter = {
  /** Equals. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 工作日历 / Working calendar: Days that differ from Mon–Fri working: official holidays and make-up working days. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 日期 / Date */
  date: Scalars['LocalDate']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 类型 / Kind */
  kind: DayKind;
  /** 名称 / Name */
  name: Maybe<Scalars['String']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type CalendarDayConflict = {
  __typename?: 'CalendarDayConflict';
  /** The row as someone else saved it (theirs). */
  current: CalendarDay;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of CalendarDay. */
export type CalendarDayConnection = {
  __typename?: 'CalendarDayConnection';
  /** Rows of this page. */
  edges: Array<CalendarDayEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new CalendarDay row. */
export type CalendarDayCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: CalendarDayValues;
};

/** An edge of CalendarDayConnection. */
export type CalendarDayEdge = {
  __typename?: 'CalendarDayEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CalendarDay;
};

/** Filter of the Working calendar ledger: only declared columns. */
export type CalendarDayFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Date. */
  date?: InputMaybe<DateFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<DayKindFilter>;
  /** Filter on Name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type CalendarDayOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: CalendarDaySortField;
};

/** Sortable columns of Working calendar. */
export type CalendarDaySortField =
  | 'createdAt'
  | 'date'
  | 'id'
  | 'kind'
  | 'name'
  | 'updatedAt';

/** Changes to an existing CalendarDay row. */
export type CalendarDayUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: CalendarDayValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a CalendarDay row; only the fields sent are changed, null clears a cell. */
export type CalendarDayValues = {
  /** 日期 / Date */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 类型 / Kind */
  kind?: InputMaybe<DayKind>;
  /** 名称 / Name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 回访记录 / Callbacks: Customer callbacks: KEY customers at least every 6 months, LONG_TERM yearly. */
export type Callback = {
  __typename?: 'Callback';
  /** 产品序列号 / Serial no. */
  archive: Maybe<ServiceArchive>;
  /** 产品序列号 / Serial no. (id) */
  archiveId: Maybe<Scalars['Int']['output']>;
  /** 回访时间 / Called at */
  callbackAt: Scalars['DateTimeISO']['output'];
  /** 回访人 / Called by. Defaults to the clerk who saves it. */
  callbackBy: Maybe<Scalars['String']['output']>;
  /** 回访编号 / Callback no. */
  callbackNo: Maybe<Scalars['String']['output']>;
  /** 投诉编号 / Complaint no. */
  complaint: Maybe<Complaint>;
  /** 投诉编号 / Complaint no. (id) */
  complaintId: Maybe<Scalars['Int']['output']>;
  /** 回访内容 / Content */
  content: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户 / Customer */
  customer: Maybe<Customer>;
  /** 客户 / Customer (id) */
  customerId: Scalars['Int']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 回访类型 / Kind. Defaults to 投诉回访 with a complaint, 售后满意度回访 otherwise. */
  kind: Maybe<CallbackKind>;
  /** 方式 / Method */
  method: CallbackMethod;
  /** 联系结果 / Outcome. Defaults to 已联系上. */
  outcome: Maybe<CallbackOutcome>;
  /** 由此提出的投诉 / Complaint raised */
  raisedComplaint: Maybe<Complaint>;
  /** 由此提出的投诉 / Complaint raised (id) */
  raisedComplaintId: Maybe<Scalars['Int']['output']>;
  /** 再次回访日期 / Retry on. Required when the customer was not reached. */
  retryDate: Maybe<Scalars['LocalDate']['output']>;
  /** 满意 / Satisfied */
  satisfied: Maybe<Scalars['Boolean']['output']>;
  /** 关联报修单: requests raised in this callback. */
  serviceRequests: Array<ServiceRequest>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type CallbackConflict = {
  __typename?: 'CallbackConflict';
  /** The row as someone else saved it (theirs). */
  current: Callback;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of Callback. */
export type CallbackConnection = {
  __typename?: 'CallbackConnection';
  /** Rows of this page. */
  edges: Array<CallbackEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new Callback row. */
export type CallbackCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: CallbackValues;
};

/** An edge of CallbackConnection. */
export type CallbackEdge = {
  __typename?: 'CallbackEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Callback;
};

/** Filter of the Callbacks ledger: only declared columns. */
export type CallbackFilter = {
  /** Rows whose Serial no. (a Service archives row) matches this filter. */
  archive?: InputMaybe<ServiceArchiveFilter>;
  /** Filter on Serial no.. */
  archiveId?: InputMaybe<IntFilter>;
  /** Filter on Called at. */
  callbackAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Called by. */
  callbackBy?: InputMaybe<StringFilter>;
  /** Filter on Callback no.. */
  callbackNo?: InputMaybe<StringFilter>;
  /** Rows whose Complaint no. (a Complaint ledger row) matches this filter. */
  complaint?: InputMaybe<ComplaintFilter>;
  /** Filter on Complaint no.. */
  complaintId?: InputMaybe<IntFilter>;
  /** Filter on Content. */
  content?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Customer (a Customers row) matches this filter. */
  customer?: InputMaybe<CustomerFilter>;
  /** Filter on Customer. */
  customerId?: InputMaybe<IntFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<CallbackKindFilter>;
  /** Filter on Method. */
  method?: InputMaybe<CallbackMethodFilter>;
  /** Filter on Outcome. */
  outcome?: InputMaybe<CallbackOutcomeFilter>;
  /** Rows whose Complaint raised (a Complaint ledger row) matches this filter. */
  raisedComplaint?: InputMaybe<ComplaintFilter>;
  /** Filter on Complaint raised. */
  raisedComplaintId?: InputMaybe<IntFilter>;
  /** Filter on Retry on. */
  retryDate?: InputMaybe<DateFilter>;
  /** Filter on Satisfied. */
  satisfied?: InputMaybe<BooleanFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Why the customer is called (客户关系部): a visit at the sale, after-sale satisfaction, a maintenance reminder or appointment, or after a complaint. */
export type CallbackKind =
  /** 投诉回访 / After a complaint */
  | 'COMPLAINT'
  /** 保养提醒/预约 / Maintenance reminder */
  | 'MAINTENANCE'
  /** 售时走访 / Visit at sale */
  | 'SALE_VISIT'
  /** 售后满意度回访 / After-sale satisfaction */
  | 'SATISFACTION';

/** Filter on CallbackKind. */
export type CallbackKindFilter = {
  /** Equals. */
  eq?: InputMaybe<CallbackKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<CallbackKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How the customer was called back. */
export type CallbackMethod =
  /** 电子邮件 / E-mail */
  | 'EMAIL'
  /** 信函 / Letter */
  | 'LETTER'
  /** 电话 / Phone */
  | 'PHONE'
  /** 上门 / Visit */
  | 'VISIT'
  /** 微信 / WeChat */
  | 'WECHAT';

/** Filter on CallbackMethod. */
export type CallbackMethodFilter = {
  /** Equals. */
  eq?: InputMaybe<CallbackMethod>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<CallbackMethod>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key; id is always the final tie-breaker. */
export type CallbackOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: CallbackSortField;
};

/** Whether the customer was reached; one not reached is tried again on the retry date. */
export type CallbackOutcome =
  /** 未联系上 / Not reached */
  | 'NOT_REACHED'
  /** 已联系上 / Reached */
  | 'REACHED';

/** Filter on CallbackOutcome. */
export type CallbackOutcomeFilter = {
  /** Equals. */
  eq?: InputMaybe<CallbackOutcome>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<CallbackOutcome>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer on the callback plan. */
export type CallbackPlanItem = {
  __typename?: 'CallbackPlanItem';
  /** Customer. */
  customer: Customer;
  /** Last callback (China date). */
  lastCallback: Maybe<Scalars['LocalDate']['output']>;
  /** Next callback due. */
  nextDue: Scalars['LocalDate']['output'];
  /** Due date has passed. */
  overdue: Scalars['Boolean']['output'];
};

/** Sortable columns of Callbacks. */
export type CallbackSortField =
  | 'archiveId'
  | 'callbackAt'
  | 'callbackBy'
  | 'callbackNo'
  | 'complaintId'
  | 'createdAt'
  | 'customerId'
  | 'id'
  | 'kind'
  | 'method'
  | 'outcome'
  | 'raisedComplaintId'
  | 'retryDate'
  | 'satisfied'
  | 'updatedAt';

/** Changes to an existing Callback row. */
export type CallbackUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: CallbackValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a Callback row; only the fields sent are changed, null clears a cell. */
export type CallbackValues = {
  /** 产品序列号 / Serial no. (key: serialNo) */
  archive?: InputMaybe<Scalars['String']['input']>;
  /** 回访时间 / Called at */
  callbackAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 回访人 / Called by. Defaults to the clerk who saves it. */
  callbackBy?: InputMaybe<Scalars['String']['input']>;
  /** 投诉编号 / Complaint no. (key: complaintNo) */
  complaint?: InputMaybe<Scalars['String']['input']>;
  /** 回访内容 / Content */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 客户 / Customer (key: code) */
  customer?: InputMaybe<Scalars['String']['input']>;
  /** 回访类型 / Kind. Defaults to 投诉回访 with a complaint, 售后满意度回访 otherwise. */
  kind?: InputMaybe<CallbackKind>;
  /** 方式 / Method */
  method?: InputMaybe<CallbackMethod>;
  /** 联系结果 / Outcome. Defaults to 已联系上. */
  outcome?: InputMaybe<CallbackOutcome>;
  /** 再次回访日期 / Retry on. Required when the customer was not reached. */
  retryDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 满意 / Satisfied */
  satisfied?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A rejected cell (or row when field is null) of a batch save or import. */
export type CellErrorType = {
  __typename?: 'CellErrorType';
  /** Machine code: REQUIRED, INVALID_ENUM, NOT_FOUND, DUPLICATE, READ_ONLY, … */
  code: Scalars['String']['output'];
  /** Column field name; null when the error concerns the whole row. */
  field: Maybe<Scalars['String']['output']>;
  /** Message for the clerk (Chinese). */
  message: Scalars['String']['output'];
  /** The client's row key: `ref` of a created row, or the id of an existing one. */
  row: Scalars['String']['output'];
};

/** A clock’s promises kept. */
export type ClockFigure = {
  __typename?: 'ClockFigure';
  /** Judged (stopped or overdue). */
  counted: Scalars['Int']['output'];
  /** Kept. */
  kept: Scalars['Int']['output'];
  /** The clock: 响应, 到场, 排除故障, 提交服务报告. */
  label: Scalars['String']['output'];
};

/** A ledger column as declared: what the grid, filters and import derive from. */
export type ColumnMeta = {
  __typename?: 'ColumnMeta';
  /** Set by the system, but the signed-in user may fill it in a new row marked as entered from paper (see LedgerMeta.backfillFlag). */
  backfill: Scalars['Boolean']['output'];
  /** Written when the row is created only (补录). */
  createOnly: Scalars['Boolean']['output'];
  /** Help text. */
  description: Maybe<Scalars['String']['output']>;
  /** The signed-in user may edit this cell. */
  editable: Scalars['Boolean']['output'];
  /** English label. */
  en: Scalars['String']['output'];
  /** Allowed values of an enum column. */
  enumValues: Maybe<Array<EnumValueMeta>>;
  /** Field name in `<Type>Values` (refs: the typed key). */
  field: Scalars['String']['output'];
  /** Usable in filter. */
  filterable: Scalars['Boolean']['output'];
  /** What a new row starts with in this cell, as JSON (匿名: false). */
  initial: Maybe<Scalars['String']['output']>;
  /** What a new row starts with in this cell when nothing is typed, from another cell, as JSON: { field, values } (处理范围 from 原因类别). */
  initialFrom: Maybe<Scalars['String']['output']>;
  /** Maximum length of text. */
  maxLength: Maybe<Scalars['Int']['output']>;
  /** The signed-in user may edit this cell in rows of their own department only (departmentFilterField is their department): the countermeasure unit's own countermeasure. */
  ownDepartment: Scalars['Boolean']['output'];
  /** Human key of the referenced row (what is typed). */
  refKey: Maybe<Scalars['String']['output']>;
  /** Referenced ledger of a ref column. */
  refLedger: Maybe<Scalars['String']['output']>;
  /** The field that names the referenced row for people (shown and printed; typed instead of the key too). */
  refName: Maybe<Scalars['String']['output']>;
  /** Must be filled. */
  required: Scalars['Boolean']['output'];
  /** Usable in orderBy. */
  sortable: Scalars['Boolean']['output'];
  /** Field name on the row type and in filters/sorts (refs: `<field>Id`). */
  storageField: Scalars['String']['output'];
  /** string, text, int, decimal, bool, date, datetime, enum or ref. */
  type: Scalars['String']['output'];
  /** Grid width in px. */
  width: Scalars['Int']['output'];
  /** Label on the paper form. */
  zh: Scalars['String']['output'];
};

/** 投诉台账 / Complaint ledger: Customer complaints and grievances with their deadlines and handling (客户投诉和抱怨记录台账). */
export type Complaint = {
  __typename?: 'Complaint';
  /** 被投诉人 / Person complained about. Who the complaint is about; never receives, handles or approves it (非当事人). */
  accusedPerson: Maybe<Scalars['String']['output']>;
  /** 确认时间 / Acknowledged at */
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 匿名 / Anonymous */
  anonymous: Maybe<Scalars['Boolean']['output']>;
  /** 核准意见 / Approval note */
  approvalNote: Maybe<Scalars['String']['output']>;
  /** 服务档案 / Service archive. Linked by the server when the serial number is a known unit. */
  archive: Maybe<ServiceArchive>;
  /** 服务档案 / Service archive. Linked by the server when the serial number is a known unit. (id) */
  archiveId: Maybe<Scalars['Int']['output']>;
  /** 协办单位 / Assisting departments. Other departments the complaint involves, by name, separated by 、; 对策单位 leads. Each sees it on its desk until it is closed. */
  assistingDepts: Maybe<Scalars['String']['output']>;
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 补录 / Backfilled. Entered after the fact from a paper record, with its real dates and outcome (never escalated; counted in the period it happened in). Set when the row is created only. */
  backfilled: Maybe<Scalars['Boolean']['output']>;
  /** 回访时间 / Callback at */
  callbackAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 回访人 / Callback by */
  callbackBy: Maybe<Scalars['String']['output']>;
  /** 回访结果 / Callback result */
  callbackResult: Maybe<Scalars['String']['output']>;
  /** 原因类别 / Cause category */
  causeCategory: Maybe<ComplaintCause>;
  /** 投诉渠道 / Channel */
  channel: ComplaintChannel;
  /** 索赔金额 / Claim amount */
  claimAmount: Maybe<Scalars['Float']['output']>;
  /** 结案时间 / Closed at */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 公司责任 / Company responsible */
  companyResponsible: Maybe<Scalars['Boolean']['output']>;
  /** 投诉编号 / Complaint no.. Assigned by the server: TS-<year>-<6 digits>. */
  complaintNo: Maybe<Scalars['String']['output']>;
  /** 联系邮箱 / Contact e-mail Masked for roles that may not read it. */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** 投诉人 / Complainant Masked for roles that may not read it. */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话 / Phone Masked for roles that may not read it. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** 临时措施 / Containment */
  containment: Maybe<Scalars['String']['output']>;
  /** 抄报部门 / Copied to. The departments the reply is copied to (抄报相关部门), by name. */
  copiedTo: Maybe<Scalars['String']['output']>;
  /** 纠正措施 / Corrective action */
  correctiveAction: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户 / Customer */
  customer: Maybe<Customer>;
  /** 客户 / Customer (id) */
  customerId: Maybe<Scalars['Int']['output']>;
  /** 期限已延长 / Deadline extended. A complex complaint given 10 working days instead of 7 (延长期限, with its reason). */
  deadlineExtended: Maybe<Scalars['Boolean']['output']>;
  /** 期限暂定 / Deadline provisional. The working calendar had no official data for a year the deadline crosses. */
  deadlineProvisional: Maybe<Scalars['Boolean']['output']>;
  /** 延误原因 / Delay reason. Why it was closed after its deadline (required then). */
  delayReason: Maybe<Scalars['String']['output']>;
  /** 投诉内容 / Description */
  description: Scalars['String']['output'];
  /** 处理期限 / Due at. From the handling scope on the working calendar. */
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 已升级 / Escalated */
  escalated: Maybe<Scalars['Boolean']['output']>;
  /** 升级原因 / Escalation reason */
  escalationReason: Maybe<Scalars['String']['output']>;
  /** 延期原因 / Extension reason */
  extensionReason: Maybe<Scalars['String']['output']>;
  /** 经办人 / Handled by */
  handler: Maybe<Scalars['String']['output']>;
  /** 经办人电话 / Handler's phone */
  handlerPhone: Maybe<Scalars['String']['output']>;
  /** 承办部门 / Handling unit. The unit that handles the complaint and answers the customer (营业单位); its head approves the handling proposal. Whoever enters the complaint: their department, unless another is named. */
  handlingDept: Maybe<Department>;
  /** 承办部门 / Handling unit. The unit that handles the complaint and answers the customer (营业单位); its head approves the handling proposal. Whoever enters the complaint: their department, unless another is named. (id) */
  handlingDeptId: Maybe<Scalars['Int']['output']>;
  /** 处理范围 / Handling scope */
  handlingScope: HandlingScope;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 90天内重复 / Repeat within 90 days. The same customer complained about the same unit within the 90 days before (kept up to date on every save and void). */
  isRepeat: Maybe<Scalars['Boolean']['output']>;
  /** 投诉类型 / Kind */
  kind: ComplaintKind;
  /** 产品型号 / Product model. From the service archive when the serial number is a known unit. */
  model: Maybe<ProductModel>;
  /** 产品型号 / Product model. From the service archive when the serial number is a known unit. (id) */
  modelId: Maybe<Scalars['Int']['output']>;
  /** 订单/发货单号 / Order / shipment no.. The order or shipment the complaint is about. */
  orderNo: Maybe<Scalars['String']['output']>;
  /** 已超期 / Overdue: the answer is still due and its deadline has passed. */
  overdue: Scalars['Boolean']['output'];
  /** 对责任人处理意见 / Action on those responsible */
  personsDisposition: Maybe<Scalars['String']['output']>;
  /** 预防措施 / Preventive action */
  preventiveAction: Maybe<Scalars['String']['output']>;
  /** 型号（原文） / Model as written. The free-text model of complaints entered before the model list (kept as written). */
  productModel: Maybe<Scalars['String']['output']>;
  /** 方案核准时间 / Proposal approved at */
  proposalApprovedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 方案核准人 / Proposal approved by */
  proposalApprovedBy: Maybe<Scalars['String']['output']>;
  /** 受理时间 / Received at */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** 受理人 / Receiver. First responder (首问责任人); defaults to the clerk who saves it. */
  receiver: Maybe<Scalars['String']['output']>;
  /** 不予受理原因 / Reject reason */
  rejectReason: Maybe<Scalars['String']['output']>;
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 重复投诉次数 / Repeat count */
  reopenCount: Maybe<Scalars['Int']['output']>;
  /** 答复时间 / Replied at */
  repliedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 书面答复期限 / Reply due. Written reply within 7 days. */
  replyDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 书面答复已超期 / Reply overdue: the customer is not answered yet and the seven days for the written reply (replyDueAt) have passed. */
  replyOverdue: Scalars['Boolean']['output'];
  /** 对策单位 / Responsible dept.. The department that works out the countermeasure (by its name in 部门); proposed from the cause (品质部 for quality, 法务部 for an economic dispute, 总经理室 where another company is responsible). */
  responsibleDept: Maybe<Department>;
  /** 对策单位 / Responsible dept.. The department that works out the countermeasure (by its name in 部门); proposed from the cause (品质部 for quality, 法务部 for an economic dispute, 总经理室 where another company is responsible). (id) */
  responsibleDeptId: Maybe<Scalars['Int']['output']>;
  /** 对策单位（原文） / Responsible dept. as written. The department as typed before 对策单位 referred to the 部门 ledger (migration 0010); read-only. */
  responsibleDeptText: Maybe<Scalars['String']['output']>;
  /** 处理结果 / Result */
  result: Maybe<Scalars['String']['output']>;
  /** 原因分析 / Root cause */
  rootCause: Maybe<Scalars['String']['output']>;
  /** 处理路径 / Route. Where the complaint is sent, proposed from its cause (quality → 品管, contract alone → the supervisor, an economic dispute → legal, another company → the general manager with the units concerned); the clerk confirms or changes it. */
  route: Maybe<ComplaintRoute>;
  /** 客户满意 / Satisfied */
  satisfied: Maybe<Scalars['Boolean']['output']>;
  /** 处理范围说明 / Scope reason. Why the scope differs from the one the cause gives (一般/复杂投诉). */
  scopeReason: Maybe<Scalars['String']['output']>;
  /** Once answered (or ended without an answer): how many seconds after the deadline (0 or less: on time, 按期完成); null while the answer is due. */
  secondsLate: Maybe<Scalars['Int']['output']>;
  /** 剩余时间（秒）/ Seconds left until the deadline while the answer is due, negative when past; null once answered or ended. */
  secondsLeft: Maybe<Scalars['Int']['output']>;
  /** 退回原因 / Sent back because. Why the approver sent the proposal back to redo (重拟对策). */
  sendBackReason: Maybe<Scalars['String']['output']>;
  /** 产品序列号 / Serial no. */
  serialNo: Maybe<Scalars['String']['output']>;
  /** 关联报修单: requests raised from this complaint or that raised it. */
  serviceRequests: Array<ServiceRequest>;
  /** 来源回访 / From callback. The callback in which the customer raised it. */
  sourceCallback: Maybe<Callback>;
  /** 来源回访 / From callback. The callback in which the customer raised it. (id) */
  sourceCallbackId: Maybe<Scalars['Int']['output']>;
  /** 状态 / Status. Changed only by the workflow commands. */
  status: Maybe<ComplaintStatus>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 紧急程度 / Urgency */
  urgency: Maybe<ComplaintUrgency>;
  /** 验证时间 / Verified at */
  verifiedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 效果验证人 / Verified by */
  verifiedBy: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 撤诉原因 / Withdraw reason */
  withdrawReason: Maybe<Scalars['String']['output']>;
  /** 自愿撤诉 / Withdrawn freely */
  withdrawnVoluntarily: Maybe<Scalars['Boolean']['output']>;
};

/** Cause category of a complaint. */
export type ComplaintCause =
  /** 合同/规格/数量不符 / Contract, spec or quantity mismatch */
  | 'CONTRACT_MISMATCH'
  /** 纯合同/价格问题 / Contract terms or price only */
  | 'CONTRACT_TERMS'
  /** 经济纠纷 / Economic dispute */
  | 'ECONOMIC_DISPUTE'
  /** 内部管理 / Internal management */
  | 'INTERNAL_MANAGEMENT'
  /** 其他 / Other */
  | 'OTHER'
  /** 包装 / Packaging */
  | 'PACKAGING'
  /** 产品质量 / Quality */
  | 'QUALITY'
  /** 服务态度 / Service attitude */
  | 'SERVICE_ATTITUDE'
  /** 服务渠道 / Service channel */
  | 'SERVICE_CHANNEL'
  /** 服务产品 / Service product */
  | 'SERVICE_PRODUCT'
  /** 供应商/其他公司责任 / A supplier or another company */
  | 'THIRD_PARTY'
  /** 违规操作 / Violation */
  | 'VIOLATION'
  /** 工作失误 / Work error */
  | 'WORK_ERROR';

/** Filter on ComplaintCause. */
export type ComplaintCauseFilter = {
  /** Equals. */
  eq?: InputMaybe<ComplaintCause>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ComplaintCause>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How the complaint reached the company. */
export type ComplaintChannel =
  /** 异常退货 / Abnormal return */
  | 'ABNORMAL_RETURN'
  /** 回访中提出 / Raised in a callback */
  | 'CALLBACK'
  /** 意见簿 / Comment book */
  | 'COMMENT_BOOK'
  /** 经销商 / Dealer */
  | 'DEALER'
  /** 电子邮件 / E-mail */
  | 'EMAIL'
  /** 传真 / Fax */
  | 'FAX'
  /** 座谈会 / Customer forum */
  | 'FORUM'
  /** 政府/上级转来 / From the government */
  | 'GOVERNMENT'
  /** 热线 / Hotline */
  | 'HOTLINE'
  /** 信函 / Letter */
  | 'LETTER'
  /** 媒体 / Media */
  | 'MEDIA'
  /** 其他部门转来 / Other department */
  | 'OTHER_DEPARTMENT'
  /** 电话 / Phone */
  | 'PHONE'
  /** 品质联络书 / Quality liaison letter */
  | 'QUALITY_LIAISON'
  /** 维修日报 / Repair daily report */
  | 'REPAIR_REPORT'
  /** 营业日报 / Sales daily report */
  | 'SALES_REPORT'
  /** 报修中提出 / Raised in a repair request */
  | 'SERVICE_REQUEST'
  /** 员工反映 / Staff */
  | 'STAFF'
  /** 调查 / Survey */
  | 'SURVEY'
  /** 第三方 / Third party */
  | 'THIRD_PARTY'
  /** 来访 / Visit */
  | 'VISIT';

/** Filter on ComplaintChannel. */
export type ComplaintChannelFilter = {
  /** Equals. */
  eq?: InputMaybe<ComplaintChannel>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ComplaintChannel>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A row changed by someone else since it was loaded. */
export type ComplaintConflict = {
  __typename?: 'ComplaintConflict';
  /** The row as someone else saved it (theirs). */
  current: Complaint;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of Complaint. */
export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  /** Rows of this page. */
  edges: Array<ComplaintEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** 投诉联络记录 / Complaint contacts: Each time the customer of a complaint was told of its progress, a delay (with its reason) or its outcome. */
export type ComplaintContact = {
  __typename?: 'ComplaintContact';
  /** 投诉编号 / Complaint */
  complaint: Maybe<Complaint>;
  /** 投诉编号 / Complaint (id) */
  complaintId: Scalars['Int']['output'];
  /** 客户联系人 / Told to */
  contactPerson: Maybe<Scalars['String']['output']>;
  /** 联络时间 / Contacted at */
  contactedAt: Scalars['DateTimeISO']['output'];
  /** 经办人 / By */
  contactedBy: Maybe<Scalars['String']['output']>;
  /** 告知内容 / What was said */
  content: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 内容类别 / Kind */
  kind: ContactKind;
  /** 方式 / Method */
  method: ContactMethod;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type ComplaintContactConflict = {
  __typename?: 'ComplaintContactConflict';
  /** The row as someone else saved it (theirs). */
  current: ComplaintContact;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ComplaintContact. */
export type ComplaintContactConnection = {
  __typename?: 'ComplaintContactConnection';
  /** Rows of this page. */
  edges: Array<ComplaintContactEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ComplaintContact row. */
export type ComplaintContactCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ComplaintContactValues;
};

/** An edge of ComplaintContactConnection. */
export type ComplaintContactEdge = {
  __typename?: 'ComplaintContactEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ComplaintContact;
};

/** Filter of the Complaint contacts ledger: only declared columns. */
export type ComplaintContactFilter = {
  /** Rows whose Complaint (a Complaint ledger row) matches this filter. */
  complaint?: InputMaybe<ComplaintFilter>;
  /** Filter on Complaint. */
  complaintId?: InputMaybe<IntFilter>;
  /** Filter on Told to. */
  contactPerson?: InputMaybe<StringFilter>;
  /** Filter on Contacted at. */
  contactedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on By. */
  contactedBy?: InputMaybe<StringFilter>;
  /** Filter on What was said. */
  content?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<ContactKindFilter>;
  /** Filter on Method. */
  method?: InputMaybe<ContactMethodFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ComplaintContactOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ComplaintContactSortField;
};

/** Sortable columns of Complaint contacts. */
export type ComplaintContactSortField =
  | 'complaintId'
  | 'contactPerson'
  | 'contactedAt'
  | 'contactedBy'
  | 'createdAt'
  | 'id'
  | 'kind'
  | 'method'
  | 'updatedAt';

/** Changes to an existing ComplaintContact row. */
export type ComplaintContactUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ComplaintContactValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ComplaintContact row; only the fields sent are changed, null clears a cell. */
export type ComplaintContactValues = {
  /** 投诉编号 / Complaint (key: complaintNo) */
  complaint?: InputMaybe<Scalars['String']['input']>;
  /** 客户联系人 / Told to */
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  /** 联络时间 / Contacted at */
  contactedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 告知内容 / What was said */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 内容类别 / Kind */
  kind?: InputMaybe<ContactKind>;
  /** 方式 / Method */
  method?: InputMaybe<ContactMethod>;
};

/** A new Complaint row. */
export type ComplaintCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ComplaintValues;
};

/** An edge of ComplaintConnection. */
export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Complaint;
};

/** Filter of the Complaint ledger ledger: only declared columns. */
export type ComplaintFilter = {
  /** Filter on Person complained about. */
  accusedPerson?: InputMaybe<StringFilter>;
  /** Filter on Acknowledged at. */
  acknowledgedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Anonymous. */
  anonymous?: InputMaybe<BooleanFilter>;
  /** Filter on Approval note. */
  approvalNote?: InputMaybe<StringFilter>;
  /** Rows whose Service archive (a Service archives row) matches this filter. */
  archive?: InputMaybe<ServiceArchiveFilter>;
  /** Filter on Service archive. */
  archiveId?: InputMaybe<IntFilter>;
  /** Filter on Assisting departments. */
  assistingDepts?: InputMaybe<StringFilter>;
  /** Filter on Backfilled. */
  backfilled?: InputMaybe<BooleanFilter>;
  /** Filter on Callback at. */
  callbackAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Callback by. */
  callbackBy?: InputMaybe<StringFilter>;
  /** Filter on Callback result. */
  callbackResult?: InputMaybe<StringFilter>;
  /** Filter on Cause category. */
  causeCategory?: InputMaybe<ComplaintCauseFilter>;
  /** Filter on Channel. */
  channel?: InputMaybe<ComplaintChannelFilter>;
  /** Filter on Claim amount. */
  claimAmount?: InputMaybe<FloatFilter>;
  /** Filter on Closed at. */
  closedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Company responsible. */
  companyResponsible?: InputMaybe<BooleanFilter>;
  /** Filter on Complaint no.. */
  complaintNo?: InputMaybe<StringFilter>;
  /** Filter on Contact e-mail. */
  contactEmail?: InputMaybe<StringFilter>;
  /** Filter on Complainant. */
  contactName?: InputMaybe<StringFilter>;
  /** Filter on Phone. */
  contactPhone?: InputMaybe<StringFilter>;
  /** Filter on Containment. */
  containment?: InputMaybe<StringFilter>;
  /** Filter on Copied to. */
  copiedTo?: InputMaybe<StringFilter>;
  /** Filter on Corrective action. */
  correctiveAction?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Customer (a Customers row) matches this filter. */
  customer?: InputMaybe<CustomerFilter>;
  /** Filter on Customer. */
  customerId?: InputMaybe<IntFilter>;
  /** Filter on Deadline extended. */
  deadlineExtended?: InputMaybe<BooleanFilter>;
  /** Filter on Deadline provisional. */
  deadlineProvisional?: InputMaybe<BooleanFilter>;
  /** Filter on Delay reason. */
  delayReason?: InputMaybe<StringFilter>;
  /** Filter on Description. */
  description?: InputMaybe<StringFilter>;
  /** Filter on Due at. */
  dueAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Escalated. */
  escalated?: InputMaybe<BooleanFilter>;
  /** Filter on Escalation reason. */
  escalationReason?: InputMaybe<StringFilter>;
  /** Filter on Extension reason. */
  extensionReason?: InputMaybe<StringFilter>;
  /** Filter on Handled by. */
  handler?: InputMaybe<StringFilter>;
  /** Filter on Handler's phone. */
  handlerPhone?: InputMaybe<StringFilter>;
  /** Rows whose Handling unit (a Departments row) matches this filter. */
  handlingDept?: InputMaybe<DepartmentFilter>;
  /** Filter on Handling unit. */
  handlingDeptId?: InputMaybe<IntFilter>;
  /** Filter on Handling scope. */
  handlingScope?: InputMaybe<HandlingScopeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Repeat within 90 days. */
  isRepeat?: InputMaybe<BooleanFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<ComplaintKindFilter>;
  /** Rows whose Product model (a Product models row) matches this filter. */
  model?: InputMaybe<ProductModelFilter>;
  /** Filter on Product model. */
  modelId?: InputMaybe<IntFilter>;
  /** Filter on Order / shipment no.. */
  orderNo?: InputMaybe<StringFilter>;
  /** Filter on Action on those responsible. */
  personsDisposition?: InputMaybe<StringFilter>;
  /** Filter on Preventive action. */
  preventiveAction?: InputMaybe<StringFilter>;
  /** Filter on Model as written. */
  productModel?: InputMaybe<StringFilter>;
  /** Filter on Proposal approved at. */
  proposalApprovedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Proposal approved by. */
  proposalApprovedBy?: InputMaybe<StringFilter>;
  /** Filter on Received at. */
  receivedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Receiver. */
  receiver?: InputMaybe<StringFilter>;
  /** Filter on Reject reason. */
  rejectReason?: InputMaybe<StringFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Repeat count. */
  reopenCount?: InputMaybe<IntFilter>;
  /** Filter on Replied at. */
  repliedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Reply due. */
  replyDueAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Responsible dept. (a Departments row) matches this filter. */
  responsibleDept?: InputMaybe<DepartmentFilter>;
  /** Filter on Responsible dept.. */
  responsibleDeptId?: InputMaybe<IntFilter>;
  /** Filter on Responsible dept. as written. */
  responsibleDeptText?: InputMaybe<StringFilter>;
  /** Filter on Result. */
  result?: InputMaybe<StringFilter>;
  /** Filter on Root cause. */
  rootCause?: InputMaybe<StringFilter>;
  /** Filter on Route. */
  route?: InputMaybe<ComplaintRouteFilter>;
  /** Filter on Satisfied. */
  satisfied?: InputMaybe<BooleanFilter>;
  /** Filter on Scope reason. */
  scopeReason?: InputMaybe<StringFilter>;
  /** Filter on Sent back because. */
  sendBackReason?: InputMaybe<StringFilter>;
  /** Filter on Serial no.. */
  serialNo?: InputMaybe<StringFilter>;
  /** Rows whose From callback (a Callbacks row) matches this filter. */
  sourceCallback?: InputMaybe<CallbackFilter>;
  /** Filter on From callback. */
  sourceCallbackId?: InputMaybe<IntFilter>;
  /** Filter on Status. */
  status?: InputMaybe<ComplaintStatusFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Urgency. */
  urgency?: InputMaybe<ComplaintUrgencyFilter>;
  /** Filter on Verified at. */
  verifiedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Verified by. */
  verifiedBy?: InputMaybe<StringFilter>;
  /** Filter on Withdraw reason. */
  withdrawReason?: InputMaybe<StringFilter>;
  /** Filter on Withdrawn freely. */
  withdrawnVoluntarily?: InputMaybe<BooleanFilter>;
};

/** APPEAL asks for return/exchange/repair; CLAIM asks for compensation; NON_QUALITY is not about quality. */
export type ComplaintKind =
  /** 申诉 / Appeal */
  | 'APPEAL'
  /** 索赔 / Claim */
  | 'CLAIM'
  /** 非质量抱怨 / Non-quality */
  | 'NON_QUALITY';

/** Filter on ComplaintKind. */
export type ComplaintKindFilter = {
  /** Equals. */
  eq?: InputMaybe<ComplaintKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ComplaintKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Complaint KPIs by group with their totals. */
export type ComplaintKpis = {
  __typename?: 'ComplaintKpis';
  /** Groups (months in order; other groupings by received, most first). */
  rows: Array<KpiRow>;
  /** The whole period. */
  totals: KpiRow;
};

/** One sort key; id is always the final tie-breaker. */
export type ComplaintOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ComplaintSortField;
};

/** Where the complaint is sent to be worked out, proposed from its cause. */
export type ComplaintRoute =
  /** 对策单位处理 / The responsible unit */
  | 'DEPARTMENT'
  /** 总经理会同有关单位 / General manager with the units concerned */
  | 'GM_JOINT'
  /** 转法务处理 / To legal */
  | 'LEGAL'
  /** 转品管检验 / To quality */
  | 'QUALITY_DEPT'
  /** 签注意见呈主管核定 / To the supervisor */
  | 'SUPERVISOR';

/** Filter on ComplaintRoute. */
export type ComplaintRouteFilter = {
  /** Equals. */
  eq?: InputMaybe<ComplaintRoute>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ComplaintRoute>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Sortable columns of Complaint ledger. */
export type ComplaintSortField =
  | 'accusedPerson'
  | 'acknowledgedAt'
  | 'anonymous'
  | 'approvalNote'
  | 'archiveId'
  | 'assistingDepts'
  | 'backfilled'
  | 'callbackAt'
  | 'callbackBy'
  | 'causeCategory'
  | 'channel'
  | 'claimAmount'
  | 'closedAt'
  | 'companyResponsible'
  | 'complaintNo'
  | 'contactEmail'
  | 'contactName'
  | 'contactPhone'
  | 'copiedTo'
  | 'createdAt'
  | 'customerId'
  | 'deadlineExtended'
  | 'deadlineProvisional'
  | 'delayReason'
  | 'dueAt'
  | 'escalated'
  | 'escalationReason'
  | 'extensionReason'
  | 'handler'
  | 'handlerPhone'
  | 'handlingDeptId'
  | 'handlingScope'
  | 'id'
  | 'isRepeat'
  | 'kind'
  | 'modelId'
  | 'orderNo'
  | 'productModel'
  | 'proposalApprovedAt'
  | 'proposalApprovedBy'
  | 'receivedAt'
  | 'receiver'
  | 'rejectReason'
  | 'reopenCount'
  | 'repliedAt'
  | 'replyDueAt'
  | 'responsibleDeptId'
  | 'responsibleDeptText'
  | 'route'
  | 'satisfied'
  | 'sendBackReason'
  | 'serialNo'
  | 'sourceCallbackId'
  | 'status'
  | 'updatedAt'
  | 'urgency'
  | 'verifiedAt'
  | 'verifiedBy'
  | 'withdrawReason'
  | 'withdrawnVoluntarily';

/** Where a complaint is in its handling; changed only by commands. */
export type ComplaintStatus =
  /** 已确认 / Acknowledged */
  | 'ACKNOWLEDGED'
  /** 方案已核准 / Proposal approved */
  | 'APPROVED'
  /** 已回访 / Called back */
  | 'CALLBACK'
  /** 已结案 / Closed */
  | 'CLOSED'
  /** 已制定对策 / Countermeasure */
  | 'COUNTERMEASURE'
  /** 调查中 / Investigating */
  | 'INVESTIGATING'
  /** 已受理 / Received */
  | 'RECEIVED'
  /** 不予受理 / Rejected */
  | 'REJECTED'
  /** 重复投诉 / Reopened */
  | 'REOPENED'
  /** 已答复 / Responded */
  | 'RESPONDED'
  /** 已撤诉 / Withdrawn */
  | 'WITHDRAWN';

/** Filter on ComplaintStatus. */
export type ComplaintStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<ComplaintStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ComplaintStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to an existing Complaint row. */
export type ComplaintUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ComplaintValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** How urgent the complaint is, as recorded at intake. */
export type ComplaintUrgency =
  /** 特急 / Critical */
  | 'CRITICAL'
  /** 一般 / Normal */
  | 'NORMAL'
  /** 紧急 / Urgent */
  | 'URGENT';

/** Filter on ComplaintUrgency. */
export type ComplaintUrgencyFilter = {
  /** Equals. */
  eq?: InputMaybe<ComplaintUrgency>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ComplaintUrgency>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Cells of a Complaint row; only the fields sent are changed, null clears a cell. */
export type ComplaintValues = {
  /** 被投诉人 / Person complained about. Who the complaint is about; never receives, handles or approves it (非当事人). */
  accusedPerson?: InputMaybe<Scalars['String']['input']>;
  /** 确认时间 / Acknowledged at */
  acknowledgedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 匿名 / Anonymous */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** 协办单位 / Assisting departments. Other departments the complaint involves, by name, separated by 、; 对策单位 leads. Each sees it on its desk until it is closed. */
  assistingDepts?: InputMaybe<Scalars['String']['input']>;
  /** 补录 / Backfilled. Entered after the fact from a paper record, with its real dates and outcome (never escalated; counted in the period it happened in). Set when the row is created only. */
  backfilled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 回访时间 / Callback at */
  callbackAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 回访人 / Callback by */
  callbackBy?: InputMaybe<Scalars['String']['input']>;
  /** 回访结果 / Callback result */
  callbackResult?: InputMaybe<Scalars['String']['input']>;
  /** 原因类别 / Cause category */
  causeCategory?: InputMaybe<ComplaintCause>;
  /** 投诉渠道 / Channel */
  channel?: InputMaybe<ComplaintChannel>;
  /** 索赔金额 / Claim amount */
  claimAmount?: InputMaybe<Scalars['Float']['input']>;
  /** 结案时间 / Closed at */
  closedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 公司责任 / Company responsible */
  companyResponsible?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系邮箱 / Contact e-mail */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** 投诉人 / Complainant */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Phone */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 临时措施 / Containment */
  containment?: InputMaybe<Scalars['String']['input']>;
  /** 抄报部门 / Copied to. The departments the reply is copied to (抄报相关部门), by name. */
  copiedTo?: InputMaybe<Scalars['String']['input']>;
  /** 纠正措施 / Corrective action */
  correctiveAction?: InputMaybe<Scalars['String']['input']>;
  /** 客户 / Customer (key: code) */
  customer?: InputMaybe<Scalars['String']['input']>;
  /** 延误原因 / Delay reason. Why it was closed after its deadline (required then). */
  delayReason?: InputMaybe<Scalars['String']['input']>;
  /** 投诉内容 / Description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 经办人 / Handled by */
  handler?: InputMaybe<Scalars['String']['input']>;
  /** 经办人电话 / Handler's phone */
  handlerPhone?: InputMaybe<Scalars['String']['input']>;
  /** 承办部门 / Handling unit. The unit that handles the complaint and answers the customer (营业单位); its head approves the handling proposal. Whoever enters the complaint: their department, unless another is named. (key: name) */
  handlingDept?: InputMaybe<Scalars['String']['input']>;
  /** 处理范围 / Handling scope */
  handlingScope?: InputMaybe<HandlingScope>;
  /** 投诉类型 / Kind */
  kind?: InputMaybe<ComplaintKind>;
  /** 产品型号 / Product model. From the service archive when the serial number is a known unit. (key: code) */
  model?: InputMaybe<Scalars['String']['input']>;
  /** 订单/发货单号 / Order / shipment no.. The order or shipment the complaint is about. */
  orderNo?: InputMaybe<Scalars['String']['input']>;
  /** 对责任人处理意见 / Action on those responsible */
  personsDisposition?: InputMaybe<Scalars['String']['input']>;
  /** 预防措施 / Preventive action */
  preventiveAction?: InputMaybe<Scalars['String']['input']>;
  /** 受理时间 / Received at */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 受理人 / Receiver. First responder (首问责任人); defaults to the clerk who saves it. */
  receiver?: InputMaybe<Scalars['String']['input']>;
  /** 不予受理原因 / Reject reason */
  rejectReason?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 答复时间 / Replied at */
  repliedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 对策单位 / Responsible dept.. The department that works out the countermeasure (by its name in 部门); proposed from the cause (品质部 for quality, 法务部 for an economic dispute, 总经理室 where another company is responsible). (key: name) */
  responsibleDept?: InputMaybe<Scalars['String']['input']>;
  /** 处理结果 / Result */
  result?: InputMaybe<Scalars['String']['input']>;
  /** 原因分析 / Root cause */
  rootCause?: InputMaybe<Scalars['String']['input']>;
  /** 处理路径 / Route. Where the complaint is sent, proposed from its cause (quality → 品管, contract alone → the supervisor, an economic dispute → legal, another company → the general manager with the units concerned); the clerk confirms or changes it. */
  route?: InputMaybe<ComplaintRoute>;
  /** 客户满意 / Satisfied */
  satisfied?: InputMaybe<Scalars['Boolean']['input']>;
  /** 处理范围说明 / Scope reason. Why the scope differs from the one the cause gives (一般/复杂投诉). */
  scopeReason?: InputMaybe<Scalars['String']['input']>;
  /** 产品序列号 / Serial no. */
  serialNo?: InputMaybe<Scalars['String']['input']>;
  /** 状态 / Status. Changed only by the workflow commands. */
  status?: InputMaybe<ComplaintStatus>;
  /** 紧急程度 / Urgency */
  urgency?: InputMaybe<ComplaintUrgency>;
  /** 验证时间 / Verified at */
  verifiedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 效果验证人 / Verified by */
  verifiedBy?: InputMaybe<Scalars['String']['input']>;
  /** 撤诉原因 / Withdraw reason */
  withdrawReason?: InputMaybe<Scalars['String']['input']>;
  /** 自愿撤诉 / Withdrawn freely */
  withdrawnVoluntarily?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the customer was told: how the handling goes, that it is delayed and why, or its outcome. */
export type ContactKind =
  /** 延期告知 / Delay */
  | 'DELAY'
  /** 进展告知 / Progress */
  | 'PROGRESS'
  /** 结果告知 / Outcome */
  | 'RESULT';

/** Filter on ContactKind. */
export type ContactKindFilter = {
  /** Equals. */
  eq?: InputMaybe<ContactKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ContactKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How the customer was told. */
export type ContactMethod =
  /** 邮件 / E-mail */
  | 'EMAIL'
  /** 面谈 / In person */
  | 'MEETING'
  /** 电话 / Phone */
  | 'PHONE'
  /** 短信 / Text message */
  | 'SMS'
  /** 书面 / In writing */
  | 'WRITTEN';

/** Filter on ContactMethod. */
export type ContactMethodFilter = {
  /** Equals. */
  eq?: InputMaybe<ContactMethod>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ContactMethod>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The signed-in user. */
export type CurrentUser = {
  __typename?: 'CurrentUser';
  /** Department id. */
  departmentId: Maybe<Scalars['Int']['output']>;
  /** Name shown in the ledgers. */
  displayName: Scalars['String']['output'];
  /** User id. */
  id: Scalars['Int']['output'];
  /** Signed in with a one-time password: must change it (changePassword) before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Role. */
  role: Role;
  /** Login name. */
  username: Scalars['String']['output'];
};

/** 客户 / Customers: Customer register; other ledgers refer to a customer by its code. */
export type Customer = {
  __typename?: 'Customer';
  /** 地址 / Address */
  address: Maybe<Scalars['String']['output']>;
  /** 客户编号 / Customer code */
  code: Scalars['String']['output'];
  /** 联系人 / Contact Masked for roles that may not read it. */
  contactName: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 客户名称 / Customer name */
  name: Scalars['String']['output'];
  /** 联系电话 / Phone Masked for roles that may not read it. */
  phone: Maybe<Scalars['String']['output']>;
  /** 地区 / Region */
  region: Maybe<Scalars['String']['output']>;
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 客户类别 / Tier */
  tier: CustomerTier;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type CustomerConflict = {
  __typename?: 'CustomerConflict';
  /** The row as someone else saved it (theirs). */
  current: Customer;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of Customer. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** Rows of this page. */
  edges: Array<CustomerEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new Customer row. */
export type CustomerCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: CustomerValues;
};

/** An edge of CustomerConnection. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Customer;
};

/** Filter of the Customers ledger: only declared columns. */
export type CustomerFilter = {
  /** Filter on Address. */
  address?: InputMaybe<StringFilter>;
  /** Filter on Customer code. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Contact. */
  contactName?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Customer name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Phone. */
  phone?: InputMaybe<StringFilter>;
  /** Filter on Region. */
  region?: InputMaybe<StringFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Tier. */
  tier?: InputMaybe<CustomerTierFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type CustomerOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: CustomerSortField;
};

/** Sortable columns of Customers. */
export type CustomerSortField =
  | 'code'
  | 'contactName'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'phone'
  | 'region'
  | 'tier'
  | 'updatedAt';

/** Customer importance, which sets the callback frequency. */
export type CustomerTier =
  /** 重要客户 / Key (callback every 6 months) */
  | 'KEY'
  /** 长期客户 / Long-term (callback yearly) */
  | 'LONG_TERM'
  /** 一般客户 / Regular */
  | 'REGULAR';

/** Filter on CustomerTier. */
export type CustomerTierFilter = {
  /** Equals. */
  eq?: InputMaybe<CustomerTier>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<CustomerTier>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to an existing Customer row. */
export type CustomerUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: CustomerValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a Customer row; only the fields sent are changed, null clears a cell. */
export type CustomerValues = {
  /** 地址 / Address */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 客户编号 / Customer code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 联系人 / Contact */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 客户名称 / Customer name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Phone */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 地区 / Region */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 客户类别 / Tier */
  tier?: InputMaybe<CustomerTier>;
};

/** Date filter (YYYY-MM-DD), range inclusive. */
export type DateFilter = {
  /** Equals. */
  eq?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Greater than or equal (on or after). */
  gte?: InputMaybe<Scalars['LocalDate']['input']>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<Scalars['LocalDate']['input']>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than or equal (on or before). */
  lte?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Moment filter, range inclusive. */
export type DateTimeFilter = {
  /** Equals. */
  eq?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Greater than or equal (on or after). */
  gte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than or equal (on or before). */
  lte?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A holiday, or a make-up working day on a weekend. */
export type DayKind =
  /** 放假 / Holiday */
  | 'HOLIDAY'
  /** 调休上班 / Make-up working day */
  | 'WORKDAY';

/** Filter on DayKind. */
export type DayKindFilter = {
  /** Equals. */
  eq?: InputMaybe<DayKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<DayKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Filter on DefectCause. */
export type DefectCauseFilter = {
  /** Equals. */
  eq?: InputMaybe<DefectCause>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<DefectCause>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 部门 / Departments: Departments of the company. */
export type Department = {
  __typename?: 'Department';
  /** 部门编码 / Code */
  code: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 部门名称 / Name. What other ledgers refer to a department by (对策单位). */
  name: Scalars['String']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type DepartmentConflict = {
  __typename?: 'DepartmentConflict';
  /** The row as someone else saved it (theirs). */
  current: Department;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of Department. */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** Rows of this page. */
  edges: Array<DepartmentEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new Department row. */
export type DepartmentCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: DepartmentValues;
};

/** An edge of DepartmentConnection. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Department;
};

/** Filter of the Departments ledger: only declared columns. */
export type DepartmentFilter = {
  /** Filter on Code. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type DepartmentOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: DepartmentSortField;
};

/** Sortable columns of Departments. */
export type DepartmentSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'updatedAt';

/** Changes to an existing Department row. */
export type DepartmentUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: DepartmentValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a Department row; only the fields sent are changed, null clears a cell. */
export type DepartmentValues = {
  /** 部门编码 / Code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 部门名称 / Name. What other ledgers refer to a department by (对策单位). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 派工建议: a technician who suits a request, with the reasons in words. */
export type DispatchSuggestion = {
  __typename?: 'DispatchSuggestion';
  /** 工号. */
  code: Scalars['String']['output'];
  /** 姓名. */
  name: Scalars['String']['output'];
  /** Open requests already on his hands. */
  openRequests: Scalars['Int']['output'];
  /** Why: skill, region, load. */
  reasons: Array<Scalars['String']['output']>;
  /** Higher suits better. */
  score: Scalars['Int']['output'];
  /** 服务站. */
  station: Scalars['String']['output'];
  /** The technician row. */
  technicianId: Scalars['ID']['output'];
};

/** The rows behind a figure: open `ledger` with `filter` (the syntax its list query takes). */
export type Drill = {
  __typename?: 'Drill';
  /** Filter for the ledger list query. */
  filter: Scalars['JSONObject']['output'];
  /** Ledger name. */
  ledger: Scalars['String']['output'];
};

/** One allowed value of an enum column. */
export type EnumValueMeta = {
  __typename?: 'EnumValueMeta';
  /** English label. */
  en: Scalars['String']['output'];
  /** Code sent over the API. */
  value: Scalars['String']['output'];
  /** Chinese label. */
  zh: Scalars['String']['output'];
};

/** A fault from the knowledge base that matches the symptom words. */
export type FaultHit = {
  __typename?: 'FaultHit';
  /** 适用机型/类别. */
  appliesTo: Maybe<Scalars['String']['output']>;
  /** 故障原因. */
  cause: Maybe<Scalars['String']['output']>;
  /** 故障代码. */
  code: Scalars['String']['output'];
  /** Of those, the first visit of its request that fixed the fault. */
  fixedFirstTime: Scalars['Int']['output'];
  /** The fault row. */
  id: Scalars['ID']['output'];
  /** How well it matched. */
  score: Scalars['Int']['output'];
  /** 解决方法. */
  solution: Scalars['String']['output'];
  /** 故障现象. */
  symptom: Scalars['String']['output'];
  /** Visits that used it. */
  used: Scalars['Int']['output'];
};

/** 故障知识库 / Fault knowledge base: Faults and their solutions per model or category, searched by symptom words. */
export type FaultSolution = {
  __typename?: 'FaultSolution';
  /** 适用机型/类别 / Applies to */
  appliesTo: Maybe<Scalars['String']['output']>;
  /** 故障原因 / Cause */
  cause: Maybe<Scalars['String']['output']>;
  /** 故障代码 / Fault code */
  code: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 解决方法 / Solution */
  solution: Scalars['String']['output'];
  /** 故障现象 / Symptom */
  symptom: Scalars['String']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type FaultSolutionConflict = {
  __typename?: 'FaultSolutionConflict';
  /** The row as someone else saved it (theirs). */
  current: FaultSolution;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of FaultSolution. */
export type FaultSolutionConnection = {
  __typename?: 'FaultSolutionConnection';
  /** Rows of this page. */
  edges: Array<FaultSolutionEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new FaultSolution row. */
export type FaultSolutionCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: FaultSolutionValues;
};

/** An edge of FaultSolutionConnection. */
export type FaultSolutionEdge = {
  __typename?: 'FaultSolutionEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: FaultSolution;
};

/** Filter of the Fault knowledge base ledger: only declared columns. */
export type FaultSolutionFilter = {
  /** Filter on Applies to. */
  appliesTo?: InputMaybe<StringFilter>;
  /** Filter on Cause. */
  cause?: InputMaybe<StringFilter>;
  /** Filter on Fault code. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Solution. */
  solution?: InputMaybe<StringFilter>;
  /** Filter on Symptom. */
  symptom?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type FaultSolutionOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: FaultSolutionSortField;
};

/** Sortable columns of Fault knowledge base. */
export type FaultSolutionSortField =
  | 'appliesTo'
  | 'code'
  | 'createdAt'
  | 'id'
  | 'updatedAt';

/** Changes to an existing FaultSolution row. */
export type FaultSolutionUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: FaultSolutionValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a FaultSolution row; only the fields sent are changed, null clears a cell. */
export type FaultSolutionValues = {
  /** 适用机型/类别 / Applies to */
  appliesTo?: InputMaybe<Scalars['String']['input']>;
  /** 故障原因 / Cause */
  cause?: InputMaybe<Scalars['String']['input']>;
  /** 故障代码 / Fault code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 解决方法 / Solution */
  solution?: InputMaybe<Scalars['String']['input']>;
  /** 故障现象 / Symptom */
  symptom?: InputMaybe<Scalars['String']['input']>;
};

/** Number filter. */
export type FloatFilter = {
  /** Equals. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal (on or after). */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than or equal (on or before). */
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** What kind of handling it needs, which sets the deadline (each rule names its unit): 24 h, 48 h, 4 working days, 3 working days (general), 7 working days extendable to 10 (complex), 1 h (enquiry). */
export type HandlingScope =
  /** 复杂投诉（7个工作日，可延至10个） / Complex (7 working days, extendable to 10) */
  | 'COMPLEX'
  /** 市级/跨部门（48小时） / City-level / cross-department (48 h) */
  | 'CROSS_DEPARTMENT'
  /** 跨地区（4个工作日） / Cross-region (4 working days) */
  | 'CROSS_REGION'
  /** 直接/本部门处理（24小时） / Direct / one department (24 h) */
  | 'DEPARTMENT'
  /** 咨询（1小时内答复） / Enquiry (answered within 1 h) */
  | 'ENQUIRY'
  /** 一般投诉（3个工作日） / General (3 working days) */
  | 'GENERAL';

/** Filter on HandlingScope. */
export type HandlingScopeFilter = {
  /** Equals. */
  eq?: InputMaybe<HandlingScope>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<HandlingScope>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Outcome of a routine inspection. */
export type InspectionResult =
  /** 发现问题 / Issue found */
  | 'ISSUE_FOUND'
  /** 正常 / Normal */
  | 'NORMAL';

/** Filter on InspectionResult. */
export type InspectionResultFilter = {
  /** Equals. */
  eq?: InputMaybe<InspectionResult>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<InspectionResult>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whole-number filter. */
export type IntFilter = {
  /** Equals. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal (on or after). */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than or equal (on or before). */
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Satisfaction with one survey item over a year. */
export type ItemSatisfaction = {
  __typename?: 'ItemSatisfaction';
  /** Item code. */
  code: Scalars['String']['output'];
  /** Item name. */
  name: Scalars['String']['output'];
  /** Questionnaires that scored it. */
  questionnaires: Scalars['Int']['output'];
  /** Σ item scores on the 0–100 scale ÷ questionnaires scoring it. */
  satisfaction: Maybe<Scalars['Float']['output']>;
};

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

/** Complaint KPIs of one group (or the totals). Figures are dated by their own event: received, closed, called back. */
export type KpiRow = {
  __typename?: 'KpiRow';
  /** Answered in the period whose callback fell due (seven days after the reply) or was made. */
  callbackDue: Scalars['Int']['output'];
  /** callbacksDone ÷ callbackDue (by the reply’s date); null when the denominator is 0. */
  callbackRate: Maybe<Scalars['Float']['output']>;
  /** Callbacks made in the period. */
  callbacks: Scalars['Int']['output'];
  /** Of callbackDue, called back. */
  callbacksDone: Scalars['Int']['output'];
  /** Closed (已结案) in the period. */
  closed: Scalars['Int']['output'];
  /** Closed with closedAt ≤ dueAt. */
  closedOnTime: Scalars['Int']['output'];
  /** Closed with a callback recorded. */
  closedWithCallback: Scalars['Int']['output'];
  /** The complaints received in this group. */
  drill: Drill;
  /** Received in the period and escalated. */
  escalated: Scalars['Int']['output'];
  /** acknowledged within 24 h ÷ received that were acknowledged or are past 24 h; null when the denominator is 0. */
  firstResponseOnTimeRate: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM, YYYY-Qn, a code or TOTAL. */
  key: Scalars['String']['output'];
  /** Chinese label. */
  label: Scalars['String']['output'];
  /** Median hours from receipt to acknowledgement (received in the period). */
  medianFirstResponseHours: Maybe<Scalars['Float']['output']>;
  /** Open and past due at the end of the group’s period (or `to`). */
  overdueOpen: Scalars['Int']['output'];
  /** Received in the period. */
  received: Scalars['Int']['output'];
  /** Received in the same days one year earlier. */
  receivedLastYear: Scalars['Int']['output'];
  /** received that were reopened or repeat the same customer + serial within 90 days ÷ received; null when the denominator is 0. */
  repeatRate: Maybe<Scalars['Float']['output']>;
  /** Of replyDue, answered by the seventh day. */
  repliedOnTime: Scalars['Int']['output'];
  /** Complaints whose written reply fell due in the period (seven days after receipt), or was made; not rejected or withdrawn. */
  replyDue: Scalars['Int']['output'];
  /** repliedOnTime ÷ replyDue (by the reply deadline’s date): 书面答复及时率; null when the denominator is 0. */
  replyOnTimeRate: Maybe<Scalars['Float']['output']>;
  /** satisfied ÷ callbacks; null when the denominator is 0. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** Of those, customer satisfied. */
  satisfied: Scalars['Int']['output'];
  /** closedOnTime ÷ closed; null when the denominator is 0. */
  timelinessRate: Maybe<Scalars['Float']['output']>;
  /** (received − receivedLastYear) ÷ receivedLastYear; null when the denominator is 0. */
  yoyChange: Maybe<Scalars['Float']['output']>;
};

/** A page of a ledger as it stood at a moment. */
export type LedgerAsOfPage = {
  __typename?: 'LedgerAsOfPage';
  /** More rows follow (pass the last id as `after`). */
  hasMore: Scalars['Boolean']['output'];
  /** Rows in id order; those created later are absent, those voided later present. */
  rows: Array<RowAsOf>;
  /** How many rows the ledger had then (on the first page; null on later ones). */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** A ledger declaration, for building its grid. */
export type LedgerMeta = {
  __typename?: 'LedgerMeta';
  /** The categories its rows file attachments under, those the user may open (empty: no attachments). */
  attachmentCategories: Array<EnumValueMeta>;
  /** The bool column marking a new row as entered from paper after the fact (补录), which opens the backfill columns to it. */
  backfillFlag: Maybe<Scalars['String']['output']>;
  /** Columns in the paper form’s order. */
  columns: Array<ColumnMeta>;
  /** The signed-in user may create and void rows (false where they only fill cells of their department). */
  creatable: Scalars['Boolean']['output'];
  /** The order the grid opens in when none is chosen (empty: as stored). */
  defaultOrder: Array<OrderMeta>;
  /** The stored ref column naming a row's department: filter it by the user's department for "my department's rows". */
  departmentFilterField: Maybe<Scalars['String']['output']>;
  /** English title. */
  en: Scalars['String']['output'];
  /** GraphQL selection the grid asks for each row beyond its columns (computed fields, related orders, commands). */
  gridSelection: Scalars['String']['output'];
  /** The menu group in English. */
  groupEn: Maybe<Scalars['String']['output']>;
  /** The menu group it folds under, in Chinese (现场服务); null: on its own. */
  groupZh: Maybe<Scalars['String']['output']>;
  /** Rows offer workflow commands (availableActions). */
  hasActions: Scalars['Boolean']['output'];
  /** The human key of a row (what lines and other ledgers type to refer to it). */
  keyField: Maybe<Scalars['String']['output']>;
  /** Ledger of its line items, saved in the same batch. */
  linesLedger: Maybe<Scalars['String']['output']>;
  /** Column of a line that names its order. */
  linesParentField: Maybe<Scalars['String']['output']>;
  /** Ledger name (export/import path). */
  name: Scalars['String']['output'];
  /** The paper forms a row prints as. */
  paperForms: Array<PaperFormMeta>;
  /** List query name. */
  plural: Scalars['String']['output'];
  /** One-click filters offered above the grid. */
  quickFilters: Array<QuickFilterMeta>;
  /** GraphQL type name. */
  typeName: Scalars['String']['output'];
  /** The signed-in user may save rows. */
  writable: Scalars['Boolean']['output'];
  /** Chinese title. */
  zh: Scalars['String']['output'];
};

/** A sign-in lock in force: a name from one address, or an address for every name (subject empty). */
export type LoginLock = {
  __typename?: 'LoginLock';
  /** Client address. */
  client: Scalars['String']['output'];
  /** Wrong passwords counted. */
  failed: Scalars['Int']['output'];
  /** Locked until. */
  lockedUntil: Scalars['DateTimeISO']['output'];
  /** The name as typed (lower case), or empty for an address locked for every name. */
  subject: Scalars['String']['output'];
};

/** A new session. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  /** Who signed in. */
  user: CurrentUser;
};

/** What happens to a part in the rework. */
export type MaterialAction =
  /** 新增 / Add */
  | 'ADD'
  /** 回收 / Recycle */
  | 'RECYCLE'
  /** 拆除 / Remove */
  | 'REMOVE';

/** Filter on MaterialAction. */
export type MaterialActionFilter = {
  /** Equals. */
  eq?: InputMaybe<MaterialAction>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<MaterialAction>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 物料单 / Material lists: Material list lines of rework orders: part, quantity, unit cost, action, old and new serial. */
export type MaterialList = {
  __typename?: 'MaterialList';
  /** 处理方式 / Action */
  action: MaterialAction;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 新件序列号 / New serial */
  newSerial: Maybe<Scalars['String']['output']>;
  /** 旧件序列号 / Old serial */
  oldSerial: Maybe<Scalars['String']['output']>;
  /** 品名 / Part name */
  partName: Scalars['String']['output'];
  /** 料号 / Part no. */
  partNo: Scalars['String']['output'];
  /** 数量 / Qty */
  qty: Scalars['Int']['output'];
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 返工单号 / Rework no. */
  reworkOrder: Maybe<ReworkOrder>;
  /** 返工单号 / Rework no. (id) */
  reworkOrderId: Scalars['Int']['output'];
  /** 单价 / Unit cost */
  unitCost: Scalars['Float']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type MaterialListConflict = {
  __typename?: 'MaterialListConflict';
  /** The row as someone else saved it (theirs). */
  current: MaterialList;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of MaterialList. */
export type MaterialListConnection = {
  __typename?: 'MaterialListConnection';
  /** Rows of this page. */
  edges: Array<MaterialListEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new MaterialList row. */
export type MaterialListCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: MaterialListValues;
};

/** An edge of MaterialListConnection. */
export type MaterialListEdge = {
  __typename?: 'MaterialListEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: MaterialList;
};

/** Filter of the Material lists ledger: only declared columns. */
export type MaterialListFilter = {
  /** Filter on Action. */
  action?: InputMaybe<MaterialActionFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on New serial. */
  newSerial?: InputMaybe<StringFilter>;
  /** Filter on Old serial. */
  oldSerial?: InputMaybe<StringFilter>;
  /** Filter on Part name. */
  partName?: InputMaybe<StringFilter>;
  /** Filter on Part no.. */
  partNo?: InputMaybe<StringFilter>;
  /** Filter on Qty. */
  qty?: InputMaybe<IntFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Rows whose Rework no. (a Rework orders row) matches this filter. */
  reworkOrder?: InputMaybe<ReworkOrderFilter>;
  /** Filter on Rework no.. */
  reworkOrderId?: InputMaybe<IntFilter>;
  /** Filter on Unit cost. */
  unitCost?: InputMaybe<FloatFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type MaterialListOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: MaterialListSortField;
};

/** Sortable columns of Material lists. */
export type MaterialListSortField =
  | 'action'
  | 'createdAt'
  | 'id'
  | 'newSerial'
  | 'oldSerial'
  | 'partName'
  | 'partNo'
  | 'qty'
  | 'reworkOrderId'
  | 'unitCost'
  | 'updatedAt';

/** Changes to an existing MaterialList row. */
export type MaterialListUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: MaterialListValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a MaterialList row; only the fields sent are changed, null clears a cell. */
export type MaterialListValues = {
  /** 处理方式 / Action */
  action?: InputMaybe<MaterialAction>;
  /** 新件序列号 / New serial */
  newSerial?: InputMaybe<Scalars['String']['input']>;
  /** 旧件序列号 / Old serial */
  oldSerial?: InputMaybe<Scalars['String']['input']>;
  /** 品名 / Part name */
  partName?: InputMaybe<Scalars['String']['input']>;
  /** 料号 / Part no. */
  partNo?: InputMaybe<Scalars['String']['input']>;
  /** 数量 / Qty */
  qty?: InputMaybe<Scalars['Int']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 返工单号 / Rework no. (key: reworkNo) */
  reworkOrder?: InputMaybe<Scalars['String']['input']>;
  /** 单价 / Unit cost */
  unitCost?: InputMaybe<Scalars['Float']['input']>;
};

/** 领料单 / Requisitions: Material requisitions against rework orders; lines say requested and issued quantities. */
export type MaterialRequisition = {
  __typename?: 'MaterialRequisition';
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 发料时间 / Issued at */
  issuedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 发料人 / Issued by */
  issuedBy: Maybe<Scalars['String']['output']>;
  /** 领料明细 / Lines. */
  lines: Array<RequisitionLine>;
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 领料单号 / Requisition no. */
  reqNo: Maybe<Scalars['String']['output']>;
  /** 领料人 / Requested by */
  requestedBy: Maybe<Scalars['String']['output']>;
  /** 返工单号 / Rework no. */
  reworkOrder: Maybe<ReworkOrder>;
  /** 返工单号 / Rework no. (id) */
  reworkOrderId: Scalars['Int']['output'];
  /** 状态 / Status */
  status: Maybe<RequisitionStatus>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 仓库 / Warehouse */
  warehouse: Scalars['String']['output'];
};

/** A row changed by someone else since it was loaded. */
export type MaterialRequisitionConflict = {
  __typename?: 'MaterialRequisitionConflict';
  /** The row as someone else saved it (theirs). */
  current: MaterialRequisition;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of MaterialRequisition. */
export type MaterialRequisitionConnection = {
  __typename?: 'MaterialRequisitionConnection';
  /** Rows of this page. */
  edges: Array<MaterialRequisitionEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new MaterialRequisition row. */
export type MaterialRequisitionCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: MaterialRequisitionValues;
};

/** An edge of MaterialRequisitionConnection. */
export type MaterialRequisitionEdge = {
  __typename?: 'MaterialRequisitionEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: MaterialRequisition;
};

/** Filter of the Requisitions ledger: only declared columns. */
export type MaterialRequisitionFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Issued at. */
  issuedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Issued by. */
  issuedBy?: InputMaybe<StringFilter>;
  /** Rows with at least one Requisition lines line matching this filter. */
  lines?: InputMaybe<RequisitionLineFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Requisition no.. */
  reqNo?: InputMaybe<StringFilter>;
  /** Filter on Requested by. */
  requestedBy?: InputMaybe<StringFilter>;
  /** Rows whose Rework no. (a Rework orders row) matches this filter. */
  reworkOrder?: InputMaybe<ReworkOrderFilter>;
  /** Filter on Rework no.. */
  reworkOrderId?: InputMaybe<IntFilter>;
  /** Filter on Status. */
  status?: InputMaybe<RequisitionStatusFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Warehouse. */
  warehouse?: InputMaybe<StringFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type MaterialRequisitionOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: MaterialRequisitionSortField;
};

/** Sortable columns of Requisitions. */
export type MaterialRequisitionSortField =
  | 'createdAt'
  | 'id'
  | 'issuedAt'
  | 'issuedBy'
  | 'reqNo'
  | 'requestedBy'
  | 'reworkOrderId'
  | 'status'
  | 'updatedAt'
  | 'warehouse';

/** Changes to an existing MaterialRequisition row. */
export type MaterialRequisitionUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: MaterialRequisitionValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a MaterialRequisition row; only the fields sent are changed, null clears a cell. */
export type MaterialRequisitionValues = {
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 返工单号 / Rework no. (key: reworkNo) */
  reworkOrder?: InputMaybe<Scalars['String']['input']>;
  /** 仓库 / Warehouse */
  warehouse?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 确认受理: RECEIVED/REOPENED → ACKNOWLEDGED. */
  acknowledgeComplaint: Complaint;
  /** 核准处理方案: INVESTIGATING/COUNTERMEASURE → APPROVED: the handling proposal (result, and the countermeasure where the company was responsible) approved by the head of the handling unit (承办部门) or a manager before the reply (经经理核准后答复客户); not by whoever recorded the countermeasure. */
  approveComplaintProposal: Complaint;
  /** 批准: SUBMITTED → APPROVED (general manager only, not whoever created, edited or submitted it); the notice is frozen. */
  approveNotice: RewardPenaltyNotice;
  /** 审批: a department manager (部门负责人) or the general manager approves a return, an exchange, a price reduction or compensation, or a decision departing from the warranty verdict, naming the sales representative it was decided with (「立即请示部门经理、销售代表决定如何处理」); not whoever registered it. */
  approveReturnOrder: ReturnOrder;
  /** 到场: DISPATCHED → ON_SITE: the technician is on site; stops the arrival clock and starts 排除. */
  arriveOnSite: ServiceRequest;
  /** 撤销: RECEIVED/DISPATCHED → CANCELLED: the customer no longer needs the service; the reason is kept. */
  cancelServiceRequest: ServiceRequest;
  /** Change your own password (≥ 10 characters, not a common or demo password); your other sessions end. Any signed-in user. */
  changePassword: Scalars['Boolean']['output'];
  /** 解除锁定: lifts one sign-in lock (audited); true when one was in force. Administrators. */
  clearLoginLock: Scalars['Boolean']['output'];
  /** 结案: CALLBACK → CLOSED; needs a callback result and, where the company was responsible, a verified countermeasure. */
  closeComplaint: Complaint;
  /** 完结（交还客户）: COUNTED/REPAIRED → CLOSED when the unit (or its replacement or refund) went back to the customer. */
  closeReturnOrder: ReturnOrder;
  /** 回访关闭: REPORTED → CLOSED: the callback after the visit, with its result and whether the customer was satisfied. */
  closeServiceRequest: ServiceRequest;
  /** 清点数量: REGISTERED → COUNTED with the quantity counted on arrival (清点). */
  countReturnOrder: ReturnOrder;
  /** Deletes one of the signed-in user's views. Any signed-in user. */
  deleteView: Scalars['Boolean']['output'];
  /** 派工: RECEIVED → DISPATCHED: 派工 to a technician by staff no. (see dispatchSuggestions for who suits). */
  dispatchServiceRequest: ServiceRequest;
  /** 升级: escalates an open complaint to leadership. */
  escalateComplaint: Complaint;
  /** 延长期限: a complex complaint's deadline from 7 to 10 working days after receipt, once, with the reason recorded. */
  extendComplaintDeadline: Complaint;
  /** 反馈销售: feeds the inspection result back to sales; the return order becomes REPAIRED. */
  feedbackReworkToSales: ReworkOrder;
  /** 服务报告 from the phone: the visit, the parts used from the technician’s van, the request moved on — one transaction. Sent twice under the same draftKey, it is filed once (the second answers the first). */
  fileServiceReport: SaveServiceVisitResult;
  /** 返工完成: REWORKING → FINAL_INSPECTION; needs labour hours. */
  finishRework: ReworkOrder;
  /** 生成年度总结. */
  generateAnnualSummary: AnalysisReport;
  /** 生成半年分析: H1 or H2 with trends, year-on-year and rising causes (potential issues). */
  generateHalfYearReport: AnalysisReport;
  /** 生成月报: freezes the month’s figures as a new version (hash in the audit chain). Department reports are due by the 5th, the company’s by the 7th. */
  generateMonthlyReport: AnalysisReport;
  /** 发料: DRAFT → ISSUED once every line has its issued quantity. */
  issueRequisition: MaterialRequisition;
  /** Sign in; 5 wrong passwords lock the account for 15 minutes. Public. */
  login: LoginResult;
  /** End the current session. Any signed-in user. */
  logout: Scalars['Boolean']['output'];
  /** 开返工单: COUNTED → IN_REWORK; PMC opens the rework order for the counted quantity. */
  openReworkOrder: ReturnOrder;
  /** 补充例行检查计划: plans, beyond the policy’s months, a yearly inspection of each big account’s unit and one for each unit within a year of its design life; answers how many were added (planning again adds none). */
  planExtraInspections: Scalars['Int']['output'];
  /** 回访中提出投诉: creates the complaint (channel CALLBACK, the callback's customer and unit, received now) and links it both ways with the callback, in one transaction. Clerks, quality, administrators. */
  raiseComplaintFromCallback: SaveComplaintResult;
  /** 报修转投诉: a complaint about the fault or the service, linked both ways with the request, in one transaction. */
  raiseComplaintFromServiceRequest: SaveComplaintResult;
  /** 报修转退/换/维修单: the unit goes back to the factory; linked both ways with the request, in one transaction. */
  raiseReturnFromServiceRequest: SaveReturnOrderResult;
  /** 回访转报修: a repair request raised in a callback, naming the callback, in one transaction. */
  raiseServiceRequestFromCallback: SaveServiceRequestResult;
  /** 投诉转报修: a repair request for the complaint’s unit, naming the complaint, in one transaction. */
  raiseServiceRequestFromComplaint: SaveServiceRequestResult;
  /** 改派: DISPATCHED → DISPATCHED: 改派 to another technician, with the reason (audited). */
  reassignServiceRequest: ServiceRequest;
  /** 登记回访: RESPONDED → CALLBACK; an unsatisfied customer escalates the complaint. */
  recordComplaintCallback: Complaint;
  /** 登记对策: INVESTIGATING → COUNTERMEASURE; needs root cause and corrective action. */
  recordComplaintCountermeasure: Complaint;
  /** 终检: FINAL_INSPECTION → DONE when passed, else back to REWORKING. */
  recordFinalInspection: ReworkOrder;
  /** 记录电话指导: 电话指导: what the customer was told to try; the first answer stops the response clock. */
  recordPhoneGuidance: ServiceRequest;
  /** 登记检验结果: INSPECTING → AWAITING_MATERIAL (parts needed) or REWORKING. */
  recordReworkInspection: ReworkOrder;
  /** 退款: records the refund of a return once quality inspected it (REPAIRED): amount, when, by whom. */
  refundReturnOrder: ReturnOrder;
  /** 不予受理: not the company’s responsibility, explained to the customer: 客服部 judges it (customer-service-procedure 三), as do quality and the managers. */
  rejectComplaint: Complaint;
  /** 驳回: SUBMITTED → REJECTED (general manager only), with the reason. */
  rejectNotice: RewardPenaltyNotice;
  /** 重复投诉: reopens a finished complaint and escalates it. */
  reopenComplaint: Complaint;
  /** 送人事部公布: An approved penalty sent to 人事部 to be announced (3.5 「凡经批示须行政处分者，经整理后送人事部提报公布」): when and by whom; status unchanged. */
  reportNoticeToHr: RewardPenaltyNotice;
  /** 提交整改报告: ISSUED → REPORTED: the department's 整改报告 (the cause found, what was done, how it was completed), by a user of that department. */
  reportRectification: Rectification;
  /** Give a user a one-time password (answered this once); their sessions end and they must change it at the next sign-in. Administrators. */
  resetPassword: OneTimePassword;
  /** 电话指导已解决: RECEIVED → REMOTE_RESOLVED: the fault was cleared on the phone; no visit, its own figures. */
  resolveServiceRequestByPhone: ServiceRequest;
  /** 答复客户: APPROVED → RESPONDED (an enquiry straight from ACKNOWLEDGED/INVESTIGATING); needs a result. */
  respondToComplaint: Complaint;
  /** Batch save of the 工作日历 ledger: validated first, one transaction, audited. */
  saveCalendarDays: SaveCalendarDayResult;
  /** Batch save of the 回访记录 ledger: validated first, one transaction, audited. */
  saveCallbacks: SaveCallbackResult;
  /** Batch save of the 投诉联络记录 ledger: validated first, one transaction, audited. */
  saveComplaintContacts: SaveComplaintContactResult;
  /** Batch save of the 投诉台账 ledger: validated first, one transaction, audited. */
  saveComplaints: SaveComplaintResult;
  /** Batch save of the 客户 ledger: validated first, one transaction, audited. */
  saveCustomers: SaveCustomerResult;
  /** Batch save of the 部门 ledger: validated first, one transaction, audited. */
  saveDepartments: SaveDepartmentResult;
  /** Batch save of the 故障知识库 ledger: validated first, one transaction, audited. */
  saveFaultSolutions: SaveFaultSolutionResult;
  /** Batch save of the 物料单 ledger: validated first, one transaction, audited. */
  saveMaterialLists: SaveMaterialListResult;
  /** Batch save of the 领料单 ledger: validated first, one transaction, audited. */
  saveMaterialRequisitions: SaveMaterialRequisitionResult;
  /** Batch save of the 备件出入库 ledger: validated first, one transaction, audited. */
  savePartMovements: SavePartMovementResult;
  /** Batch save of the 产品型号 ledger: validated first, one transaction, audited. */
  saveProductModels: SaveProductModelResult;
  /** Batch save of the 整改通知单 ledger: validated first, one transaction, audited. */
  saveRectifications: SaveRectificationResult;
  /** Batch save of the 领料明细 ledger: validated first, one transaction, audited. */
  saveRequisitionLines: SaveRequisitionLineResult;
  /** Batch save of the 退/换/维修单 ledger: validated first, one transaction, audited. */
  saveReturnOrders: SaveReturnOrderResult;
  /** Batch save of the 投诉检讨会议 ledger: validated first, one transaction, audited. */
  saveReviewMeetings: SaveReviewMeetingResult;
  /** Batch save of the 奖罚通知单 ledger: validated first, one transaction, audited. */
  saveRewardPenaltyNotices: SaveRewardPenaltyNoticeResult;
  /** Batch save of the 返工单 ledger: validated first, one transaction, audited. */
  saveReworkOrders: SaveReworkOrderResult;
  /** Batch save of the 例行检查 ledger: validated first, one transaction, audited. */
  saveRoutineInspections: SaveRoutineInspectionResult;
  /** Batch save of the 满意度调查 ledger: validated first, one transaction, audited. */
  saveSatisfactionSurveys: SaveSatisfactionSurveyResult;
  /** Batch save of the 售后服务档案 ledger: validated first, one transaction, audited. */
  saveServiceArchives: SaveServiceArchiveResult;
  /** Batch save of the 服务请求（报修） ledger: validated first, one transaction, audited. */
  saveServiceRequests: SaveServiceRequestResult;
  /** Batch save of the 服务报告 ledger: validated first, one transaction, audited. */
  saveServiceVisits: SaveServiceVisitResult;
  /** Batch save of the 备件 ledger: validated first, one transaction, audited. */
  saveSpareParts: SaveSparePartResult;
  /** Batch save of the 库位 ledger: validated first, one transaction, audited. */
  saveStockLocations: SaveStockLocationResult;
  /** Batch save of the 调查项目 ledger: validated first, one transaction, audited. */
  saveSurveyItems: SaveSurveyItemResult;
  /** Batch save of the 调查明细 ledger: validated first, one transaction, audited. */
  saveSurveyScores: SaveSurveyScoreResult;
  /** Batch save of the 技术人员 ledger: validated first, one transaction, audited. */
  saveTechnicians: SaveTechnicianResult;
  /** Batch save of the 用户 ledger: validated first, one transaction, audited. */
  saveUsers: SaveUserResult;
  /** Saves a view under its name (replaces the same name). Personal settings: not audited. Any signed-in user. */
  saveView: SavedView;
  /** Batch save of the 保修政策 ledger: validated first, one transaction, audited. */
  saveWarrantyPolicys: SaveWarrantyPolicyResult;
  /** 退回重拟对策: COUNTERMEASURE/INVESTIGATING → INVESTIGATING: the approver sends the proposal back to the countermeasure unit to redo (重拟对策), with the reason. */
  sendBackComplaintProposal: Complaint;
  /** 退回重新整改: REPORTED → ISSUED: the rectification did not take effect; back to the department with the reason. */
  sendBackRectification: Rectification;
  /** 开始调查: ACKNOWLEDGED → INVESTIGATING; needs a responsible department. */
  startComplaintInvestigation: Complaint;
  /** 开始返工: AWAITING_MATERIAL → REWORKING once every part on the list is issued. */
  startRework: ReworkOrder;
  /** 开始检验: OPEN → INSPECTING; QA takes the unit. */
  startReworkInspection: ReworkOrder;
  /** 提交: DRAFT → SUBMITTED for the general manager. */
  submitNotice: RewardPenaltyNotice;
  /** 验证对策效果: records who verified the countermeasure and when; status unchanged. */
  verifyComplaintCountermeasure: Complaint;
  /** 验证关闭: REPORTED → CLOSED: quality verifies the rectification took effect; not whoever reported it. */
  verifyRectification: Rectification;
  /** Voids a file with its reason: audited (DETACH, with its SHA-256); the bytes stay for the auditor. */
  voidAttachment: Attachment;
  /** 撤诉: the customer withdrew; records whether freely. */
  withdrawComplaint: Complaint;
};


export type MutationAcknowledgeComplaintArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationApproveComplaintProposalArgs = {
  id: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationApproveNoticeArgs = {
  id: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationApproveReturnOrderArgs = {
  id: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  salesRep: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationArriveOnSiteArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCancelServiceRequestArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationChangePasswordArgs = {
  current: Scalars['String']['input'];
  next: Scalars['String']['input'];
};


export type MutationClearLoginLockArgs = {
  client: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};


export type MutationCloseComplaintArgs = {
  delayReason?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCloseReturnOrderArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCloseServiceRequestArgs = {
  id: Scalars['Int']['input'];
  result: Scalars['String']['input'];
  satisfied: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCountReturnOrderArgs = {
  id: Scalars['Int']['input'];
  qtyCounted: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteViewArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDispatchServiceRequestArgs = {
  id: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  technician: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationEscalateComplaintArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationExtendComplaintDeadlineArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationFeedbackReworkToSalesArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationFileServiceReportArgs = {
  input: ServiceReportInput;
};


export type MutationFinishReworkArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationGenerateAnnualSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type MutationGenerateHalfYearReportArgs = {
  half: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationGenerateMonthlyReportArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['String']['input'];
  scope?: ReportScope;
};


export type MutationIssueRequisitionArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationOpenReworkOrderArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRaiseComplaintFromCallbackArgs = {
  callbackId: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  handlingScope?: Scalars['String']['input'];
  kind?: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRaiseComplaintFromServiceRequestArgs = {
  description: Scalars['String']['input'];
  handlingScope?: Scalars['String']['input'];
  id: Scalars['Int']['input'];
  kind?: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRaiseReturnFromServiceRequestArgs = {
  id: Scalars['Int']['input'];
  type?: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRaiseServiceRequestFromCallbackArgs = {
  callbackId: Scalars['Int']['input'];
  fault?: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRaiseServiceRequestFromComplaintArgs = {
  complaintId: Scalars['Int']['input'];
  fault?: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReassignServiceRequestArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  technician: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordComplaintCallbackArgs = {
  callbackResult: Scalars['String']['input'];
  id: Scalars['Int']['input'];
  satisfied: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordComplaintCountermeasureArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordFinalInspectionArgs = {
  id: Scalars['Int']['input'];
  passed: Scalars['Boolean']['input'];
  result: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordPhoneGuidanceArgs = {
  guidance: Scalars['String']['input'];
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordReworkInspectionArgs = {
  defectCause: Scalars['String']['input'];
  id: Scalars['Int']['input'];
  partsNeeded: Scalars['Boolean']['input'];
  result: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRefundReturnOrderArgs = {
  amount: Scalars['Float']['input'];
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRejectComplaintArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRejectNoticeArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenComplaintArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReportNoticeToHrArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReportRectificationArgs = {
  id: Scalars['Int']['input'];
  report: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResetPasswordArgs = {
  userId: Scalars['Int']['input'];
};


export type MutationResolveServiceRequestByPhoneArgs = {
  guidance: Scalars['String']['input'];
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRespondToComplaintArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSaveCalendarDaysArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveCalendarDayInput;
};


export type MutationSaveCallbacksArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveCallbackInput;
};


export type MutationSaveComplaintContactsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveComplaintContactInput;
};


export type MutationSaveComplaintsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveComplaintInput;
};


export type MutationSaveCustomersArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveCustomerInput;
};


export type MutationSaveDepartmentsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveDepartmentInput;
};


export type MutationSaveFaultSolutionsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveFaultSolutionInput;
};


export type MutationSaveMaterialListsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveMaterialListInput;
};


export type MutationSaveMaterialRequisitionsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveMaterialRequisitionInput;
};


export type MutationSavePartMovementsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SavePartMovementInput;
};


export type MutationSaveProductModelsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveProductModelInput;
};


export type MutationSaveRectificationsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveRectificationInput;
};


export type MutationSaveRequisitionLinesArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveRequisitionLineInput;
};


export type MutationSaveReturnOrdersArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveReturnOrderInput;
};


export type MutationSaveReviewMeetingsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveReviewMeetingInput;
};


export type MutationSaveRewardPenaltyNoticesArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveRewardPenaltyNoticeInput;
};


export type MutationSaveReworkOrdersArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveReworkOrderInput;
};


export type MutationSaveRoutineInspectionsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveRoutineInspectionInput;
};


export type MutationSaveSatisfactionSurveysArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveSatisfactionSurveyInput;
};


export type MutationSaveServiceArchivesArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveServiceArchiveInput;
};


export type MutationSaveServiceRequestsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveServiceRequestInput;
};


export type MutationSaveServiceVisitsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveServiceVisitInput;
};


export type MutationSaveSparePartsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveSparePartInput;
};


export type MutationSaveStockLocationsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveStockLocationInput;
};


export type MutationSaveSurveyItemsArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveSurveyItemInput;
};


export type MutationSaveSurveyScoresArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveSurveyScoreInput;
};


export type MutationSaveTechniciansArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveTechnicianInput;
};


export type MutationSaveUsersArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveUserInput;
};


export type MutationSaveViewArgs = {
  ledger: Scalars['String']['input'];
  name: Scalars['String']['input'];
  state: Scalars['JSONObject']['input'];
};


export type MutationSaveWarrantyPolicysArgs = {
  confirm?: InputMaybe<Array<Scalars['String']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: SaveWarrantyPolicyInput;
};


export type MutationSendBackComplaintProposalArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSendBackRectificationArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStartComplaintInvestigationArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStartReworkArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStartReworkInspectionArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitNoticeArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationVerifyComplaintCountermeasureArgs = {
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationVerifyRectificationArgs = {
  id: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationVoidAttachmentArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWithdrawComplaintArgs = {
  id: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  voluntary: Scalars['Boolean']['input'];
};

/** Reward or penalty. */
export type NoticeKind =
  /** 处罚 / Penalty */
  | 'PENALTY'
  /** 奖励 / Reward */
  | 'REWARD';

/** Filter on NoticeKind. */
export type NoticeKindFilter = {
  /** Equals. */
  eq?: InputMaybe<NoticeKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<NoticeKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A notice is drafted, submitted, then approved or rejected by the general manager. */
export type NoticeStatus =
  /** 已批准 / Approved */
  | 'APPROVED'
  /** 草稿 / Draft */
  | 'DRAFT'
  /** 已驳回 / Rejected */
  | 'REJECTED'
  /** 已提交 / Submitted */
  | 'SUBMITTED';

/** Filter on NoticeStatus. */
export type NoticeStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<NoticeStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<NoticeStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A one-time password, shown this once. */
export type OneTimePassword = {
  __typename?: 'OneTimePassword';
  /** The password; it must be changed at the next sign-in. */
  password: Scalars['String']['output'];
  /** Whose. */
  username: Scalars['String']['output'];
};

/** One key of the order a grid opens in. */
export type OrderMeta = {
  __typename?: 'OrderMeta';
  /** ASC or DESC. */
  direction: Scalars['String']['output'];
  /** Stored field. */
  field: Scalars['String']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A paper form one row prints as. */
export type PaperFormMeta = {
  __typename?: 'PaperFormMeta';
  /** English title. */
  en: Scalars['String']['output'];
  /** Columns the form lists, in its order. */
  fields: Array<Scalars['String']['output']>;
  /** Stable key of the form within its ledger. */
  key: Scalars['String']['output'];
  /** Signature boxes at the foot. */
  signatures: Array<Scalars['String']['output']>;
  /** Prints its line items as a table. */
  withLines: Scalars['Boolean']['output'];
  /** Chinese title. */
  zh: Scalars['String']['output'];
};

/** A Pareto: items by value, largest first, with the cumulative line. */
export type Pareto = {
  __typename?: 'Pareto';
  /** Items, largest first. */
  items: Array<ParetoItem>;
  /** Sum of all items. */
  total: Scalars['Float']['output'];
};

/** One bar of a Pareto. */
export type ParetoItem = {
  __typename?: 'ParetoItem';
  /** Running share, largest first. */
  cumulativeShare: Maybe<Scalars['Float']['output']>;
  /** The rows behind this figure. */
  drill: Drill;
  /** Code, part no., model code or customer code. */
  key: Scalars['String']['output'];
  /** What to show (Chinese label). */
  label: Scalars['String']['output'];
  /** value ÷ total (null when the total is 0). */
  share: Maybe<Scalars['Float']['output']>;
  /** Count or cost. */
  value: Scalars['Float']['output'];
  /** Among the vital few: up to and including the item that reaches 80 %. */
  vital: Scalars['Boolean']['output'];
};

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

/** 备件出入库 / Spare-part movements: Receipts, issues to technicians, use on visits, returns of unused and faulty parts, and stock counts; each moves the balance in its transaction. */
export type PartMovement = {
  __typename?: 'PartMovement';
  /** 账面数 / Book */
  bookQty: Maybe<Scalars['Int']['output']>;
  /** 盘点实数 / Counted */
  countedQty: Maybe<Scalars['Int']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 发出库位 / From */
  fromLocation: Maybe<StockLocation>;
  /** 发出库位 / From (id) */
  fromLocationId: Maybe<Scalars['Int']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 类型 / Kind */
  kind: PartMovementKind;
  /** 时间 / At */
  movedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 单号 / No. */
  movementNo: Maybe<Scalars['String']['output']>;
  /** 备件 / Part */
  part: Maybe<SparePart>;
  /** 备件 / Part (id) */
  partId: Scalars['Int']['output'];
  /** 数量 / Quantity. How many moved; for a stock count, leave it empty: the difference is computed. */
  qty: Maybe<Scalars['Int']['output']>;
  /** 说明 / Note */
  reason: Maybe<Scalars['String']['output']>;
  /** 品质检验返工单 / QA rework order. The rework order a faulty part opened for quality to inspect. */
  reworkOrder: Maybe<ReworkOrder>;
  /** 品质检验返工单 / QA rework order. The rework order a faulty part opened for quality to inspect. (id) */
  reworkOrderId: Maybe<Scalars['Int']['output']>;
  /** 接收库位 / To */
  toLocation: Maybe<StockLocation>;
  /** 接收库位 / To (id) */
  toLocationId: Maybe<Scalars['Int']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 服务报告 / Service report */
  visit: Maybe<ServiceVisit>;
  /** 服务报告 / Service report (id) */
  visitId: Maybe<Scalars['Int']['output']>;
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type PartMovementConflict = {
  __typename?: 'PartMovementConflict';
  /** The row as someone else saved it (theirs). */
  current: PartMovement;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of PartMovement. */
export type PartMovementConnection = {
  __typename?: 'PartMovementConnection';
  /** Rows of this page. */
  edges: Array<PartMovementEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new PartMovement row. */
export type PartMovementCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: PartMovementValues;
};

/** An edge of PartMovementConnection. */
export type PartMovementEdge = {
  __typename?: 'PartMovementEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: PartMovement;
};

/** Filter of the Spare-part movements ledger: only declared columns. */
export type PartMovementFilter = {
  /** Filter on Book. */
  bookQty?: InputMaybe<IntFilter>;
  /** Filter on Counted. */
  countedQty?: InputMaybe<IntFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose From (a Stock locations row) matches this filter. */
  fromLocation?: InputMaybe<StockLocationFilter>;
  /** Filter on From. */
  fromLocationId?: InputMaybe<IntFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<PartMovementKindFilter>;
  /** Filter on At. */
  movedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on No.. */
  movementNo?: InputMaybe<StringFilter>;
  /** Rows whose Part (a Spare parts row) matches this filter. */
  part?: InputMaybe<SparePartFilter>;
  /** Filter on Part. */
  partId?: InputMaybe<IntFilter>;
  /** Filter on Quantity. */
  qty?: InputMaybe<IntFilter>;
  /** Filter on Note. */
  reason?: InputMaybe<StringFilter>;
  /** Rows whose QA rework order (a Rework orders row) matches this filter. */
  reworkOrder?: InputMaybe<ReworkOrderFilter>;
  /** Filter on QA rework order. */
  reworkOrderId?: InputMaybe<IntFilter>;
  /** Rows whose To (a Stock locations row) matches this filter. */
  toLocation?: InputMaybe<StockLocationFilter>;
  /** Filter on To. */
  toLocationId?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Service report (a Service reports row) matches this filter. */
  visit?: InputMaybe<ServiceVisitFilter>;
  /** Filter on Service report. */
  visitId?: InputMaybe<IntFilter>;
};

/** What moved a spare part. */
export type PartMovementKind =
  /** 维修消耗 / Used on a visit */
  | 'CONSUME'
  /** 盘点调整 / Stock count */
  | 'COUNT'
  /** 发给技术员 / Issued to a technician */
  | 'ISSUE'
  /** 入库 / Receipt */
  | 'RECEIPT'
  /** 旧件返回品质部 / Faulty part to QA */
  | 'RETURN_FAULTY'
  /** 退回未用件 / Unused returned */
  | 'RETURN_UNUSED'
  /** 报废 / Scrapped */
  | 'SCRAP';

/** Filter on PartMovementKind. */
export type PartMovementKindFilter = {
  /** Equals. */
  eq?: InputMaybe<PartMovementKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<PartMovementKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key; id is always the final tie-breaker. */
export type PartMovementOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: PartMovementSortField;
};

/** Sortable columns of Spare-part movements. */
export type PartMovementSortField =
  | 'bookQty'
  | 'countedQty'
  | 'createdAt'
  | 'fromLocationId'
  | 'id'
  | 'kind'
  | 'movedAt'
  | 'movementNo'
  | 'partId'
  | 'qty'
  | 'reason'
  | 'reworkOrderId'
  | 'toLocationId'
  | 'updatedAt'
  | 'visitId';

/** Changes to an existing PartMovement row. */
export type PartMovementUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: PartMovementValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a PartMovement row; only the fields sent are changed, null clears a cell. */
export type PartMovementValues = {
  /** 盘点实数 / Counted */
  countedQty?: InputMaybe<Scalars['Int']['input']>;
  /** 发出库位 / From (key: code) */
  fromLocation?: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Kind */
  kind?: InputMaybe<PartMovementKind>;
  /** 时间 / At */
  movedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 备件 / Part (key: partNo) */
  part?: InputMaybe<Scalars['String']['input']>;
  /** 数量 / Quantity. How many moved; for a stock count, leave it empty: the difference is computed. */
  qty?: InputMaybe<Scalars['Int']['input']>;
  /** 说明 / Note */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 接收库位 / To (key: code) */
  toLocation?: InputMaybe<Scalars['String']['input']>;
  /** 服务报告 / Service report (key: visitNo) */
  visit?: InputMaybe<Scalars['String']['input']>;
};

/** 缺件: a part below the minimum the warehouses keep. */
export type PartShortage = {
  __typename?: 'PartShortage';
  /** 最低库存. */
  minLevel: Scalars['Int']['output'];
  /** 名称. */
  name: Scalars['String']['output'];
  /** 备件编号. */
  partNo: Scalars['String']['output'];
  /** On the vans. */
  vans: Scalars['Int']['output'];
  /** In the warehouses. */
  warehouse: Scalars['Int']['output'];
};

/** 备件库存 / Spare-part stock: Stock per location and part, kept by the movements (出入库) in their transaction; never below zero. */
export type PartStock = {
  __typename?: 'PartStock';
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 库位 / Location */
  location: Maybe<StockLocation>;
  /** 库位 / Location (id) */
  locationId: Scalars['Int']['output'];
  /** 备件 / Part */
  part: Maybe<SparePart>;
  /** 备件 / Part (id) */
  partId: Scalars['Int']['output'];
  /** 数量 / Quantity */
  qty: Scalars['Int']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A keyset-paged list of PartStock. */
export type PartStockConnection = {
  __typename?: 'PartStockConnection';
  /** Rows of this page. */
  edges: Array<PartStockEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PartStockConnection. */
export type PartStockEdge = {
  __typename?: 'PartStockEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: PartStock;
};

/** Filter of the Spare-part stock ledger: only declared columns. */
export type PartStockFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Rows whose Location (a Stock locations row) matches this filter. */
  location?: InputMaybe<StockLocationFilter>;
  /** Filter on Location. */
  locationId?: InputMaybe<IntFilter>;
  /** Rows whose Part (a Spare parts row) matches this filter. */
  part?: InputMaybe<SparePartFilter>;
  /** Filter on Part. */
  partId?: InputMaybe<IntFilter>;
  /** Filter on Quantity. */
  qty?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type PartStockOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: PartStockSortField;
};

/** Sortable columns of Spare-part stock. */
export type PartStockSortField =
  | 'createdAt'
  | 'id'
  | 'locationId'
  | 'partId'
  | 'qty'
  | 'updatedAt';

/** 产品型号 / Product models: Product models: code, name, category and whether still sold; warranty policies, archives, complaints, returns and reworks refer to them. */
export type ProductModel = {
  __typename?: 'ProductModel';
  /** 在售 / Active. Still sold; inactive models stay for the records that name them. */
  active: Maybe<Scalars['Boolean']['output']>;
  /** 产品类别 / Category */
  category: Maybe<Scalars['String']['output']>;
  /** 型号代码 / Model code */
  code: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 例行检查项目 / Inspection checklist. 一品一案: what a routine inspection of this model checks, one item per line (or separated by 、). */
  inspectionChecklist: Maybe<Scalars['String']['output']>;
  /** 型号名称 / Model name */
  name: Scalars['String']['output'];
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 服务等级 / Service level. 一品一案: the service this model gets; a repair request on it runs the promise clocks of this level. */
  serviceLevel: Maybe<ServiceLevel>;
  /** 设计使用年限（年） / Design life (years). A unit within a year of it gets an inspection to judge overhaul or buy-back (一品一案). */
  serviceLifeYears: Maybe<Scalars['Int']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type ProductModelConflict = {
  __typename?: 'ProductModelConflict';
  /** The row as someone else saved it (theirs). */
  current: ProductModel;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ProductModel. */
export type ProductModelConnection = {
  __typename?: 'ProductModelConnection';
  /** Rows of this page. */
  edges: Array<ProductModelEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ProductModel row. */
export type ProductModelCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ProductModelValues;
};

/** An edge of ProductModelConnection. */
export type ProductModelEdge = {
  __typename?: 'ProductModelEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ProductModel;
};

/** Filter of the Product models ledger: only declared columns. */
export type ProductModelFilter = {
  /** Filter on Active. */
  active?: InputMaybe<BooleanFilter>;
  /** Filter on Category. */
  category?: InputMaybe<StringFilter>;
  /** Filter on Model code. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Inspection checklist. */
  inspectionChecklist?: InputMaybe<StringFilter>;
  /** Filter on Model name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Service level. */
  serviceLevel?: InputMaybe<ServiceLevelFilter>;
  /** Filter on Design life (years). */
  serviceLifeYears?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ProductModelOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ProductModelSortField;
};

/** Sortable columns of Product models. */
export type ProductModelSortField =
  | 'active'
  | 'category'
  | 'code'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'serviceLevel'
  | 'serviceLifeYears'
  | 'updatedAt';

/** Changes to an existing ProductModel row. */
export type ProductModelUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ProductModelValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ProductModel row; only the fields sent are changed, null clears a cell. */
export type ProductModelValues = {
  /** 在售 / Active. Still sold; inactive models stay for the records that name them. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 产品类别 / Category */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 型号代码 / Model code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 例行检查项目 / Inspection checklist. 一品一案: what a routine inspection of this model checks, one item per line (or separated by 、). */
  inspectionChecklist?: InputMaybe<Scalars['String']['input']>;
  /** 型号名称 / Model name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 服务等级 / Service level. 一品一案: the service this model gets; a repair request on it runs the promise clocks of this level. */
  serviceLevel?: InputMaybe<ServiceLevel>;
  /** 设计使用年限（年） / Design life (years). A unit within a year of it gets an inspection to judge overhaul or buy-back (一品一案). */
  serviceLifeYears?: InputMaybe<Scalars['Int']['input']>;
};

/** One promise clock of a repair request (响应, 到场, 排除故障, 提交服务报告). */
export type PromiseClock = {
  __typename?: 'PromiseClock';
  /** When it stopped. */
  doneAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it falls due. */
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** RESPONSE, ARRIVAL, CLEARED or REPORT. */
  key: Scalars['String']['output'];
  /** The clock in Chinese: 响应, 到场, 排除故障, 提交服务报告. */
  label: Scalars['String']['output'];
  /** What is promised, in words: 24 小时, 1 个工作日. */
  promise: Scalars['String']['output'];
  /** Seconds left while running, negative once overdue. */
  secondsLeft: Maybe<Scalars['Int']['output']>;
  /** KEPT, MISSED, RUNNING, OVERDUE, NOT_STARTED or NOT_NEEDED. */
  state: Scalars['String']['output'];
  /** The state in Chinese: 按时, 超时完成, 计时中, 已超时, 未开始, 无需. */
  stateLabel: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One frozen report by id. */
  analysisReport: Maybe<AnalysisReport>;
  /** 年度总结: the latest frozen version, or null. */
  annualSummary: Maybe<AnalysisReport>;
  /** How many live files each row keeps (rows with none left out). */
  attachmentCounts: Array<AttachmentCount>;
  /** A row's files, oldest first; categories the role may not open are left out. Whoever may read the ledger. */
  attachments: Array<Attachment>;
  /** 审计日志: the trail, newest first, filtered; in Chinese, records by their numbers. Auditors and administrators. */
  auditEvents: AuditLogPage;
  /** One CalendarDay by id. */
  calendarDay: Maybe<CalendarDay>;
  /** 工作日历: keyset-paged, filtered, sorted. */
  calendarDays: CalendarDayConnection;
  /** One Callback by id. */
  callback: Maybe<Callback>;
  /** 回访计划: KEY customers every 6 months, LONG_TERM yearly; soonest due first. */
  callbackPlan: Array<CallbackPlanItem>;
  /** 回访记录: keyset-paged, filtered, sorted. */
  callbacks: CallbackConnection;
  /** One Complaint by id. */
  complaint: Maybe<Complaint>;
  /** One ComplaintContact by id. */
  complaintContact: Maybe<ComplaintContact>;
  /** 投诉联络记录: keyset-paged, filtered, sorted. */
  complaintContacts: ComplaintContactConnection;
  /** 投诉指标: timeliness, callbacks, satisfaction, first response, repeats, overdue and year-on-year, by month, quarter or attribute. */
  complaintKpis: ComplaintKpis;
  /** 投诉台账: keyset-paged, filtered, sorted. */
  complaints: ComplaintConnection;
  /** One Customer by id. */
  customer: Maybe<Customer>;
  /** 客户: keyset-paged, filtered, sorted. */
  customers: CustomerConnection;
  /** One Department by id. */
  department: Maybe<Department>;
  /** 部门: keyset-paged, filtered, sorted. */
  departments: DepartmentConnection;
  /** 派工建议: technicians who suit a request, best first, each with its reasons. */
  dispatchSuggestions: Array<DispatchSuggestion>;
  /** One FaultSolution by id. */
  faultSolution: Maybe<FaultSolution>;
  /** 故障知识库: keyset-paged, filtered, sorted. */
  faultSolutions: FaultSolutionConnection;
  /** 半年分析: the latest frozen version of a half, or null when none was generated. */
  halfYearReport: Maybe<AnalysisReport>;
  /** Changes of a record, or of one cell, oldest first. Readers of that ledger. */
  history: Array<AuditEvent>;
  /** A page of a ledger as it stood at a moment: two statements a page, and one per referenced ledger for the displayed keys. Whoever may read the ledger. */
  ledgerAsOf: LedgerAsOfPage;
  /** Ledgers the signed-in user may read, with their columns. Any signed-in user. */
  ledgerDefinitions: Array<LedgerMeta>;
  /** 登录锁定: the sign-in locks in force, the latest first. Administrators. */
  loginLocks: Array<LoginLock>;
  /** One MaterialList by id. */
  materialLine: Maybe<MaterialList>;
  /** 物料单: keyset-paged, filtered, sorted. */
  materialLists: MaterialListConnection;
  /** One MaterialRequisition by id. */
  materialRequisition: Maybe<MaterialRequisition>;
  /** 领料单: keyset-paged, filtered, sorted. */
  materialRequisitions: MaterialRequisitionConnection;
  /** The signed-in user. Any signed-in user. */
  me: CurrentUser;
  /** 月报: every frozen version, newest month first; `late` marks one generated after its due date. */
  monthlyReports: Array<AnalysisReport>;
  /** The mutations with a declared role list that the signed-in user may run (generateMonthlyReport …), so that no page offers what the role cannot do. */
  myOperations: Array<Scalars['String']['output']>;
  /** 我的工单: the signed-in technician’s requests still to visit (派工, 到场), most urgent promise first. */
  myServiceRequests: Array<ServiceRequest>;
  /** 我的随车备件: what is on the signed-in technician’s van. */
  myVanStock: Array<VanPart>;
  /** 我的待办: what waits for the signed-in user, most urgent first; each list one count. Any signed-in user. */
  myWork: Array<WorkItem>;
  /** 逾期例行检查: inspections due before the date and not done, oldest first. */
  overdueInspections: Array<RoutineInspection>;
  /** 帕累托分析: counts or costs grouped by subject over a period (inclusive, China time), computed by the database. */
  pareto: Pareto;
  /** One PartMovement by id. */
  partMovement: Maybe<PartMovement>;
  /** 备件出入库: keyset-paged, filtered, sorted. */
  partMovements: PartMovementConnection;
  /** 缺件: parts whose warehouse stock is below the minimum kept. */
  partShortages: Array<PartShortage>;
  /** One PartStock by id. */
  partStock: Maybe<PartStock>;
  /** 备件库存: keyset-paged, filtered, sorted. */
  partStocks: PartStockConnection;
  /** Every frozen half-year analysis and annual summary, newest first. */
  periodicReports: Array<AnalysisReport>;
  /** One ProductModel by id. */
  productModel: Maybe<ProductModel>;
  /** 产品型号: keyset-paged, filtered, sorted. */
  productModels: ProductModelConnection;
  /** Replays the trail to each row's last audited state and lists the rows whose stored cells differ (edited outside the application). Auditors and administrators. GET /audit/reconcile/<ledger> streams the same with progress. */
  reconcileLedger: ReconcileReport;
  /** A row as it stood at a moment (null: it did not exist yet). Whoever may read the ledger. */
  recordAsOf: Maybe<RowAsOf>;
  /** One Rectification by id. */
  rectification: Maybe<Rectification>;
  /** 整改通知单: keyset-paged, filtered, sorted. */
  rectifications: RectificationConnection;
  /** One RequisitionLine by id. */
  requisitionLine: Maybe<RequisitionLine>;
  /** 领料明细: keyset-paged, filtered, sorted. */
  requisitionLines: RequisitionLineConnection;
  /** One ReturnOrder by id. */
  returnOrder: Maybe<ReturnOrder>;
  /** 退/换/维修单: keyset-paged, filtered, sorted. */
  returnOrders: ReturnOrderConnection;
  /** One ReviewMeeting by id. */
  reviewMeeting: Maybe<ReviewMeeting>;
  /** 投诉检讨会议: keyset-paged, filtered, sorted. */
  reviewMeetings: ReviewMeetingConnection;
  /** One RewardPenaltyNotice by id. */
  rewardPenaltyNotice: Maybe<RewardPenaltyNotice>;
  /** 奖罚通知单: keyset-paged, filtered, sorted. */
  rewardPenaltyNotices: RewardPenaltyNoticeConnection;
  /** 返工履历: reworks by model, part, defect cause, month or customer (up to two), with costs, and the reworks themselves. */
  reworkHistory: ReworkHistory;
  /** One ReworkOrder by id. */
  reworkOrder: Maybe<ReworkOrder>;
  /** 返工单: keyset-paged, filtered, sorted. */
  reworkOrders: ReworkOrderConnection;
  /** One RoutineInspection by id. */
  routineInspection: Maybe<RoutineInspection>;
  /** 例行检查: keyset-paged, filtered, sorted. */
  routineInspections: RoutineInspectionConnection;
  /** 分项满意度: satisfaction per survey item in a year (items scored on their own maximum, brought to 0–100). */
  satisfactionByItem: Array<ItemSatisfaction>;
  /** 年度满意度 = Σ 百分制得分 ÷ 问卷份数. */
  satisfactionOfYear: SatisfactionSummary;
  /** One SatisfactionSurvey by id. */
  satisfactionSurvey: Maybe<SatisfactionSurvey>;
  /** 满意度调查: keyset-paged, filtered, sorted. */
  satisfactionSurveys: SatisfactionSurveyConnection;
  /** The signed-in user's saved views of a ledger, by name. Any signed-in user. */
  savedViews: Array<SavedView>;
  /** 故障知识库: faults matching symptom words (Chinese as typed), best first, with their use. */
  searchFaults: Array<FaultHit>;
  /** 总经理月度检查: serious complaints (escalated, claims, repeats) closed in the month (default: last month) that have no reward/penalty notice yet. */
  seriousComplaintsWithoutNotice: Array<Complaint>;
  /** One ServiceArchive by id. */
  serviceArchive: Maybe<ServiceArchive>;
  /** 售后服务档案 by archive number or serial number. */
  serviceArchiveByNo: Maybe<ServiceArchive>;
  /** 售后服务档案: keyset-paged, filtered, sorted. */
  serviceArchives: ServiceArchiveConnection;
  /** One ServiceRequest by id. */
  serviceRequest: Maybe<ServiceRequest>;
  /** 服务请求（报修）: keyset-paged, filtered, sorted. */
  serviceRequests: ServiceRequestConnection;
  /** One ServiceVisit by id. */
  serviceVisit: Maybe<ServiceVisit>;
  /** 服务报告: keyset-paged, filtered, sorted. */
  serviceVisits: ServiceVisitConnection;
  /** 上线准备: the lists, people, calendar and key the ledgers need, each with what is missing and who fills it. Administrators. */
  setupChecklist: Array<SetupItem>;
  /** One SparePart by id. */
  sparePart: Maybe<SparePart>;
  /** 备件: keyset-paged, filtered, sorted. */
  spareParts: SparePartConnection;
  /** One StockLocation by id. */
  stockLocation: Maybe<StockLocation>;
  /** 库位: keyset-paged, filtered, sorted. */
  stockLocations: StockLocationConnection;
  /** One SurveyItem by id. */
  surveyItem: Maybe<SurveyItem>;
  /** 调查项目: keyset-paged, filtered, sorted. */
  surveyItems: SurveyItemConnection;
  /** One SurveyScore by id. */
  surveyScore: Maybe<SurveyScore>;
  /** 调查明细: keyset-paged, filtered, sorted. */
  surveyScores: SurveyScoreConnection;
  /** One Technician by id. */
  technician: Maybe<Technician>;
  /** 技术人员业绩 for requests reported in [from, to). */
  technicianFigures: Array<TechnicianFigure>;
  /** 派工看板: each technician’s open requests per day of their arrival promise. */
  technicianLoads: Array<TechnicianLoad>;
  /** 技术人员: keyset-paged, filtered, sorted. */
  technicians: TechnicianConnection;
  /** The users the audit log can be filtered by. Auditors and administrators. */
  trailUsers: Array<TrailUser>;
  /** One User by id. */
  user: Maybe<User>;
  /** 用户: keyset-paged, filtered, sorted. */
  users: UserConnection;
  /** Recomputes the hash chain up to the head as it was when the check began, lists every break, and holds it against the signed checkpoints (rollback, recomputation). Auditors and administrators. One run at a time per server; callers meanwhile share its report. */
  verifyAuditChain: AuditChainReport;
  /** 保修政策: keyset-paged, filtered, sorted. */
  warrantyPolicies: WarrantyPolicyConnection;
  /** One WarrantyPolicy by id. */
  warrantyPolicy: Maybe<WarrantyPolicy>;
  /** 保修判定: warranty of the unit with this serial number as of a date (default today). */
  warrantyStatus: Maybe<WarrantyStatus>;
};


export type QueryAnalysisReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnnualSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type QueryAttachmentCountsArgs = {
  ids: Array<Scalars['Int']['input']>;
  ledger: Scalars['String']['input'];
};


export type QueryAttachmentsArgs = {
  includeVoided?: Scalars['Boolean']['input'];
  ledger: Scalars['String']['input'];
  recordId: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  before?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AuditLogFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryCalendarDayArgs = {
  id: Scalars['Int']['input'];
};


export type QueryCalendarDaysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarDayFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<CalendarDayOrderBy>>;
};


export type QueryCallbackArgs = {
  id: Scalars['Int']['input'];
};


export type QueryCallbackPlanArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryCallbacksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<CallbackOrderBy>>;
};


export type QueryComplaintArgs = {
  id: Scalars['Int']['input'];
};


export type QueryComplaintContactArgs = {
  id: Scalars['Int']['input'];
};


export type QueryComplaintContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ComplaintContactOrderBy>>;
};


export type QueryComplaintKpisArgs = {
  filter?: InputMaybe<AnalysisFilter>;
  from: Scalars['LocalDate']['input'];
  groupBy?: KpiGroup;
  to: Scalars['LocalDate']['input'];
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ComplaintOrderBy>>;
};


export type QueryCustomerArgs = {
  id: Scalars['Int']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
};


export type QueryDepartmentArgs = {
  id: Scalars['Int']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DepartmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<DepartmentOrderBy>>;
};


export type QueryDispatchSuggestionsArgs = {
  requestId: Scalars['Int']['input'];
};


export type QueryFaultSolutionArgs = {
  id: Scalars['Int']['input'];
};


export type QueryFaultSolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FaultSolutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<FaultSolutionOrderBy>>;
};


export type QueryHalfYearReportArgs = {
  half: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryHistoryArgs = {
  entity: Scalars['String']['input'];
  field?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['Int']['input'];
};


export type QueryLedgerAsOfArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  at: Scalars['DateTimeISO']['input'];
  first?: Scalars['Int']['input'];
  ledger: Scalars['String']['input'];
};


export type QueryMaterialLineArgs = {
  id: Scalars['Int']['input'];
};


export type QueryMaterialListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<MaterialListOrderBy>>;
};


export type QueryMaterialRequisitionArgs = {
  id: Scalars['Int']['input'];
};


export type QueryMaterialRequisitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialRequisitionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<MaterialRequisitionOrderBy>>;
};


export type QueryMonthlyReportsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverdueInspectionsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParetoArgs = {
  filter?: InputMaybe<AnalysisFilter>;
  from: Scalars['LocalDate']['input'];
  measure: ParetoMeasure;
  subject: ParetoSubject;
  to: Scalars['LocalDate']['input'];
  top?: Scalars['Int']['input'];
};


export type QueryPartMovementArgs = {
  id: Scalars['Int']['input'];
};


export type QueryPartMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<PartMovementOrderBy>>;
};


export type QueryPartStockArgs = {
  id: Scalars['Int']['input'];
};


export type QueryPartStocksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartStockFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<PartStockOrderBy>>;
};


export type QueryProductModelArgs = {
  id: Scalars['Int']['input'];
};


export type QueryProductModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductModelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ProductModelOrderBy>>;
};


export type QueryReconcileLedgerArgs = {
  ledger: Scalars['String']['input'];
  limit?: Scalars['Int']['input'];
};


export type QueryRecordAsOfArgs = {
  at: Scalars['DateTimeISO']['input'];
  id: Scalars['Int']['input'];
  ledger: Scalars['String']['input'];
};


export type QueryRectificationArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRectificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<RectificationOrderBy>>;
};


export type QueryRequisitionLineArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRequisitionLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RequisitionLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<RequisitionLineOrderBy>>;
};


export type QueryReturnOrderArgs = {
  id: Scalars['Int']['input'];
};


export type QueryReturnOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReturnOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ReturnOrderOrderBy>>;
};


export type QueryReviewMeetingArgs = {
  id: Scalars['Int']['input'];
};


export type QueryReviewMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewMeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ReviewMeetingOrderBy>>;
};


export type QueryRewardPenaltyNoticeArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRewardPenaltyNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RewardPenaltyNoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<RewardPenaltyNoticeOrderBy>>;
};


export type QueryReworkHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ReworkHistoryFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: Array<ReworkGroupKey>;
};


export type QueryReworkOrderArgs = {
  id: Scalars['Int']['input'];
};


export type QueryReworkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReworkOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ReworkOrderOrderBy>>;
};


export type QueryRoutineInspectionArgs = {
  id: Scalars['Int']['input'];
};


export type QueryRoutineInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoutineInspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<RoutineInspectionOrderBy>>;
};


export type QuerySatisfactionByItemArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySatisfactionOfYearArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySatisfactionSurveyArgs = {
  id: Scalars['Int']['input'];
};


export type QuerySatisfactionSurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SatisfactionSurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<SatisfactionSurveyOrderBy>>;
};


export type QuerySavedViewsArgs = {
  ledger: Scalars['String']['input'];
};


export type QuerySearchFaultsArgs = {
  model?: InputMaybe<Scalars['String']['input']>;
  words: Scalars['String']['input'];
};


export type QuerySeriousComplaintsWithoutNoticeArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceArchiveArgs = {
  id: Scalars['Int']['input'];
};


export type QueryServiceArchiveByNoArgs = {
  archiveNo?: InputMaybe<Scalars['String']['input']>;
  serialNo?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceArchivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceArchiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ServiceArchiveOrderBy>>;
};


export type QueryServiceRequestArgs = {
  id: Scalars['Int']['input'];
};


export type QueryServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ServiceRequestOrderBy>>;
};


export type QueryServiceVisitArgs = {
  id: Scalars['Int']['input'];
};


export type QueryServiceVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceVisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<ServiceVisitOrderBy>>;
};


export type QuerySparePartArgs = {
  id: Scalars['Int']['input'];
};


export type QuerySparePartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SparePartFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<SparePartOrderBy>>;
};


export type QueryStockLocationArgs = {
  id: Scalars['Int']['input'];
};


export type QueryStockLocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockLocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<StockLocationOrderBy>>;
};


export type QuerySurveyItemArgs = {
  id: Scalars['Int']['input'];
};


export type QuerySurveyItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<SurveyItemOrderBy>>;
};


export type QuerySurveyScoreArgs = {
  id: Scalars['Int']['input'];
};


export type QuerySurveyScoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyScoreFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<SurveyScoreOrderBy>>;
};


export type QueryTechnicianArgs = {
  id: Scalars['Int']['input'];
};


export type QueryTechnicianFiguresArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QueryTechnicianLoadsArgs = {
  days?: Scalars['Int']['input'];
};


export type QueryTechniciansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TechnicianFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<TechnicianOrderBy>>;
};


export type QueryUserArgs = {
  id: Scalars['Int']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<UserOrderBy>>;
};


export type QueryWarrantyPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarrantyPolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<Array<WarrantyPolicyOrderBy>>;
};


export type QueryWarrantyPolicyArgs = {
  id: Scalars['Int']['input'];
};


export type QueryWarrantyStatusArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  serialNo: Scalars['String']['input'];
};

/** A one-click filter (已超期, 今日到期) as it stands now. */
export type QuickFilterMeta = {
  __typename?: 'QuickFilterMeta';
  /** English label. */
  en: Scalars['String']['output'];
  /** The list filter it stands for (stored fields), computed at this request. */
  filter: Scalars['JSONObject']['output'];
  /** Stable key (overdue, dueToday). */
  key: Scalars['String']['output'];
  /** The order its rows open in (empty: the grid keeps its own). */
  order: Array<OrderMeta>;
  /** Chinese label. */
  zh: Scalars['String']['output'];
};

/** A cell whose stored value is not what the trail last set. */
export type ReconcileField = {
  __typename?: 'ReconcileField';
  /** Last set by the trail (null: never set). */
  audited: Maybe<Scalars['String']['output']>;
  /** Stored column. */
  field: Scalars['String']['output'];
  /** In the table. */
  stored: Maybe<Scalars['String']['output']>;
};

/** A ledger held against its audit trail. */
export type ReconcileReport = {
  __typename?: 'ReconcileReport';
  /** Rows checked (voided ones too). */
  checked: Scalars['Int']['output'];
  /** Rows that differ. */
  differing: Scalars['Int']['output'];
  /** Files missing or changed, and attachments the trail never recorded, in words. */
  fileProblems: Array<Scalars['String']['output']>;
  /** Attached files the trail vouches for, checked. */
  filesChecked: Scalars['Int']['output'];
  /** Ledger. */
  ledger: Scalars['String']['output'];
  /** The first `limit` of them. */
  rows: Array<ReconcileRow>;
};

/** A row the trail does not account for. */
export type ReconcileRow = {
  __typename?: 'ReconcileRow';
  /** The differing cells. */
  fields: Array<ReconcileField>;
  /** Row id. */
  id: Scalars['Int']['output'];
  /** NO_TRAIL (inserted outside the application), DIFFERS or VOID_DIFFERS. */
  problem: Scalars['String']['output'];
};

/** 整改通知单 / Rectification notices: Rectifications given to a department with a deadline, raised from a complaint, the periodic analysis, a review meeting or a survey comment; the department's report and quality's verification. */
export type Rectification = {
  __typename?: 'Rectification';
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 整改部门 / Department */
  department: Maybe<Department>;
  /** 整改部门 / Department (id) */
  departmentId: Scalars['Int']['output'];
  /** 整改期限 / Due */
  dueDate: Scalars['LocalDate']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 下发人 / Issued by */
  issuedBy: Maybe<Scalars['String']['output']>;
  /** 下发日期 / Issued on. The day the notice went out; the day it is entered when left empty. */
  issuedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 存在问题 / Problem */
  problem: Scalars['String']['output'];
  /** 整改单号 / Rectification no. */
  rectificationNo: Maybe<Scalars['String']['output']>;
  /** 整改报告 / Report. The department's report: the cause found, what was done, and how it was completed (整改报告). */
  report: Maybe<Scalars['String']['output']>;
  /** 报告时间 / Reported at */
  reportedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 报告人 / Reported by */
  reportedBy: Maybe<Scalars['String']['output']>;
  /** 整改要求 / Required */
  requirement: Scalars['String']['output'];
  /** 检讨会议 / Review meeting */
  reviewMeeting: Maybe<ReviewMeeting>;
  /** 检讨会议 / Review meeting (id) */
  reviewMeetingId: Maybe<Scalars['Int']['output']>;
  /** 来源 / Source */
  source: RectificationSource;
  /** 来源投诉 / From complaint */
  sourceComplaint: Maybe<Complaint>;
  /** 来源投诉 / From complaint (id) */
  sourceComplaintId: Maybe<Scalars['Int']['output']>;
  /** 来源问卷 / From survey */
  sourceSurvey: Maybe<SatisfactionSurvey>;
  /** 来源问卷 / From survey (id) */
  sourceSurveyId: Maybe<Scalars['Int']['output']>;
  /** 状态 / Status */
  status: Maybe<RectificationStatus>;
  /** 调查项目 / Survey item. The survey item a comment or a low score concerns: the improvement planned for it (customer-service-procedure 六). */
  surveyItem: Maybe<SurveyItem>;
  /** 调查项目 / Survey item. The survey item a comment or a low score concerns: the improvement planned for it (customer-service-procedure 六). (id) */
  surveyItemId: Maybe<Scalars['Int']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 验证意见 / Verification */
  verificationNote: Maybe<Scalars['String']['output']>;
  /** 验证时间 / Verified at */
  verifiedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 验证人 / Verified by */
  verifiedBy: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type RectificationConflict = {
  __typename?: 'RectificationConflict';
  /** The row as someone else saved it (theirs). */
  current: Rectification;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of Rectification. */
export type RectificationConnection = {
  __typename?: 'RectificationConnection';
  /** Rows of this page. */
  edges: Array<RectificationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new Rectification row. */
export type RectificationCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: RectificationValues;
};

/** An edge of RectificationConnection. */
export type RectificationEdge = {
  __typename?: 'RectificationEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Rectification;
};

/** Filter of the Rectification notices ledger: only declared columns. */
export type RectificationFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Department (a Departments row) matches this filter. */
  department?: InputMaybe<DepartmentFilter>;
  /** Filter on Department. */
  departmentId?: InputMaybe<IntFilter>;
  /** Filter on Due. */
  dueDate?: InputMaybe<DateFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Issued by. */
  issuedBy?: InputMaybe<StringFilter>;
  /** Filter on Issued on. */
  issuedOn?: InputMaybe<DateFilter>;
  /** Filter on Problem. */
  problem?: InputMaybe<StringFilter>;
  /** Filter on Rectification no.. */
  rectificationNo?: InputMaybe<StringFilter>;
  /** Filter on Report. */
  report?: InputMaybe<StringFilter>;
  /** Filter on Reported at. */
  reportedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Reported by. */
  reportedBy?: InputMaybe<StringFilter>;
  /** Filter on Required. */
  requirement?: InputMaybe<StringFilter>;
  /** Rows whose Review meeting (a Complaint review meetings row) matches this filter. */
  reviewMeeting?: InputMaybe<ReviewMeetingFilter>;
  /** Filter on Review meeting. */
  reviewMeetingId?: InputMaybe<IntFilter>;
  /** Filter on Source. */
  source?: InputMaybe<RectificationSourceFilter>;
  /** Rows whose From complaint (a Complaint ledger row) matches this filter. */
  sourceComplaint?: InputMaybe<ComplaintFilter>;
  /** Filter on From complaint. */
  sourceComplaintId?: InputMaybe<IntFilter>;
  /** Rows whose From survey (a Satisfaction surveys row) matches this filter. */
  sourceSurvey?: InputMaybe<SatisfactionSurveyFilter>;
  /** Filter on From survey. */
  sourceSurveyId?: InputMaybe<IntFilter>;
  /** Filter on Status. */
  status?: InputMaybe<RectificationStatusFilter>;
  /** Rows whose Survey item (a Survey items row) matches this filter. */
  surveyItem?: InputMaybe<SurveyItemFilter>;
  /** Filter on Survey item. */
  surveyItemId?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Verification. */
  verificationNote?: InputMaybe<StringFilter>;
  /** Filter on Verified at. */
  verifiedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Verified by. */
  verifiedBy?: InputMaybe<StringFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type RectificationOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: RectificationSortField;
};

/** Sortable columns of Rectification notices. */
export type RectificationSortField =
  | 'createdAt'
  | 'departmentId'
  | 'dueDate'
  | 'id'
  | 'issuedBy'
  | 'issuedOn'
  | 'rectificationNo'
  | 'reportedAt'
  | 'reportedBy'
  | 'reviewMeetingId'
  | 'source'
  | 'sourceComplaintId'
  | 'sourceSurveyId'
  | 'status'
  | 'surveyItemId'
  | 'updatedAt'
  | 'verifiedAt'
  | 'verifiedBy';

/** What the rectification was raised from. */
export type RectificationSource =
  /** 汇总分析 / The periodic analysis */
  | 'ANALYSIS'
  /** 投诉 / A complaint */
  | 'COMPLAINT'
  /** 检讨会议决议 / A review meeting */
  | 'REVIEW_MEETING'
  /** 满意度调查意见 / A survey comment */
  | 'SURVEY';

/** Filter on RectificationSource. */
export type RectificationSourceFilter = {
  /** Equals. */
  eq?: InputMaybe<RectificationSource>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<RectificationSource>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Issued to a unit, reported on by it, then verified (or sent back) by quality. */
export type RectificationStatus =
  /** 已验证关闭 / Verified and closed */
  | 'CLOSED'
  /** 待整改 / Issued */
  | 'ISSUED'
  /** 待验证 / Reported */
  | 'REPORTED';

/** Filter on RectificationStatus. */
export type RectificationStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<RectificationStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<RectificationStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to an existing Rectification row. */
export type RectificationUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: RectificationValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a Rectification row; only the fields sent are changed, null clears a cell. */
export type RectificationValues = {
  /** 整改部门 / Department (key: name) */
  department?: InputMaybe<Scalars['String']['input']>;
  /** 整改期限 / Due */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 下发日期 / Issued on. The day the notice went out; the day it is entered when left empty. */
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 存在问题 / Problem */
  problem?: InputMaybe<Scalars['String']['input']>;
  /** 整改要求 / Required */
  requirement?: InputMaybe<Scalars['String']['input']>;
  /** 检讨会议 / Review meeting (key: meetingNo) */
  reviewMeeting?: InputMaybe<Scalars['String']['input']>;
  /** 来源 / Source */
  source?: InputMaybe<RectificationSource>;
  /** 来源投诉 / From complaint (key: complaintNo) */
  sourceComplaint?: InputMaybe<Scalars['String']['input']>;
  /** 来源问卷 / From survey (key: surveyNo) */
  sourceSurvey?: InputMaybe<Scalars['String']['input']>;
  /** 调查项目 / Survey item. The survey item a comment or a low score concerns: the improvement planned for it (customer-service-procedure 六). (key: code) */
  surveyItem?: InputMaybe<Scalars['String']['input']>;
};

/** The remedy the warranty allows. */
export type Remedy =
  /** 收费维修 / Charged repair */
  | 'CHARGED_REPAIR'
  /** 换货 / Exchange */
  | 'EXCHANGE'
  /** 免费维修 / Free repair */
  | 'FREE_REPAIR'
  /** 退货 / Return */
  | 'RETURN';

/** Filter on Remedy. */
export type RemedyFilter = {
  /** Equals. */
  eq?: InputMaybe<Remedy>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<Remedy>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

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

/** 领料明细 / Requisition lines: Lines of material requisitions. */
export type RequisitionLine = {
  __typename?: 'RequisitionLine';
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 料号 / Part no. */
  partNo: Scalars['String']['output'];
  /** 实发数量 / Qty issued */
  qtyIssued: Maybe<Scalars['Int']['output']>;
  /** 申领数量 / Qty requested */
  qtyRequested: Scalars['Int']['output'];
  /** 领料单号 / Requisition no. */
  requisition: Maybe<MaterialRequisition>;
  /** 领料单号 / Requisition no. (id) */
  requisitionId: Scalars['Int']['output'];
  /** 返工单号 / Rework no.. From the requisition. */
  reworkOrder: Maybe<ReworkOrder>;
  /** 返工单号 / Rework no.. From the requisition. (id) */
  reworkOrderId: Maybe<Scalars['Int']['output']>;
  /** 单价 / Unit cost. From the material list. */
  unitCost: Maybe<Scalars['Float']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type RequisitionLineConflict = {
  __typename?: 'RequisitionLineConflict';
  /** The row as someone else saved it (theirs). */
  current: RequisitionLine;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of RequisitionLine. */
export type RequisitionLineConnection = {
  __typename?: 'RequisitionLineConnection';
  /** Rows of this page. */
  edges: Array<RequisitionLineEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new RequisitionLine row. */
export type RequisitionLineCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: RequisitionLineValues;
};

/** An edge of RequisitionLineConnection. */
export type RequisitionLineEdge = {
  __typename?: 'RequisitionLineEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RequisitionLine;
};

/** Filter of the Requisition lines ledger: only declared columns. */
export type RequisitionLineFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Part no.. */
  partNo?: InputMaybe<StringFilter>;
  /** Filter on Qty issued. */
  qtyIssued?: InputMaybe<IntFilter>;
  /** Filter on Qty requested. */
  qtyRequested?: InputMaybe<IntFilter>;
  /** Rows whose Requisition no. (a Requisitions row) matches this filter. */
  requisition?: InputMaybe<MaterialRequisitionFilter>;
  /** Filter on Requisition no.. */
  requisitionId?: InputMaybe<IntFilter>;
  /** Rows whose Rework no. (a Rework orders row) matches this filter. */
  reworkOrder?: InputMaybe<ReworkOrderFilter>;
  /** Filter on Rework no.. */
  reworkOrderId?: InputMaybe<IntFilter>;
  /** Filter on Unit cost. */
  unitCost?: InputMaybe<FloatFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type RequisitionLineOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: RequisitionLineSortField;
};

/** Sortable columns of Requisition lines. */
export type RequisitionLineSortField =
  | 'createdAt'
  | 'id'
  | 'partNo'
  | 'qtyIssued'
  | 'qtyRequested'
  | 'requisitionId'
  | 'reworkOrderId'
  | 'unitCost'
  | 'updatedAt';

/** Changes to an existing RequisitionLine row. */
export type RequisitionLineUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: RequisitionLineValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a RequisitionLine row; only the fields sent are changed, null clears a cell. */
export type RequisitionLineValues = {
  /** 料号 / Part no. */
  partNo?: InputMaybe<Scalars['String']['input']>;
  /** 实发数量 / Qty issued */
  qtyIssued?: InputMaybe<Scalars['Int']['input']>;
  /** 申领数量 / Qty requested */
  qtyRequested?: InputMaybe<Scalars['Int']['input']>;
  /** 领料单号 / Requisition no. (key: reqNo) */
  requisition?: InputMaybe<Scalars['String']['input']>;
};

/** A requisition is drafted, then issued by the warehouse/production. */
export type RequisitionStatus =
  /** 待发料 / Draft */
  | 'DRAFT'
  /** 已发料 / Issued */
  | 'ISSUED';

/** Filter on RequisitionStatus. */
export type RequisitionStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<RequisitionStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<RequisitionStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 退/换/维修单 / Return orders: Return, exchange and repair orders with the warranty decision, its reason and the fee. */
export type ReturnOrder = {
  __typename?: 'ReturnOrder';
  /** 减价/赔偿金额 / Reduction / compensation. The amount of a price reduction or a compensation (required for those). */
  amount: Maybe<Scalars['Float']['output']>;
  /** 审批意见 / Approval note */
  approvalNote: Maybe<Scalars['String']['output']>;
  /** 审批缘由 / Why approval */
  approvalReason: Maybe<Scalars['String']['output']>;
  /** 须经理审批 / Needs approval. A return, an exchange, a price reduction or compensation, or a decision departing from the warranty verdict (a fee waived, a return out of window) needs the department manager's approval. */
  approvalRequired: Maybe<Scalars['Boolean']['output']>;
  /** 审批时间 / Approved at */
  approvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 审批人 / Approved by */
  approvedBy: Maybe<Scalars['String']['output']>;
  /** 产品序列号 / Serial no. */
  archive: Maybe<ServiceArchive>;
  /** 产品序列号 / Serial no. (id) */
  archiveId: Scalars['Int']['output'];
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 投诉编号 / Complaint no. */
  complaint: Maybe<Complaint>;
  /** 投诉编号 / Complaint no. (id) */
  complaintId: Maybe<Scalars['Int']['output']>;
  /** 完结时间 / Completed at */
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户 / Customer. From the archive. */
  customer: Maybe<Customer>;
  /** 客户 / Customer. From the archive. (id) */
  customerId: Maybe<Scalars['Int']['output']>;
  /** 判定理由 / Decision reason */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** 故障描述 / Fault */
  fault: Scalars['String']['output'];
  /** 费用 / Fee. 0 within warranty; charged repairs carry a fee. */
  fee: Maybe<Scalars['Float']['output']>;
  /** 换退提示 / Exchange flags */
  flags: Maybe<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 产品型号 / Product model. From the archive. */
  model: Maybe<ProductModel>;
  /** 产品型号 / Product model. From the archive. (id) */
  modelId: Maybe<Scalars['Int']['output']>;
  /** 单号 / Order no. */
  orderNo: Maybe<Scalars['String']['output']>;
  /** 申报数量 / Qty claimed */
  qtyClaimed: Scalars['Int']['output'];
  /** 清点数量 / Qty counted */
  qtyCounted: Maybe<Scalars['Int']['output']>;
  /** 收货时间 / Received at */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** 退款金额 / Refund */
  refundAmount: Maybe<Scalars['Float']['output']>;
  /** 退款时间 / Refunded at */
  refundedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 退款经办人 / Refunded by */
  refundedBy: Maybe<Scalars['String']['output']>;
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 补给发出时间 / Replacement shipped */
  replacementShippedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 补给规格 / Replacement spec. Another specification the customer still wants, sent at once (马上补给). */
  replacementSpec: Maybe<Scalars['String']['output']>;
  /** 返工单 / Rework orders opened on this order. */
  reworkOrders: Array<ReworkOrder>;
  /** 销售代表 / Sales representative. The sales representative the approver decided the return or exchange with (set by 审批). */
  salesRep: Maybe<Scalars['String']['output']>;
  /** 关联报修单: the request that sent this unit back. */
  serviceRequests: Array<ServiceRequest>;
  /** 状态 / Status */
  status: Maybe<ReturnStatus>;
  /** 类型 / Type */
  type: ReturnType;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 保修判定 / Warranty decision */
  warrantyDecision: Maybe<Remedy>;
};

/** A row changed by someone else since it was loaded. */
export type ReturnOrderConflict = {
  __typename?: 'ReturnOrderConflict';
  /** The row as someone else saved it (theirs). */
  current: ReturnOrder;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ReturnOrder. */
export type ReturnOrderConnection = {
  __typename?: 'ReturnOrderConnection';
  /** Rows of this page. */
  edges: Array<ReturnOrderEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ReturnOrder row. */
export type ReturnOrderCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ReturnOrderValues;
};

/** An edge of ReturnOrderConnection. */
export type ReturnOrderEdge = {
  __typename?: 'ReturnOrderEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ReturnOrder;
};

/** Filter of the Return orders ledger: only declared columns. */
export type ReturnOrderFilter = {
  /** Filter on Reduction / compensation. */
  amount?: InputMaybe<FloatFilter>;
  /** Filter on Approval note. */
  approvalNote?: InputMaybe<StringFilter>;
  /** Filter on Why approval. */
  approvalReason?: InputMaybe<StringFilter>;
  /** Filter on Needs approval. */
  approvalRequired?: InputMaybe<BooleanFilter>;
  /** Filter on Approved at. */
  approvedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Approved by. */
  approvedBy?: InputMaybe<StringFilter>;
  /** Rows whose Serial no. (a Service archives row) matches this filter. */
  archive?: InputMaybe<ServiceArchiveFilter>;
  /** Filter on Serial no.. */
  archiveId?: InputMaybe<IntFilter>;
  /** Rows whose Complaint no. (a Complaint ledger row) matches this filter. */
  complaint?: InputMaybe<ComplaintFilter>;
  /** Filter on Complaint no.. */
  complaintId?: InputMaybe<IntFilter>;
  /** Filter on Completed at. */
  completedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Customer (a Customers row) matches this filter. */
  customer?: InputMaybe<CustomerFilter>;
  /** Filter on Customer. */
  customerId?: InputMaybe<IntFilter>;
  /** Filter on Decision reason. */
  decisionReason?: InputMaybe<StringFilter>;
  /** Filter on Fault. */
  fault?: InputMaybe<StringFilter>;
  /** Filter on Fee. */
  fee?: InputMaybe<FloatFilter>;
  /** Filter on Exchange flags. */
  flags?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Rows whose Product model (a Product models row) matches this filter. */
  model?: InputMaybe<ProductModelFilter>;
  /** Filter on Product model. */
  modelId?: InputMaybe<IntFilter>;
  /** Filter on Order no.. */
  orderNo?: InputMaybe<StringFilter>;
  /** Filter on Qty claimed. */
  qtyClaimed?: InputMaybe<IntFilter>;
  /** Filter on Qty counted. */
  qtyCounted?: InputMaybe<IntFilter>;
  /** Filter on Received at. */
  receivedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Refund. */
  refundAmount?: InputMaybe<FloatFilter>;
  /** Filter on Refunded at. */
  refundedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Refunded by. */
  refundedBy?: InputMaybe<StringFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Replacement shipped. */
  replacementShippedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Replacement spec. */
  replacementSpec?: InputMaybe<StringFilter>;
  /** Filter on Sales representative. */
  salesRep?: InputMaybe<StringFilter>;
  /** Filter on Status. */
  status?: InputMaybe<ReturnStatusFilter>;
  /** Filter on Type. */
  type?: InputMaybe<ReturnTypeFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Warranty decision. */
  warrantyDecision?: InputMaybe<RemedyFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ReturnOrderOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ReturnOrderSortField;
};

/** Sortable columns of Return orders. */
export type ReturnOrderSortField =
  | 'amount'
  | 'approvalNote'
  | 'approvalReason'
  | 'approvalRequired'
  | 'approvedAt'
  | 'approvedBy'
  | 'archiveId'
  | 'complaintId'
  | 'completedAt'
  | 'createdAt'
  | 'customerId'
  | 'fee'
  | 'flags'
  | 'id'
  | 'modelId'
  | 'orderNo'
  | 'qtyClaimed'
  | 'qtyCounted'
  | 'receivedAt'
  | 'refundAmount'
  | 'refundedAt'
  | 'refundedBy'
  | 'replacementShippedAt'
  | 'replacementSpec'
  | 'salesRep'
  | 'status'
  | 'type'
  | 'updatedAt'
  | 'warrantyDecision';

/** Changes to an existing ReturnOrder row. */
export type ReturnOrderUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ReturnOrderValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ReturnOrder row; only the fields sent are changed, null clears a cell. */
export type ReturnOrderValues = {
  /** 减价/赔偿金额 / Reduction / compensation. The amount of a price reduction or a compensation (required for those). */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** 产品序列号 / Serial no. (key: serialNo) */
  archive?: InputMaybe<Scalars['String']['input']>;
  /** 投诉编号 / Complaint no. (key: complaintNo) */
  complaint?: InputMaybe<Scalars['String']['input']>;
  /** 故障描述 / Fault */
  fault?: InputMaybe<Scalars['String']['input']>;
  /** 费用 / Fee. 0 within warranty; charged repairs carry a fee. */
  fee?: InputMaybe<Scalars['Float']['input']>;
  /** 申报数量 / Qty claimed */
  qtyClaimed?: InputMaybe<Scalars['Int']['input']>;
  /** 收货时间 / Received at */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 补给发出时间 / Replacement shipped */
  replacementShippedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 补给规格 / Replacement spec. Another specification the customer still wants, sent at once (马上补给). */
  replacementSpec?: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Type */
  type?: InputMaybe<ReturnType>;
};

/** Where a return/exchange/repair order is. */
export type ReturnStatus =
  /** 已完结 / Closed */
  | 'CLOSED'
  /** 已清点 / Counted */
  | 'COUNTED'
  /** 返工中 / In rework */
  | 'IN_REWORK'
  /** 已登记 / Registered */
  | 'REGISTERED'
  /** 已修复 / Repaired */
  | 'REPAIRED';

/** Filter on ReturnStatus. */
export type ReturnStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<ReturnStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ReturnStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the customer sends the unit back for. */
export type ReturnType =
  /** 赔偿 / Compensation */
  | 'COMPENSATION'
  /** 换货 / Exchange */
  | 'EXCHANGE'
  /** 减价 / Price reduction */
  | 'PRICE_REDUCTION'
  /** 维修 / Repair */
  | 'REPAIR'
  /** 退货 / Return */
  | 'RETURN';

/** Filter on ReturnType. */
export type ReturnTypeFilter = {
  /** Equals. */
  eq?: InputMaybe<ReturnType>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ReturnType>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A value the save shows once and never again (a new user's one-time password). */
export type RevealedValueType = {
  __typename?: 'RevealedValueType';
  /** Record id. */
  id: Scalars['Int']['output'];
  /** What it is (Chinese). */
  label: Scalars['String']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** 投诉检讨会议 / Complaint review meetings: The general manager's office's complaint review meetings: the month reviewed, who attended, what was resolved; each resolution is a rectification notice. */
export type ReviewMeeting = {
  __typename?: 'ReviewMeeting';
  /** 参会人员 / Attendees */
  attendees: Maybe<Scalars['String']['output']>;
  /** 主持人 / Chair */
  chair: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 检讨内容 / Findings */
  findings: Scalars['String']['output'];
  /** 会议日期 / Held on */
  heldOn: Scalars['LocalDate']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 会议编号 / Meeting no. */
  meetingNo: Maybe<Scalars['String']['output']>;
  /** 记录人 / Recorded by */
  recordedBy: Maybe<Scalars['String']['output']>;
  /** 检讨月份 / Month reviewed. The month whose frozen report the meeting reviewed (YYYY-MM). */
  reportMonth: Scalars['String']['output'];
  /** 会议决议 / Resolutions. What was resolved, in words; each resolution given to a unit is a rectification notice naming this meeting. */
  resolutions: Maybe<Scalars['String']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type ReviewMeetingConflict = {
  __typename?: 'ReviewMeetingConflict';
  /** The row as someone else saved it (theirs). */
  current: ReviewMeeting;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ReviewMeeting. */
export type ReviewMeetingConnection = {
  __typename?: 'ReviewMeetingConnection';
  /** Rows of this page. */
  edges: Array<ReviewMeetingEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ReviewMeeting row. */
export type ReviewMeetingCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ReviewMeetingValues;
};

/** An edge of ReviewMeetingConnection. */
export type ReviewMeetingEdge = {
  __typename?: 'ReviewMeetingEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ReviewMeeting;
};

/** Filter of the Complaint review meetings ledger: only declared columns. */
export type ReviewMeetingFilter = {
  /** Filter on Attendees. */
  attendees?: InputMaybe<StringFilter>;
  /** Filter on Chair. */
  chair?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Findings. */
  findings?: InputMaybe<StringFilter>;
  /** Filter on Held on. */
  heldOn?: InputMaybe<DateFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Meeting no.. */
  meetingNo?: InputMaybe<StringFilter>;
  /** Filter on Recorded by. */
  recordedBy?: InputMaybe<StringFilter>;
  /** Filter on Month reviewed. */
  reportMonth?: InputMaybe<StringFilter>;
  /** Filter on Resolutions. */
  resolutions?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ReviewMeetingOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ReviewMeetingSortField;
};

/** Sortable columns of Complaint review meetings. */
export type ReviewMeetingSortField =
  | 'chair'
  | 'createdAt'
  | 'heldOn'
  | 'id'
  | 'meetingNo'
  | 'recordedBy'
  | 'reportMonth'
  | 'updatedAt';

/** Changes to an existing ReviewMeeting row. */
export type ReviewMeetingUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ReviewMeetingValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ReviewMeeting row; only the fields sent are changed, null clears a cell. */
export type ReviewMeetingValues = {
  /** 参会人员 / Attendees */
  attendees?: InputMaybe<Scalars['String']['input']>;
  /** 主持人 / Chair */
  chair?: InputMaybe<Scalars['String']['input']>;
  /** 检讨内容 / Findings */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** 会议日期 / Held on */
  heldOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 检讨月份 / Month reviewed. The month whose frozen report the meeting reviewed (YYYY-MM). */
  reportMonth?: InputMaybe<Scalars['String']['input']>;
  /** 会议决议 / Resolutions. What was resolved, in words; each resolution given to a unit is a rectification notice naming this meeting. */
  resolutions?: InputMaybe<Scalars['String']['input']>;
};

/** 奖罚通知单 / Reward/penalty notices: Rewards and penalties proposed from complaints or reworks; only the general manager approves. */
export type RewardPenaltyNotice = {
  __typename?: 'RewardPenaltyNotice';
  /** 金额 / Amount */
  amount: Scalars['Float']['output'];
  /** 审批人 / Approver */
  approver: Maybe<Scalars['String']['output']>;
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 扣发/发放月份 / Bonus month */
  bonusMonth: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 审批时间 / Decided at */
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 审批意见 / Decision note */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** 部门 / Department */
  department: Maybe<Scalars['String']['output']>;
  /** 送人事部时间 / Sent to HR at */
  hrReportedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 送人事部经办 / Sent to HR by */
  hrReportedBy: Maybe<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 奖/罚 / Kind */
  kind: NoticeKind;
  /** 通知单号 / Notice no. */
  noticeNo: Maybe<Scalars['String']['output']>;
  /** 责任人 / Person */
  person: Maybe<Scalars['String']['output']>;
  /** 提出人 / Proposed by */
  proposedBy: Maybe<Scalars['String']['output']>;
  /** 事由 / Reason */
  reason: Scalars['String']['output'];
  /** 来源投诉 / From complaint */
  sourceComplaint: Maybe<Complaint>;
  /** 来源投诉 / From complaint (id) */
  sourceComplaintId: Maybe<Scalars['Int']['output']>;
  /** 来源返工单 / From rework */
  sourceRework: Maybe<ReworkOrder>;
  /** 来源返工单 / From rework (id) */
  sourceReworkId: Maybe<Scalars['Int']['output']>;
  /** 状态 / Status */
  status: Maybe<NoticeStatus>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type RewardPenaltyNoticeConflict = {
  __typename?: 'RewardPenaltyNoticeConflict';
  /** The row as someone else saved it (theirs). */
  current: RewardPenaltyNotice;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of RewardPenaltyNotice. */
export type RewardPenaltyNoticeConnection = {
  __typename?: 'RewardPenaltyNoticeConnection';
  /** Rows of this page. */
  edges: Array<RewardPenaltyNoticeEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new RewardPenaltyNotice row. */
export type RewardPenaltyNoticeCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: RewardPenaltyNoticeValues;
};

/** An edge of RewardPenaltyNoticeConnection. */
export type RewardPenaltyNoticeEdge = {
  __typename?: 'RewardPenaltyNoticeEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RewardPenaltyNotice;
};

/** Filter of the Reward/penalty notices ledger: only declared columns. */
export type RewardPenaltyNoticeFilter = {
  /** Filter on Amount. */
  amount?: InputMaybe<FloatFilter>;
  /** Filter on Approver. */
  approver?: InputMaybe<StringFilter>;
  /** Filter on Bonus month. */
  bonusMonth?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Decided at. */
  decidedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Decision note. */
  decisionNote?: InputMaybe<StringFilter>;
  /** Filter on Department. */
  department?: InputMaybe<StringFilter>;
  /** Filter on Sent to HR at. */
  hrReportedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Sent to HR by. */
  hrReportedBy?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<NoticeKindFilter>;
  /** Filter on Notice no.. */
  noticeNo?: InputMaybe<StringFilter>;
  /** Filter on Person. */
  person?: InputMaybe<StringFilter>;
  /** Filter on Proposed by. */
  proposedBy?: InputMaybe<StringFilter>;
  /** Filter on Reason. */
  reason?: InputMaybe<StringFilter>;
  /** Rows whose From complaint (a Complaint ledger row) matches this filter. */
  sourceComplaint?: InputMaybe<ComplaintFilter>;
  /** Filter on From complaint. */
  sourceComplaintId?: InputMaybe<IntFilter>;
  /** Rows whose From rework (a Rework orders row) matches this filter. */
  sourceRework?: InputMaybe<ReworkOrderFilter>;
  /** Filter on From rework. */
  sourceReworkId?: InputMaybe<IntFilter>;
  /** Filter on Status. */
  status?: InputMaybe<NoticeStatusFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type RewardPenaltyNoticeOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: RewardPenaltyNoticeSortField;
};

/** Sortable columns of Reward/penalty notices. */
export type RewardPenaltyNoticeSortField =
  | 'amount'
  | 'approver'
  | 'bonusMonth'
  | 'createdAt'
  | 'decidedAt'
  | 'department'
  | 'hrReportedAt'
  | 'hrReportedBy'
  | 'id'
  | 'kind'
  | 'noticeNo'
  | 'person'
  | 'proposedBy'
  | 'sourceComplaintId'
  | 'sourceReworkId'
  | 'status'
  | 'updatedAt';

/** Changes to an existing RewardPenaltyNotice row. */
export type RewardPenaltyNoticeUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: RewardPenaltyNoticeValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a RewardPenaltyNotice row; only the fields sent are changed, null clears a cell. */
export type RewardPenaltyNoticeValues = {
  /** 金额 / Amount */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** 扣发/发放月份 / Bonus month */
  bonusMonth?: InputMaybe<Scalars['String']['input']>;
  /** 部门 / Department */
  department?: InputMaybe<Scalars['String']['input']>;
  /** 奖/罚 / Kind */
  kind?: InputMaybe<NoticeKind>;
  /** 责任人 / Person */
  person?: InputMaybe<Scalars['String']['input']>;
  /** 事由 / Reason */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 来源投诉 / From complaint (key: complaintNo) */
  sourceComplaint?: InputMaybe<Scalars['String']['input']>;
  /** 来源返工单 / From rework (key: reworkNo) */
  sourceRework?: InputMaybe<Scalars['String']['input']>;
};

/** Rework cost = labour + issued material. */
export type ReworkCost = {
  __typename?: 'ReworkCost';
  /** Labour hours × rate. */
  labour: Scalars['Float']['output'];
  /** Σ issued quantity × unit cost. */
  material: Scalars['Float']['output'];
  /** Labour + material. */
  total: Scalars['Float']['output'];
};

/** Which date of a rework the period applies to. */
export type ReworkDate =
  /** 终检日期 */
  | 'FINISHED'
  /** 开单日期 */
  | 'OPENED';

/** Counts and costs of reworks. */
export type ReworkFigures = {
  __typename?: 'ReworkFigures';
  /** totalCost ÷ units. */
  costPerUnit: Maybe<Scalars['Float']['output']>;
  /** Labour cost (null for part groups). */
  labourCost: Maybe<Scalars['Float']['output']>;
  /** Labour hours (null for part groups). */
  labourHours: Maybe<Scalars['Float']['output']>;
  /** Issued material cost (for a part group: of that part). */
  materialCost: Scalars['Float']['output'];
  /** Rework orders. */
  reworks: Scalars['Int']['output'];
  /** Labour + material. */
  totalCost: Scalars['Float']['output'];
  /** Units reworked (Σ qty). */
  units: Scalars['Int']['output'];
};

/** A group of rework history. */
export type ReworkGroup = {
  __typename?: 'ReworkGroup';
  /** totalCost ÷ units. */
  costPerUnit: Maybe<Scalars['Float']['output']>;
  /** The rework orders of this group. */
  drill: Drill;
  /** Keys joined with " / ". */
  key: Scalars['String']['output'];
  /** One per grouping. */
  keys: Array<ReworkGroupKeyValue>;
  /** Labels joined with " / ". */
  label: Scalars['String']['output'];
  /** Labour cost (null for part groups). */
  labourCost: Maybe<Scalars['Float']['output']>;
  /** Labour hours (null for part groups). */
  labourHours: Maybe<Scalars['Float']['output']>;
  /** Issued material cost (for a part group: of that part). */
  materialCost: Scalars['Float']['output'];
  /** Rework orders. */
  reworks: Scalars['Int']['output'];
  /** Labour + material. */
  totalCost: Scalars['Float']['output'];
  /** Units reworked (Σ qty). */
  units: Scalars['Int']['output'];
};

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

/** One key of a rework group. */
export type ReworkGroupKeyValue = {
  __typename?: 'ReworkGroupKeyValue';
  /** Grouping. */
  by: ReworkGroupKey;
  /** Code. */
  key: Scalars['String']['output'];
  /** Chinese label. */
  label: Scalars['String']['output'];
};

/** Rework history: groups with their figures, totals, and the reworks themselves. */
export type ReworkHistory = {
  __typename?: 'ReworkHistory';
  /** Groups (by cost, or by month when grouped by month first). */
  groups: Array<ReworkGroup>;
  /** The reworks themselves, newest first (keyset pages; each with model, archive, materialLines, cost). */
  rows: ReworkOrderConnection;
  /** All reworks the filter selects (each once). */
  totals: ReworkFigures;
};

/** Which reworks a history covers. */
export type ReworkHistoryFilter = {
  /** Complaint cause categories. */
  causes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Complaint channels. */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Customer codes. */
  customers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date the period applies to. */
  dateField?: InputMaybe<ReworkDate>;
  /** Defect causes (reworks only). */
  defectCauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Responsible departments (对策单位). */
  departments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First day, inclusive. */
  from: Scalars['LocalDate']['input'];
  /** Complaint kinds. */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Product model codes. */
  models?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Part nos. (reworks only). */
  parts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Serial no. contains. */
  serialNo?: InputMaybe<Scalars['String']['input']>;
  /** Rework statuses. */
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Last day, inclusive. */
  to: Scalars['LocalDate']['input'];
};

/** 返工单 / Rework orders: Rework orders: QA inspection, material, labour, final inspection and feedback to sales; opened on a return order or by a faulty part returned from the field. */
export type ReworkOrder = {
  __typename?: 'ReworkOrder';
  /** 产品序列号 / Serial no. */
  archive: Maybe<ServiceArchive>;
  /** 产品序列号 / Serial no. (id) */
  archiveId: Maybe<Scalars['Int']['output']>;
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 返工成本 / Rework cost. */
  cost: ReworkCost;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 不良现象 / Defect */
  defect: Maybe<Scalars['String']['output']>;
  /** 不良原因 / Defect cause */
  defectCause: Maybe<DefectCause>;
  /** 反馈销售时间 / Fed back to sales */
  feedbackAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 反馈人 / Feedback by */
  feedbackBy: Maybe<Scalars['String']['output']>;
  /** 终检时间 / Final inspected at */
  finalInspectedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 终检员 / Final inspector */
  finalInspector: Maybe<Scalars['String']['output']>;
  /** 终检结果 / Final inspection */
  finalResult: Maybe<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 检验结果 / Inspection result */
  inspectionResult: Maybe<Scalars['String']['output']>;
  /** 检验员 / Inspector */
  inspector: Maybe<Scalars['String']['output']>;
  /** 工时 / Labour hours */
  labourHours: Maybe<Scalars['Float']['output']>;
  /** 工时单价 / Labour rate. Yuan per hour; 80 when empty. */
  labourRate: Maybe<Scalars['Float']['output']>;
  /** 物料单 / Material list lines. */
  materialLines: Array<MaterialList>;
  /** 产品型号 / Product model. From the archive. */
  model: Maybe<ProductModel>;
  /** 产品型号 / Product model. From the archive. (id) */
  modelId: Maybe<Scalars['Int']['output']>;
  /** 需换件 / Parts needed */
  partsNeeded: Maybe<Scalars['Boolean']['output']>;
  /** 数量 / Qty */
  qty: Scalars['Int']['output'];
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 领料单 / Requisitions. */
  requisitions: Array<MaterialRequisition>;
  /** 退/换/维修单号 / Return order */
  returnOrder: Maybe<ReturnOrder>;
  /** 退/换/维修单号 / Return order (id) */
  returnOrderId: Maybe<Scalars['Int']['output']>;
  /** 返工单号 / Rework no. */
  reworkNo: Maybe<Scalars['String']['output']>;
  /** 状态 / Status */
  status: Maybe<ReworkStatus>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type ReworkOrderConflict = {
  __typename?: 'ReworkOrderConflict';
  /** The row as someone else saved it (theirs). */
  current: ReworkOrder;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ReworkOrder. */
export type ReworkOrderConnection = {
  __typename?: 'ReworkOrderConnection';
  /** Rows of this page. */
  edges: Array<ReworkOrderEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ReworkOrder row. */
export type ReworkOrderCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ReworkOrderValues;
};

/** An edge of ReworkOrderConnection. */
export type ReworkOrderEdge = {
  __typename?: 'ReworkOrderEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ReworkOrder;
};

/** Filter of the Rework orders ledger: only declared columns. */
export type ReworkOrderFilter = {
  /** Rows whose Serial no. (a Service archives row) matches this filter. */
  archive?: InputMaybe<ServiceArchiveFilter>;
  /** Filter on Serial no.. */
  archiveId?: InputMaybe<IntFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Defect. */
  defect?: InputMaybe<StringFilter>;
  /** Filter on Defect cause. */
  defectCause?: InputMaybe<DefectCauseFilter>;
  /** Filter on Fed back to sales. */
  feedbackAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Feedback by. */
  feedbackBy?: InputMaybe<StringFilter>;
  /** Filter on Final inspected at. */
  finalInspectedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Final inspector. */
  finalInspector?: InputMaybe<StringFilter>;
  /** Filter on Final inspection. */
  finalResult?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Inspection result. */
  inspectionResult?: InputMaybe<StringFilter>;
  /** Filter on Inspector. */
  inspector?: InputMaybe<StringFilter>;
  /** Filter on Labour hours. */
  labourHours?: InputMaybe<FloatFilter>;
  /** Filter on Labour rate. */
  labourRate?: InputMaybe<FloatFilter>;
  /** Rows with at least one Material lists line matching this filter. */
  lines?: InputMaybe<MaterialListFilter>;
  /** Rows whose Product model (a Product models row) matches this filter. */
  model?: InputMaybe<ProductModelFilter>;
  /** Filter on Product model. */
  modelId?: InputMaybe<IntFilter>;
  /** Filter on Parts needed. */
  partsNeeded?: InputMaybe<BooleanFilter>;
  /** Filter on Qty. */
  qty?: InputMaybe<IntFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Rows whose Return order (a Return orders row) matches this filter. */
  returnOrder?: InputMaybe<ReturnOrderFilter>;
  /** Filter on Return order. */
  returnOrderId?: InputMaybe<IntFilter>;
  /** Filter on Rework no.. */
  reworkNo?: InputMaybe<StringFilter>;
  /** Filter on Status. */
  status?: InputMaybe<ReworkStatusFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ReworkOrderOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ReworkOrderSortField;
};

/** Sortable columns of Rework orders. */
export type ReworkOrderSortField =
  | 'archiveId'
  | 'createdAt'
  | 'defectCause'
  | 'feedbackAt'
  | 'feedbackBy'
  | 'finalInspectedAt'
  | 'finalInspector'
  | 'id'
  | 'inspector'
  | 'labourHours'
  | 'labourRate'
  | 'modelId'
  | 'partsNeeded'
  | 'qty'
  | 'returnOrderId'
  | 'reworkNo'
  | 'status'
  | 'updatedAt';

/** Changes to an existing ReworkOrder row. */
export type ReworkOrderUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ReworkOrderValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ReworkOrder row; only the fields sent are changed, null clears a cell. */
export type ReworkOrderValues = {
  /** 不良现象 / Defect */
  defect?: InputMaybe<Scalars['String']['input']>;
  /** 工时 / Labour hours */
  labourHours?: InputMaybe<Scalars['Float']['input']>;
  /** 工时单价 / Labour rate. Yuan per hour; 80 when empty. */
  labourRate?: InputMaybe<Scalars['Float']['input']>;
  /** 数量 / Qty */
  qty?: InputMaybe<Scalars['Int']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
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

/** Filter on ReworkStatus. */
export type ReworkStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<ReworkStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ReworkStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a user may do. */
export type Role =
  /** 系统管理员 / Administrator */
  | 'ADMIN'
  /** 审计（只读） / Auditor (read-only) */
  | 'AUDITOR'
  /** 客服文员 / Back-office clerk */
  | 'CLERK'
  /** 总经理室 / General manager */
  | 'MANAGER'
  /** 生产计划物控 / PMC planner */
  | 'PMC'
  /** 生产部 / Production */
  | 'PRODUCTION'
  /** 品质部 / Quality */
  | 'QUALITY'
  /** 服务技术员 / Service technician */
  | 'TECHNICIAN';

/** Filter on Role. */
export type RoleFilter = {
  /** Equals. */
  eq?: InputMaybe<Role>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<Role>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 例行检查 / Routine inspections: Routine inspections of sold units: due date from the policy, done date, findings. */
export type RoutineInspection = {
  __typename?: 'RoutineInspection';
  /** 产品序列号 / Serial no. */
  archive: Maybe<ServiceArchive>;
  /** 产品序列号 / Serial no. (id) */
  archiveId: Scalars['Int']['output'];
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 检查项目 / Checklist. The model's 例行检查项目 (一品一案), copied when the inspection is scheduled; a done inspection's findings speak to each. */
  checklist: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 实检日期 / Done on */
  doneAt: Maybe<Scalars['LocalDate']['output']>;
  /** 检查人 / Done by */
  doneBy: Maybe<Scalars['String']['output']>;
  /** 应检日期 / Due */
  dueDate: Scalars['LocalDate']['output'];
  /** 检查情况 / Findings */
  findings: Maybe<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 第几个月 / Month. Months after acceptance this inspection is planned for. */
  planMonth: Maybe<Scalars['Int']['output']>;
  /** 计划来源 / Planned for. Beyond the policy’s months: 重点客户年度检查 or 临近设计使用年限. */
  planReason: Maybe<Scalars['String']['output']>;
  /** 检查结果 / Result */
  result: Maybe<InspectionResult>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type RoutineInspectionConflict = {
  __typename?: 'RoutineInspectionConflict';
  /** The row as someone else saved it (theirs). */
  current: RoutineInspection;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of RoutineInspection. */
export type RoutineInspectionConnection = {
  __typename?: 'RoutineInspectionConnection';
  /** Rows of this page. */
  edges: Array<RoutineInspectionEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new RoutineInspection row. */
export type RoutineInspectionCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: RoutineInspectionValues;
};

/** An edge of RoutineInspectionConnection. */
export type RoutineInspectionEdge = {
  __typename?: 'RoutineInspectionEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RoutineInspection;
};

/** Filter of the Routine inspections ledger: only declared columns. */
export type RoutineInspectionFilter = {
  /** Rows whose Serial no. (a Service archives row) matches this filter. */
  archive?: InputMaybe<ServiceArchiveFilter>;
  /** Filter on Serial no.. */
  archiveId?: InputMaybe<IntFilter>;
  /** Filter on Checklist. */
  checklist?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Done on. */
  doneAt?: InputMaybe<DateFilter>;
  /** Filter on Done by. */
  doneBy?: InputMaybe<StringFilter>;
  /** Filter on Due. */
  dueDate?: InputMaybe<DateFilter>;
  /** Filter on Findings. */
  findings?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Month. */
  planMonth?: InputMaybe<IntFilter>;
  /** Filter on Planned for. */
  planReason?: InputMaybe<StringFilter>;
  /** Filter on Result. */
  result?: InputMaybe<InspectionResultFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type RoutineInspectionOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: RoutineInspectionSortField;
};

/** Sortable columns of Routine inspections. */
export type RoutineInspectionSortField =
  | 'archiveId'
  | 'createdAt'
  | 'doneAt'
  | 'doneBy'
  | 'dueDate'
  | 'id'
  | 'planMonth'
  | 'planReason'
  | 'result'
  | 'updatedAt';

/** Changes to an existing RoutineInspection row. */
export type RoutineInspectionUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: RoutineInspectionValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a RoutineInspection row; only the fields sent are changed, null clears a cell. */
export type RoutineInspectionValues = {
  /** 产品序列号 / Serial no. (key: serialNo) */
  archive?: InputMaybe<Scalars['String']['input']>;
  /** 实检日期 / Done on */
  doneAt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 检查人 / Done by */
  doneBy?: InputMaybe<Scalars['String']['input']>;
  /** 应检日期 / Due */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 检查情况 / Findings */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** 检查结果 / Result */
  result?: InputMaybe<InspectionResult>;
};

/** A row as it stood at a moment, rebuilt from the trail. */
export type RowAsOf = {
  __typename?: 'RowAsOf';
  /** Stored column → value as the trail last set it by then (stored text; refs as ids; null: not set). */
  cells: Scalars['JSONObject']['output'];
  /** Column field → value as the grid shows it (labels, China time, refs by their keys). Filled on ledgerAsOf pages. */
  display: Maybe<Scalars['JSONObject']['output']>;
  /** Row id. */
  id: Scalars['Int']['output'];
  /** Voided by then. */
  voided: Scalars['Boolean']['output'];
};

/** Satisfaction of a year: Σ scores ÷ number of questionnaires. */
export type SatisfactionSummary = {
  __typename?: 'SatisfactionSummary';
  /** Customers not surveyed that year (the procedure asks for one a year). */
  customersNotSurveyed: Scalars['Int']['output'];
  /** Ids of the customers not surveyed that year (to open them in the customer ledger). */
  customersNotSurveyedIds: Array<Scalars['Int']['output']>;
  /** Customers surveyed at least once. */
  customersSurveyed: Scalars['Int']['output'];
  /** Questionnaires. */
  questionnaires: Scalars['Int']['output'];
  /** Satisfaction, 0–100. */
  satisfaction: Maybe<Scalars['Float']['output']>;
  /** Year. */
  year: Scalars['Int']['output'];
};

/** 满意度调查 / Satisfaction surveys: Satisfaction questionnaires; satisfaction = Σ scores ÷ number of questionnaires. */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  /** 意见与建议 / Comments */
  comments: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户 / Customer */
  customer: Maybe<Customer>;
  /** 客户 / Customer (id) */
  customerId: Scalars['Int']['output'];
  /** 反馈时间 / Fed back at. When; due within a month of the survey where it carried comments. */
  feedbackAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 改进结果反馈 / Feedback given. What the customer was told of how their comments were dealt with (书面反馈记录). */
  feedbackContent: Maybe<Scalars['String']['output']>;
  /** 反馈期限 / Feedback due. A month after the survey, where it carried comments (set by the system). */
  feedbackDue: Maybe<Scalars['LocalDate']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 满分 / Out of */
  maxScore: Scalars['Float']['output'];
  /** 得分 / Score */
  rawScore: Scalars['Float']['output'];
  /** 百分制得分 / Score (0–100) */
  score: Maybe<Scalars['Float']['output']>;
  /** 调查日期 / Date */
  surveyDate: Scalars['LocalDate']['output'];
  /** 问卷编号 / Survey no. */
  surveyNo: Maybe<Scalars['String']['output']>;
  /** 调查人 / Surveyor */
  surveyor: Maybe<Scalars['String']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type SatisfactionSurveyConflict = {
  __typename?: 'SatisfactionSurveyConflict';
  /** The row as someone else saved it (theirs). */
  current: SatisfactionSurvey;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of SatisfactionSurvey. */
export type SatisfactionSurveyConnection = {
  __typename?: 'SatisfactionSurveyConnection';
  /** Rows of this page. */
  edges: Array<SatisfactionSurveyEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new SatisfactionSurvey row. */
export type SatisfactionSurveyCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: SatisfactionSurveyValues;
};

/** An edge of SatisfactionSurveyConnection. */
export type SatisfactionSurveyEdge = {
  __typename?: 'SatisfactionSurveyEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SatisfactionSurvey;
};

/** Filter of the Satisfaction surveys ledger: only declared columns. */
export type SatisfactionSurveyFilter = {
  /** Filter on Comments. */
  comments?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Customer (a Customers row) matches this filter. */
  customer?: InputMaybe<CustomerFilter>;
  /** Filter on Customer. */
  customerId?: InputMaybe<IntFilter>;
  /** Filter on Fed back at. */
  feedbackAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Feedback given. */
  feedbackContent?: InputMaybe<StringFilter>;
  /** Filter on Feedback due. */
  feedbackDue?: InputMaybe<DateFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Rows with at least one Survey scores line matching this filter. */
  lines?: InputMaybe<SurveyScoreFilter>;
  /** Filter on Out of. */
  maxScore?: InputMaybe<FloatFilter>;
  /** Filter on Score. */
  rawScore?: InputMaybe<FloatFilter>;
  /** Filter on Score (0–100). */
  score?: InputMaybe<FloatFilter>;
  /** Filter on Date. */
  surveyDate?: InputMaybe<DateFilter>;
  /** Filter on Survey no.. */
  surveyNo?: InputMaybe<StringFilter>;
  /** Filter on Surveyor. */
  surveyor?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type SatisfactionSurveyOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: SatisfactionSurveySortField;
};

/** Sortable columns of Satisfaction surveys. */
export type SatisfactionSurveySortField =
  | 'createdAt'
  | 'customerId'
  | 'feedbackAt'
  | 'feedbackDue'
  | 'id'
  | 'maxScore'
  | 'rawScore'
  | 'score'
  | 'surveyDate'
  | 'surveyNo'
  | 'surveyor'
  | 'updatedAt';

/** Changes to an existing SatisfactionSurvey row. */
export type SatisfactionSurveyUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: SatisfactionSurveyValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a SatisfactionSurvey row; only the fields sent are changed, null clears a cell. */
export type SatisfactionSurveyValues = {
  /** 意见与建议 / Comments */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** 客户 / Customer (key: code) */
  customer?: InputMaybe<Scalars['String']['input']>;
  /** 反馈时间 / Fed back at. When; due within a month of the survey where it carried comments. */
  feedbackAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 改进结果反馈 / Feedback given. What the customer was told of how their comments were dealt with (书面反馈记录). */
  feedbackContent?: InputMaybe<Scalars['String']['input']>;
  /** 满分 / Out of */
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  /** 得分 / Score */
  rawScore?: InputMaybe<Scalars['Float']['input']>;
  /** 调查日期 / Date */
  surveyDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 调查人 / Surveyor */
  surveyor?: InputMaybe<Scalars['String']['input']>;
};

/** One batch for the Working calendar ledger: all or nothing. */
export type SaveCalendarDayInput = {
  /** New rows. */
  creates?: InputMaybe<Array<CalendarDayCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<CalendarDayUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveCalendarDays. */
export type SaveCalendarDayResult = {
  __typename?: 'SaveCalendarDayResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<CalendarDayConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<CalendarDay>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Callbacks ledger: all or nothing. */
export type SaveCallbackInput = {
  /** New rows. */
  creates?: InputMaybe<Array<CallbackCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<CallbackUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveCallbacks. */
export type SaveCallbackResult = {
  __typename?: 'SaveCallbackResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<CallbackConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<Callback>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Complaint contacts ledger: all or nothing. */
export type SaveComplaintContactInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ComplaintContactCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ComplaintContactUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveComplaintContacts. */
export type SaveComplaintContactResult = {
  __typename?: 'SaveComplaintContactResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ComplaintContactConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ComplaintContact>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Complaint ledger ledger: all or nothing. */
export type SaveComplaintInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ComplaintCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ComplaintUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveComplaints. */
export type SaveComplaintResult = {
  __typename?: 'SaveComplaintResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ComplaintConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<Complaint>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Customers ledger: all or nothing. */
export type SaveCustomerInput = {
  /** New rows. */
  creates?: InputMaybe<Array<CustomerCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<CustomerUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveCustomers. */
export type SaveCustomerResult = {
  __typename?: 'SaveCustomerResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<CustomerConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<Customer>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Departments ledger: all or nothing. */
export type SaveDepartmentInput = {
  /** New rows. */
  creates?: InputMaybe<Array<DepartmentCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<DepartmentUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveDepartments. */
export type SaveDepartmentResult = {
  __typename?: 'SaveDepartmentResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<DepartmentConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<Department>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Fault knowledge base ledger: all or nothing. */
export type SaveFaultSolutionInput = {
  /** New rows. */
  creates?: InputMaybe<Array<FaultSolutionCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<FaultSolutionUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveFaultSolutions. */
export type SaveFaultSolutionResult = {
  __typename?: 'SaveFaultSolutionResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<FaultSolutionConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<FaultSolution>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Material lists ledger: all or nothing. */
export type SaveMaterialListInput = {
  /** New rows. */
  creates?: InputMaybe<Array<MaterialListCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<MaterialListUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveMaterialLists. */
export type SaveMaterialListResult = {
  __typename?: 'SaveMaterialListResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<MaterialListConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<MaterialList>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Requisitions ledger: all or nothing. */
export type SaveMaterialRequisitionInput = {
  /** New rows. */
  creates?: InputMaybe<Array<MaterialRequisitionCreateRow>>;
  /** Its lines (Requisition lines) in the same transaction; a line of a new row writes "@<ref>" in `requisition`. */
  lines?: InputMaybe<SaveRequisitionLineInput>;
  /** Changed rows. */
  updates?: InputMaybe<Array<MaterialRequisitionUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveMaterialRequisitions. */
export type SaveMaterialRequisitionResult = {
  __typename?: 'SaveMaterialRequisitionResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<MaterialRequisitionConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** Outcome of the lines. */
  lines: Maybe<SaveRequisitionLineResult>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<MaterialRequisition>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Spare-part movements ledger: all or nothing. */
export type SavePartMovementInput = {
  /** New rows. */
  creates?: InputMaybe<Array<PartMovementCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<PartMovementUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of savePartMovements. */
export type SavePartMovementResult = {
  __typename?: 'SavePartMovementResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<PartMovementConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<PartMovement>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Product models ledger: all or nothing. */
export type SaveProductModelInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ProductModelCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ProductModelUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveProductModels. */
export type SaveProductModelResult = {
  __typename?: 'SaveProductModelResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ProductModelConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ProductModel>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Rectification notices ledger: all or nothing. */
export type SaveRectificationInput = {
  /** New rows. */
  creates?: InputMaybe<Array<RectificationCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<RectificationUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveRectifications. */
export type SaveRectificationResult = {
  __typename?: 'SaveRectificationResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<RectificationConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<Rectification>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Requisition lines ledger: all or nothing. */
export type SaveRequisitionLineInput = {
  /** New rows. */
  creates?: InputMaybe<Array<RequisitionLineCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<RequisitionLineUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveRequisitionLines. */
export type SaveRequisitionLineResult = {
  __typename?: 'SaveRequisitionLineResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<RequisitionLineConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<RequisitionLine>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Return orders ledger: all or nothing. */
export type SaveReturnOrderInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ReturnOrderCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ReturnOrderUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveReturnOrders. */
export type SaveReturnOrderResult = {
  __typename?: 'SaveReturnOrderResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ReturnOrderConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ReturnOrder>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Complaint review meetings ledger: all or nothing. */
export type SaveReviewMeetingInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ReviewMeetingCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ReviewMeetingUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveReviewMeetings. */
export type SaveReviewMeetingResult = {
  __typename?: 'SaveReviewMeetingResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ReviewMeetingConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ReviewMeeting>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Reward/penalty notices ledger: all or nothing. */
export type SaveRewardPenaltyNoticeInput = {
  /** New rows. */
  creates?: InputMaybe<Array<RewardPenaltyNoticeCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<RewardPenaltyNoticeUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveRewardPenaltyNotices. */
export type SaveRewardPenaltyNoticeResult = {
  __typename?: 'SaveRewardPenaltyNoticeResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<RewardPenaltyNoticeConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<RewardPenaltyNotice>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Rework orders ledger: all or nothing. */
export type SaveReworkOrderInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ReworkOrderCreateRow>>;
  /** Its lines (Material lists) in the same transaction; a line of a new row writes "@<ref>" in `reworkOrder`. */
  lines?: InputMaybe<SaveMaterialListInput>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ReworkOrderUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveReworkOrders. */
export type SaveReworkOrderResult = {
  __typename?: 'SaveReworkOrderResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ReworkOrderConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** Outcome of the lines. */
  lines: Maybe<SaveMaterialListResult>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ReworkOrder>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Routine inspections ledger: all or nothing. */
export type SaveRoutineInspectionInput = {
  /** New rows. */
  creates?: InputMaybe<Array<RoutineInspectionCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<RoutineInspectionUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveRoutineInspections. */
export type SaveRoutineInspectionResult = {
  __typename?: 'SaveRoutineInspectionResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<RoutineInspectionConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<RoutineInspection>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Satisfaction surveys ledger: all or nothing. */
export type SaveSatisfactionSurveyInput = {
  /** New rows. */
  creates?: InputMaybe<Array<SatisfactionSurveyCreateRow>>;
  /** Its lines (Survey scores) in the same transaction; a line of a new row writes "@<ref>" in `survey`. */
  lines?: InputMaybe<SaveSurveyScoreInput>;
  /** Changed rows. */
  updates?: InputMaybe<Array<SatisfactionSurveyUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveSatisfactionSurveys. */
export type SaveSatisfactionSurveyResult = {
  __typename?: 'SaveSatisfactionSurveyResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<SatisfactionSurveyConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** Outcome of the lines. */
  lines: Maybe<SaveSurveyScoreResult>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<SatisfactionSurvey>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Service archives ledger: all or nothing. */
export type SaveServiceArchiveInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ServiceArchiveCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ServiceArchiveUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveServiceArchives. */
export type SaveServiceArchiveResult = {
  __typename?: 'SaveServiceArchiveResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ServiceArchiveConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ServiceArchive>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Service requests ledger: all or nothing. */
export type SaveServiceRequestInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ServiceRequestCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ServiceRequestUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveServiceRequests. */
export type SaveServiceRequestResult = {
  __typename?: 'SaveServiceRequestResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ServiceRequestConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ServiceRequest>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Service reports ledger: all or nothing. */
export type SaveServiceVisitInput = {
  /** New rows. */
  creates?: InputMaybe<Array<ServiceVisitCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<ServiceVisitUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveServiceVisits. */
export type SaveServiceVisitResult = {
  __typename?: 'SaveServiceVisitResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<ServiceVisitConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<ServiceVisit>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Spare parts ledger: all or nothing. */
export type SaveSparePartInput = {
  /** New rows. */
  creates?: InputMaybe<Array<SparePartCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<SparePartUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveSpareParts. */
export type SaveSparePartResult = {
  __typename?: 'SaveSparePartResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<SparePartConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<SparePart>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Stock locations ledger: all or nothing. */
export type SaveStockLocationInput = {
  /** New rows. */
  creates?: InputMaybe<Array<StockLocationCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<StockLocationUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveStockLocations. */
export type SaveStockLocationResult = {
  __typename?: 'SaveStockLocationResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<StockLocationConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<StockLocation>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Survey items ledger: all or nothing. */
export type SaveSurveyItemInput = {
  /** New rows. */
  creates?: InputMaybe<Array<SurveyItemCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<SurveyItemUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveSurveyItems. */
export type SaveSurveyItemResult = {
  __typename?: 'SaveSurveyItemResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<SurveyItemConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<SurveyItem>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Survey scores ledger: all or nothing. */
export type SaveSurveyScoreInput = {
  /** New rows. */
  creates?: InputMaybe<Array<SurveyScoreCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<SurveyScoreUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveSurveyScores. */
export type SaveSurveyScoreResult = {
  __typename?: 'SaveSurveyScoreResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<SurveyScoreConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<SurveyScore>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Technicians ledger: all or nothing. */
export type SaveTechnicianInput = {
  /** New rows. */
  creates?: InputMaybe<Array<TechnicianCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<TechnicianUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveTechnicians. */
export type SaveTechnicianResult = {
  __typename?: 'SaveTechnicianResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<TechnicianConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<Technician>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Users ledger: all or nothing. */
export type SaveUserInput = {
  /** New rows. */
  creates?: InputMaybe<Array<UserCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<UserUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveUsers. */
export type SaveUserResult = {
  __typename?: 'SaveUserResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<UserConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<User>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** One batch for the Warranty policies ledger: all or nothing. */
export type SaveWarrantyPolicyInput = {
  /** New rows. */
  creates?: InputMaybe<Array<WarrantyPolicyCreateRow>>;
  /** Changed rows. */
  updates?: InputMaybe<Array<WarrantyPolicyUpdateRow>>;
  /** Rows to void. */
  voids?: InputMaybe<Array<VoidRowInput>>;
};

/** Outcome of saveWarrantyPolicys. */
export type SaveWarrantyPolicyResult = {
  __typename?: 'SaveWarrantyPolicyResult';
  /** Audit batch id of the write. */
  batchId: Maybe<Scalars['String']['output']>;
  /** Stale rows; nothing was written when any. */
  conflicts: Array<WarrantyPolicyConflict>;
  /** Per-cell errors; nothing was written when any. */
  errors: Array<CellErrorType>;
  /** True when the batch was written. */
  ok: Scalars['Boolean']['output'];
  /** Values shown this once (one-time passwords); never readable again. */
  revealed: Array<RevealedValueType>;
  /** Written rows as stored now. */
  rows: Array<WarrantyPolicy>;
  /** Written rows with their new versions. */
  saved: Array<SavedRow>;
};

/** A row the batch saved. */
export type SavedRow = {
  __typename?: 'SavedRow';
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key (ref of a created row, or the id). */
  row: Scalars['String']['output'];
  /** New version; send it with the next update. */
  version: Scalars['Int']['output'];
};

/** A user's named grid view of a ledger: filter, sort, column order and widths. */
export type SavedView = {
  __typename?: 'SavedView';
  /** View id. */
  id: Scalars['ID']['output'];
  /** Ledger name. */
  ledger: Scalars['String']['output'];
  /** Name the user gave it. */
  name: Scalars['String']['output'];
  /** { filter, sort, columns } as the grid keeps them. */
  state: Scalars['JSONObject']['output'];
  /** Last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 售后服务档案 / Service archives: One archive per sold unit: customer, model, serial, invoice and acceptance dates, warranty policy. */
export type ServiceArchive = {
  __typename?: 'ServiceArchive';
  /** 交验日期 / Acceptance date */
  acceptanceDate: Maybe<Scalars['LocalDate']['output']>;
  /** 档案编号 / Archive no. */
  archiveNo: Maybe<Scalars['String']['output']>;
  /** 联系人 / Contact Masked for roles that may not read it. */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话 / Phone Masked for roles that may not read it. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户 / Customer */
  customer: Maybe<Customer>;
  /** 客户 / Customer (id) */
  customerId: Scalars['Int']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 安装地址 / Install address */
  installAddress: Maybe<Scalars['String']['output']>;
  /** 发票日期 / Invoice date */
  invoiceDate: Scalars['LocalDate']['output'];
  /** 产品型号 / Product model. From the warranty policy. */
  model: Maybe<ProductModel>;
  /** 产品型号 / Product model. From the warranty policy. (id) */
  modelId: Maybe<Scalars['Int']['output']>;
  /** 保修政策 / Warranty policy. The policy (per model or contract) the warranty follows. */
  policy: Maybe<WarrantyPolicy>;
  /** 保修政策 / Warranty policy. The policy (per model or contract) the warranty follows. (id) */
  policyId: Scalars['Int']['output'];
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 销售代表 / Sales rep */
  salesRep: Maybe<Scalars['String']['output']>;
  /** 产品序列号 / Serial no. */
  serialNo: Scalars['String']['output'];
  /** 时间线 / Every event on this unit, in time order. */
  timeline: Array<TimelineEvent>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 今日保修状态 / Warranty today. */
  warranty: Maybe<WarrantyStatus>;
};

/** A row changed by someone else since it was loaded. */
export type ServiceArchiveConflict = {
  __typename?: 'ServiceArchiveConflict';
  /** The row as someone else saved it (theirs). */
  current: ServiceArchive;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ServiceArchive. */
export type ServiceArchiveConnection = {
  __typename?: 'ServiceArchiveConnection';
  /** Rows of this page. */
  edges: Array<ServiceArchiveEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ServiceArchive row. */
export type ServiceArchiveCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ServiceArchiveValues;
};

/** An edge of ServiceArchiveConnection. */
export type ServiceArchiveEdge = {
  __typename?: 'ServiceArchiveEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ServiceArchive;
};

/** Filter of the Service archives ledger: only declared columns. */
export type ServiceArchiveFilter = {
  /** Filter on Acceptance date. */
  acceptanceDate?: InputMaybe<DateFilter>;
  /** Filter on Archive no.. */
  archiveNo?: InputMaybe<StringFilter>;
  /** Filter on Contact. */
  contactName?: InputMaybe<StringFilter>;
  /** Filter on Phone. */
  contactPhone?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Customer (a Customers row) matches this filter. */
  customer?: InputMaybe<CustomerFilter>;
  /** Filter on Customer. */
  customerId?: InputMaybe<IntFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Install address. */
  installAddress?: InputMaybe<StringFilter>;
  /** Filter on Invoice date. */
  invoiceDate?: InputMaybe<DateFilter>;
  /** Rows whose Product model (a Product models row) matches this filter. */
  model?: InputMaybe<ProductModelFilter>;
  /** Filter on Product model. */
  modelId?: InputMaybe<IntFilter>;
  /** Rows whose Warranty policy (a Warranty policies row) matches this filter. */
  policy?: InputMaybe<WarrantyPolicyFilter>;
  /** Filter on Warranty policy. */
  policyId?: InputMaybe<IntFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Sales rep. */
  salesRep?: InputMaybe<StringFilter>;
  /** Filter on Serial no.. */
  serialNo?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ServiceArchiveOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ServiceArchiveSortField;
};

/** Sortable columns of Service archives. */
export type ServiceArchiveSortField =
  | 'acceptanceDate'
  | 'archiveNo'
  | 'contactName'
  | 'contactPhone'
  | 'createdAt'
  | 'customerId'
  | 'id'
  | 'invoiceDate'
  | 'modelId'
  | 'policyId'
  | 'salesRep'
  | 'serialNo'
  | 'updatedAt';

/** Changes to an existing ServiceArchive row. */
export type ServiceArchiveUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ServiceArchiveValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ServiceArchive row; only the fields sent are changed, null clears a cell. */
export type ServiceArchiveValues = {
  /** 交验日期 / Acceptance date */
  acceptanceDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 联系人 / Contact */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Phone */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 客户 / Customer (key: code) */
  customer?: InputMaybe<Scalars['String']['input']>;
  /** 安装地址 / Install address */
  installAddress?: InputMaybe<Scalars['String']['input']>;
  /** 发票日期 / Invoice date */
  invoiceDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 保修政策 / Warranty policy. The policy (per model or contract) the warranty follows. (key: modelCode) */
  policy?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 销售代表 / Sales rep */
  salesRep?: InputMaybe<Scalars['String']['input']>;
  /** 产品序列号 / Serial no. */
  serialNo?: InputMaybe<Scalars['String']['input']>;
};

/** How the repair request came in. */
export type ServiceChannel =
  /** 回访中提出 / Raised in a callback */
  | 'CALLBACK'
  /** 投诉转来 / From a complaint */
  | 'COMPLAINT'
  /** 邮件 / E-mail */
  | 'EMAIL'
  /** 服务热线 / Service hotline */
  | 'HOTLINE'
  /** 电话 / Phone */
  | 'PHONE'
  /** 来访 / Visit */
  | 'VISIT'
  /** 微信 / WeChat */
  | 'WECHAT';

/** Filter on ServiceChannel. */
export type ServiceChannelFilter = {
  /** Equals. */
  eq?: InputMaybe<ServiceChannel>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ServiceChannel>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 一品一案: the level of service a product gets (急救 for every product, 保健 and 超值 for the favoured ones). */
export type ServiceLevel =
  /** 保健服务 / Care */
  | 'CARE'
  /** 急救服务 / Emergency */
  | 'EMERGENCY'
  /** 超值服务 / Premium */
  | 'PREMIUM';

/** Filter on ServiceLevel. */
export type ServiceLevelFilter = {
  /** Equals. */
  eq?: InputMaybe<ServiceLevel>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ServiceLevel>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 服务报告 as the phone recorded it on site. */
export type ServiceReportInput = {
  /** 到场时间 as recorded on the phone. */
  arrivedAt: Scalars['DateTimeISO']['input'];
  /** 客户确认人 (typed). */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** 离场时间. */
  departedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The draft’s own key on the phone: sent twice, filed once. */
  draftKey: Scalars['String']['input'];
  /** 故障代码 from the knowledge base. */
  faultCode?: InputMaybe<Scalars['String']['input']>;
  /** 检查情况. */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** 故障已排除. */
  fixed: Scalars['Boolean']['input'];
  /** 工时. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** Parts used. */
  parts: Array<UsedPartInput>;
  /** The repair request. */
  requestId: Scalars['Int']['input'];
  /** 处理措施. */
  workDone: Scalars['String']['input'];
};

/** 服务请求（报修） / Service requests: Repair requests and booked services: the unit and its warranty as of the failure, phone guidance, dispatch, the visit and the promise clocks. */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  /** 产品序列号 / Serial no. */
  archive: Maybe<ServiceArchive>;
  /** 产品序列号 / Serial no. (id) */
  archiveId: Maybe<Scalars['Int']['output']>;
  /** 应到场时间 / Arrival due */
  arrivalDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 到场时间 / Arrived at */
  arrivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 可执行操作 / Commands the signed-in user may run on this row now. */
  availableActions: Array<WorkflowAction>;
  /** 报修渠道 / Channel */
  channel: ServiceChannel;
  /** 应排除时间 / Clearing due */
  clearDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 排除时间 / Cleared at */
  clearedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 回访结果 / Callback result */
  closingNote: Maybe<Scalars['String']['output']>;
  /** 联系人 / Contact Masked for roles that may not read it. */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话 / Phone Masked for roles that may not read it. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户 / Customer */
  customer: Maybe<Customer>;
  /** 客户 / Customer (id) */
  customerId: Scalars['Int']['output'];
  /** 派工说明 / Dispatch note */
  dispatchNote: Maybe<Scalars['String']['output']>;
  /** 派工时间 / Dispatched at */
  dispatchedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 故障描述 / Fault */
  fault: Scalars['String']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 产品型号 / Model */
  model: Maybe<ProductModel>;
  /** 产品型号 / Model (id) */
  modelId: Maybe<Scalars['Int']['output']>;
  /** 电话指导 / Phone guidance */
  phoneGuidance: Maybe<Scalars['String']['output']>;
  /** 服务承诺: the four clocks (响应, 到场, 排除故障, 提交服务报告) as of now. */
  promiseClocks: Array<PromiseClock>;
  /** 服务承诺 in one line: the running clock’s time left and any clock late. */
  promiseSummary: Scalars['String']['output'];
  /** 转投诉 / Raised complaint */
  raisedComplaint: Maybe<Complaint>;
  /** 转投诉 / Raised complaint (id) */
  raisedComplaintId: Maybe<Scalars['Int']['output']>;
  /** 转退换修单 / Raised return order */
  raisedReturn: Maybe<ReturnOrder>;
  /** 转退换修单 / Raised return order (id) */
  raisedReturnId: Maybe<Scalars['Int']['output']>;
  /** 地区 / Region */
  region: Maybe<Scalars['String']['output']>;
  /** 应提交报告时间 / Report due */
  reportDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 报告提交时间 / Report filed at */
  reportFiledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 报修时间 / Reported at */
  reportedAt: Scalars['DateTimeISO']['output'];
  /** 报修单号 / Request no. */
  requestNo: Maybe<Scalars['String']['output']>;
  /** 响应时间 / Responded at */
  respondedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 应响应时间 / Response due */
  responseDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 客户满意 / Satisfied */
  satisfied: Maybe<Scalars['Boolean']['output']>;
  /** 服务等级 / Service level. The product's service level (一品一案) unless typed: it sets the promise clocks. */
  serviceLevel: Maybe<ServiceLevel>;
  /** 服务类型 / Service type */
  serviceType: Maybe<ServiceType>;
  /** 现场地址 / Site address */
  siteAddress: Maybe<Scalars['String']['output']>;
  /** 来源回访 / From callback */
  sourceCallback: Maybe<Callback>;
  /** 来源回访 / From callback (id) */
  sourceCallbackId: Maybe<Scalars['Int']['output']>;
  /** 来源投诉 / From complaint */
  sourceComplaint: Maybe<Complaint>;
  /** 来源投诉 / From complaint (id) */
  sourceComplaintId: Maybe<Scalars['Int']['output']>;
  /** 状态 / Status */
  status: Maybe<ServiceRequestStatus>;
  /** 技术员 / Technician */
  technician: Maybe<Technician>;
  /** 技术员 / Technician (id) */
  technicianId: Maybe<Scalars['Int']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 紧急程度 / Urgency */
  urgency: Maybe<ServiceUrgency>;
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 保修判定（报修时） / Warranty at the failure */
  warrantyVerdict: Maybe<Scalars['String']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type ServiceRequestConflict = {
  __typename?: 'ServiceRequestConflict';
  /** The row as someone else saved it (theirs). */
  current: ServiceRequest;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ServiceRequest. */
export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  /** Rows of this page. */
  edges: Array<ServiceRequestEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ServiceRequest row. */
export type ServiceRequestCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ServiceRequestValues;
};

/** An edge of ServiceRequestConnection. */
export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ServiceRequest;
};

/** Filter of the Service requests ledger: only declared columns. */
export type ServiceRequestFilter = {
  /** Rows whose Serial no. (a Service archives row) matches this filter. */
  archive?: InputMaybe<ServiceArchiveFilter>;
  /** Filter on Serial no.. */
  archiveId?: InputMaybe<IntFilter>;
  /** Filter on Arrival due. */
  arrivalDueAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Arrived at. */
  arrivedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Channel. */
  channel?: InputMaybe<ServiceChannelFilter>;
  /** Filter on Clearing due. */
  clearDueAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Cleared at. */
  clearedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Callback result. */
  closingNote?: InputMaybe<StringFilter>;
  /** Filter on Contact. */
  contactName?: InputMaybe<StringFilter>;
  /** Filter on Phone. */
  contactPhone?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Customer (a Customers row) matches this filter. */
  customer?: InputMaybe<CustomerFilter>;
  /** Filter on Customer. */
  customerId?: InputMaybe<IntFilter>;
  /** Filter on Dispatch note. */
  dispatchNote?: InputMaybe<StringFilter>;
  /** Filter on Dispatched at. */
  dispatchedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Fault. */
  fault?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Rows whose Model (a Product models row) matches this filter. */
  model?: InputMaybe<ProductModelFilter>;
  /** Filter on Model. */
  modelId?: InputMaybe<IntFilter>;
  /** Filter on Phone guidance. */
  phoneGuidance?: InputMaybe<StringFilter>;
  /** Rows whose Raised complaint (a Complaint ledger row) matches this filter. */
  raisedComplaint?: InputMaybe<ComplaintFilter>;
  /** Filter on Raised complaint. */
  raisedComplaintId?: InputMaybe<IntFilter>;
  /** Rows whose Raised return order (a Return orders row) matches this filter. */
  raisedReturn?: InputMaybe<ReturnOrderFilter>;
  /** Filter on Raised return order. */
  raisedReturnId?: InputMaybe<IntFilter>;
  /** Filter on Region. */
  region?: InputMaybe<StringFilter>;
  /** Filter on Report due. */
  reportDueAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Report filed at. */
  reportFiledAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Reported at. */
  reportedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Request no.. */
  requestNo?: InputMaybe<StringFilter>;
  /** Filter on Responded at. */
  respondedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Response due. */
  responseDueAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Satisfied. */
  satisfied?: InputMaybe<BooleanFilter>;
  /** Filter on Service level. */
  serviceLevel?: InputMaybe<ServiceLevelFilter>;
  /** Filter on Service type. */
  serviceType?: InputMaybe<ServiceTypeFilter>;
  /** Filter on Site address. */
  siteAddress?: InputMaybe<StringFilter>;
  /** Rows whose From callback (a Callbacks row) matches this filter. */
  sourceCallback?: InputMaybe<CallbackFilter>;
  /** Filter on From callback. */
  sourceCallbackId?: InputMaybe<IntFilter>;
  /** Rows whose From complaint (a Complaint ledger row) matches this filter. */
  sourceComplaint?: InputMaybe<ComplaintFilter>;
  /** Filter on From complaint. */
  sourceComplaintId?: InputMaybe<IntFilter>;
  /** Filter on Status. */
  status?: InputMaybe<ServiceRequestStatusFilter>;
  /** Rows whose Technician (a Technicians row) matches this filter. */
  technician?: InputMaybe<TechnicianFilter>;
  /** Filter on Technician. */
  technicianId?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Urgency. */
  urgency?: InputMaybe<ServiceUrgencyFilter>;
  /** Filter on Warranty at the failure. */
  warrantyVerdict?: InputMaybe<StringFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ServiceRequestOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ServiceRequestSortField;
};

/** Sortable columns of Service requests. */
export type ServiceRequestSortField =
  | 'archiveId'
  | 'arrivalDueAt'
  | 'arrivedAt'
  | 'channel'
  | 'clearDueAt'
  | 'clearedAt'
  | 'closingNote'
  | 'contactName'
  | 'contactPhone'
  | 'createdAt'
  | 'customerId'
  | 'dispatchNote'
  | 'dispatchedAt'
  | 'id'
  | 'modelId'
  | 'raisedComplaintId'
  | 'raisedReturnId'
  | 'region'
  | 'reportDueAt'
  | 'reportFiledAt'
  | 'reportedAt'
  | 'requestNo'
  | 'respondedAt'
  | 'responseDueAt'
  | 'satisfied'
  | 'serviceLevel'
  | 'serviceType'
  | 'sourceCallbackId'
  | 'sourceComplaintId'
  | 'status'
  | 'technicianId'
  | 'updatedAt'
  | 'urgency';

/** Where a repair request is: 报修 → 电话指导 → 派工 → 上门 → 排除 → 服务报告 → 回访. */
export type ServiceRequestStatus =
  /** 已撤销 / Cancelled */
  | 'CANCELLED'
  /** 已回访关闭 / Closed after callback */
  | 'CLOSED'
  /** 已派工 / Dispatched */
  | 'DISPATCHED'
  /** 已到场 / On site */
  | 'ON_SITE'
  /** 已受理 / Received */
  | 'RECEIVED'
  /** 电话指导已解决 / Resolved by phone */
  | 'REMOTE_RESOLVED'
  /** 已提交服务报告 / Report filed */
  | 'REPORTED';

/** Filter on ServiceRequestStatus. */
export type ServiceRequestStatusFilter = {
  /** Equals. */
  eq?: InputMaybe<ServiceRequestStatus>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ServiceRequestStatus>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to an existing ServiceRequest row. */
export type ServiceRequestUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ServiceRequestValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ServiceRequest row; only the fields sent are changed, null clears a cell. */
export type ServiceRequestValues = {
  /** 产品序列号 / Serial no. (key: serialNo) */
  archive?: InputMaybe<Scalars['String']['input']>;
  /** 报修渠道 / Channel */
  channel?: InputMaybe<ServiceChannel>;
  /** 联系人 / Contact */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Phone */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 客户 / Customer (key: code) */
  customer?: InputMaybe<Scalars['String']['input']>;
  /** 故障描述 / Fault */
  fault?: InputMaybe<Scalars['String']['input']>;
  /** 地区 / Region */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 报修时间 / Reported at */
  reportedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 服务等级 / Service level. The product's service level (一品一案) unless typed: it sets the promise clocks. */
  serviceLevel?: InputMaybe<ServiceLevel>;
  /** 服务类型 / Service type */
  serviceType?: InputMaybe<ServiceType>;
  /** 现场地址 / Site address */
  siteAddress?: InputMaybe<Scalars['String']['input']>;
  /** 来源回访 / From callback (key: callbackNo) */
  sourceCallback?: InputMaybe<Scalars['String']['input']>;
  /** 来源投诉 / From complaint (key: complaintNo) */
  sourceComplaint?: InputMaybe<Scalars['String']['input']>;
  /** 紧急程度 / Urgency */
  urgency?: InputMaybe<ServiceUrgency>;
};

/** What the customer asks for (the seed: 故障维修, 安装调试, 培训, 保养, 大修, 回购). */
export type ServiceType =
  /** 回购 / Buy-back */
  | 'BUYBACK'
  /** 安装调试 / Installation */
  | 'INSTALLATION'
  /** 保养 / Maintenance */
  | 'MAINTENANCE'
  /** 大修 / Overhaul */
  | 'OVERHAUL'
  /** 故障维修 / Repair */
  | 'REPAIR'
  /** 培训 / Training */
  | 'TRAINING';

/** Filter on ServiceType. */
export type ServiceTypeFilter = {
  /** Equals. */
  eq?: InputMaybe<ServiceType>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ServiceType>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How urgent the customer says it is. */
export type ServiceUrgency =
  /** 一般 / Normal */
  | 'NORMAL'
  /** 停机 / Machine stopped */
  | 'STOPPED'
  /** 紧急 / Urgent */
  | 'URGENT';

/** Filter on ServiceUrgency. */
export type ServiceUrgencyFilter = {
  /** Equals. */
  eq?: InputMaybe<ServiceUrgency>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<ServiceUrgency>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 服务报告 / Service reports: Visits on site with their findings, fault code, work done, parts used, hours and the customer’s confirmation. */
export type ServiceVisit = {
  __typename?: 'ServiceVisit';
  /** 到场时间 / Arrived */
  arrivedAt: Scalars['DateTimeISO']['output'];
  /** 附件数 / Live files kept with this row. */
  attachmentCount: Scalars['Int']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户确认人 / Confirmed by Masked for roles that may not read it. */
  customerName: Maybe<Scalars['String']['output']>;
  /** 离场时间 / Departed */
  departedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 手机草稿号 / Phone draft. The phone’s own key for the draft: a report sent twice (a lost answer, a retry) is filed once. */
  draftKey: Maybe<Scalars['String']['output']>;
  /** 故障代码 / Fault code */
  faultSolution: Maybe<FaultSolution>;
  /** 故障代码 / Fault code (id) */
  faultSolutionId: Maybe<Scalars['Int']['output']>;
  /** 检查情况 / Findings */
  findings: Maybe<Scalars['String']['output']>;
  /** 故障已排除 / Fixed */
  fixed: Maybe<Scalars['Boolean']['output']>;
  /** 工时 / Hours */
  hours: Maybe<Scalars['Float']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 备件费用（元） / Parts cost */
  partsCost: Maybe<Scalars['Float']['output']>;
  /** 报修单号 / Request */
  request: Maybe<ServiceRequest>;
  /** 报修单号 / Request (id) */
  requestId: Scalars['Int']['output'];
  /** 技术员 / Technician */
  technician: Maybe<Technician>;
  /** 技术员 / Technician (id) */
  technicianId: Scalars['Int']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 报告编号 / Report no. */
  visitNo: Maybe<Scalars['String']['output']>;
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 处理措施 / Work done */
  workDone: Scalars['String']['output'];
};

/** A row changed by someone else since it was loaded. */
export type ServiceVisitConflict = {
  __typename?: 'ServiceVisitConflict';
  /** The row as someone else saved it (theirs). */
  current: ServiceVisit;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of ServiceVisit. */
export type ServiceVisitConnection = {
  __typename?: 'ServiceVisitConnection';
  /** Rows of this page. */
  edges: Array<ServiceVisitEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new ServiceVisit row. */
export type ServiceVisitCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: ServiceVisitValues;
};

/** An edge of ServiceVisitConnection. */
export type ServiceVisitEdge = {
  __typename?: 'ServiceVisitEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ServiceVisit;
};

/** Filter of the Service reports ledger: only declared columns. */
export type ServiceVisitFilter = {
  /** Filter on Arrived. */
  arrivedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Confirmed by. */
  customerName?: InputMaybe<StringFilter>;
  /** Filter on Departed. */
  departedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Phone draft. */
  draftKey?: InputMaybe<StringFilter>;
  /** Rows whose Fault code (a Fault knowledge base row) matches this filter. */
  faultSolution?: InputMaybe<FaultSolutionFilter>;
  /** Filter on Fault code. */
  faultSolutionId?: InputMaybe<IntFilter>;
  /** Filter on Findings. */
  findings?: InputMaybe<StringFilter>;
  /** Filter on Fixed. */
  fixed?: InputMaybe<BooleanFilter>;
  /** Filter on Hours. */
  hours?: InputMaybe<FloatFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Parts cost. */
  partsCost?: InputMaybe<FloatFilter>;
  /** Rows whose Request (a Service requests row) matches this filter. */
  request?: InputMaybe<ServiceRequestFilter>;
  /** Filter on Request. */
  requestId?: InputMaybe<IntFilter>;
  /** Rows whose Technician (a Technicians row) matches this filter. */
  technician?: InputMaybe<TechnicianFilter>;
  /** Filter on Technician. */
  technicianId?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Report no.. */
  visitNo?: InputMaybe<StringFilter>;
  /** Filter on Work done. */
  workDone?: InputMaybe<StringFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type ServiceVisitOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: ServiceVisitSortField;
};

/** Sortable columns of Service reports. */
export type ServiceVisitSortField =
  | 'arrivedAt'
  | 'createdAt'
  | 'customerName'
  | 'departedAt'
  | 'draftKey'
  | 'faultSolutionId'
  | 'fixed'
  | 'hours'
  | 'id'
  | 'partsCost'
  | 'requestId'
  | 'technicianId'
  | 'updatedAt'
  | 'visitNo';

/** Changes to an existing ServiceVisit row. */
export type ServiceVisitUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: ServiceVisitValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a ServiceVisit row; only the fields sent are changed, null clears a cell. */
export type ServiceVisitValues = {
  /** 到场时间 / Arrived */
  arrivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 客户确认人 / Confirmed by */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** 离场时间 / Departed */
  departedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 手机草稿号 / Phone draft. The phone’s own key for the draft: a report sent twice (a lost answer, a retry) is filed once. */
  draftKey?: InputMaybe<Scalars['String']['input']>;
  /** 故障代码 / Fault code (key: code) */
  faultSolution?: InputMaybe<Scalars['String']['input']>;
  /** 检查情况 / Findings */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** 故障已排除 / Fixed */
  fixed?: InputMaybe<Scalars['Boolean']['input']>;
  /** 工时 / Hours */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** 报修单号 / Request (key: requestNo) */
  request?: InputMaybe<Scalars['String']['input']>;
  /** 技术员 / Technician (key: code) */
  technician?: InputMaybe<Scalars['String']['input']>;
  /** 处理措施 / Work done */
  workDone?: InputMaybe<Scalars['String']['input']>;
};

/** One thing to have in place before going live (上线准备). */
export type SetupItem = {
  __typename?: 'SetupItem';
  /** What is there, or what to do and who does it. */
  detail: Scalars['String']['output'];
  /** In place. */
  done: Scalars['Boolean']['output'];
  /** Stable key (productModels, calendar…). */
  key: Scalars['String']['output'];
  /** What, in Chinese. */
  label: Scalars['String']['output'];
};

/** Sort direction 排序方向. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 备件 / Spare parts: Spare parts: number, name, what they fit, unit cost and the minimum stock kept. */
export type SparePart = {
  __typename?: 'SparePart';
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 适用机型/类别 / Fits */
  fits: Maybe<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 最低库存 / Minimum stock */
  minLevel: Maybe<Scalars['Int']['output']>;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 备件编号 / Part no. */
  partNo: Scalars['String']['output'];
  /** 单价（元） / Unit cost */
  unitCost: Maybe<Scalars['Float']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type SparePartConflict = {
  __typename?: 'SparePartConflict';
  /** The row as someone else saved it (theirs). */
  current: SparePart;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of SparePart. */
export type SparePartConnection = {
  __typename?: 'SparePartConnection';
  /** Rows of this page. */
  edges: Array<SparePartEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new SparePart row. */
export type SparePartCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: SparePartValues;
};

/** An edge of SparePartConnection. */
export type SparePartEdge = {
  __typename?: 'SparePartEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SparePart;
};

/** Filter of the Spare parts ledger: only declared columns. */
export type SparePartFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Fits. */
  fits?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Minimum stock. */
  minLevel?: InputMaybe<IntFilter>;
  /** Filter on Name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Part no.. */
  partNo?: InputMaybe<StringFilter>;
  /** Filter on Unit cost. */
  unitCost?: InputMaybe<FloatFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type SparePartOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: SparePartSortField;
};

/** Sortable columns of Spare parts. */
export type SparePartSortField =
  | 'createdAt'
  | 'fits'
  | 'id'
  | 'minLevel'
  | 'name'
  | 'partNo'
  | 'unitCost'
  | 'updatedAt';

/** Changes to an existing SparePart row. */
export type SparePartUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: SparePartValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a SparePart row; only the fields sent are changed, null clears a cell. */
export type SparePartValues = {
  /** 适用机型/类别 / Fits */
  fits?: InputMaybe<Scalars['String']['input']>;
  /** 最低库存 / Minimum stock */
  minLevel?: InputMaybe<Scalars['Int']['input']>;
  /** 名称 / Name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 备件编号 / Part no. */
  partNo?: InputMaybe<Scalars['String']['input']>;
  /** 单价（元） / Unit cost */
  unitCost?: InputMaybe<Scalars['Float']['input']>;
};

/** 库位 / Stock locations: Where spare parts are: warehouses, technicians' vans, quality's shelf for faulty parts. */
export type StockLocation = {
  __typename?: 'StockLocation';
  /** 库位编号 / Code */
  code: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 类型 / Kind */
  kind: StockLocationKind;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 技术员 / Technician */
  technician: Maybe<Technician>;
  /** 技术员 / Technician (id) */
  technicianId: Maybe<Scalars['Int']['output']>;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type StockLocationConflict = {
  __typename?: 'StockLocationConflict';
  /** The row as someone else saved it (theirs). */
  current: StockLocation;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of StockLocation. */
export type StockLocationConnection = {
  __typename?: 'StockLocationConnection';
  /** Rows of this page. */
  edges: Array<StockLocationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new StockLocation row. */
export type StockLocationCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: StockLocationValues;
};

/** An edge of StockLocationConnection. */
export type StockLocationEdge = {
  __typename?: 'StockLocationEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: StockLocation;
};

/** Filter of the Stock locations ledger: only declared columns. */
export type StockLocationFilter = {
  /** Filter on Code. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Kind. */
  kind?: InputMaybe<StockLocationKindFilter>;
  /** Filter on Name. */
  name?: InputMaybe<StringFilter>;
  /** Rows whose Technician (a Technicians row) matches this filter. */
  technician?: InputMaybe<TechnicianFilter>;
  /** Filter on Technician. */
  technicianId?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A warehouse, or a technician’s van (his own stock). */
export type StockLocationKind =
  /** 品质部待检 / Quality (faulty parts) */
  | 'QA'
  /** 技术员随车 / Technician’s van */
  | 'VAN'
  /** 仓库 / Warehouse */
  | 'WAREHOUSE';

/** Filter on StockLocationKind. */
export type StockLocationKindFilter = {
  /** Equals. */
  eq?: InputMaybe<StockLocationKind>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<StockLocationKind>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key; id is always the final tie-breaker. */
export type StockLocationOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: StockLocationSortField;
};

/** Sortable columns of Stock locations. */
export type StockLocationSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'kind'
  | 'name'
  | 'technicianId'
  | 'updatedAt';

/** Changes to an existing StockLocation row. */
export type StockLocationUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: StockLocationValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a StockLocation row; only the fields sent are changed, null clears a cell. */
export type StockLocationValues = {
  /** 库位编号 / Code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Kind */
  kind?: InputMaybe<StockLocationKind>;
  /** 名称 / Name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 技术员 / Technician (key: code) */
  technician?: InputMaybe<Scalars['String']['input']>;
};

/** Text filter: every operator given must hold. */
export type StringFilter = {
  /** Contains (substring). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equals. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Greater than or equal (on or after). */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than or equal (on or before). */
  lte?: InputMaybe<Scalars['String']['input']>;
};

/** 调查项目 / Survey items: The items a satisfaction questionnaire scores (产品质量, 交货, 服务态度, …), each out of its maximum. */
export type SurveyItem = {
  __typename?: 'SurveyItem';
  /** 在用 / Active */
  active: Maybe<Scalars['Boolean']['output']>;
  /** 项目编码 / Code */
  code: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 满分 / Out of */
  maxScore: Scalars['Float']['output'];
  /** 项目名称 / Name. What a questionnaire's lines name the item by. */
  name: Scalars['String']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type SurveyItemConflict = {
  __typename?: 'SurveyItemConflict';
  /** The row as someone else saved it (theirs). */
  current: SurveyItem;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of SurveyItem. */
export type SurveyItemConnection = {
  __typename?: 'SurveyItemConnection';
  /** Rows of this page. */
  edges: Array<SurveyItemEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new SurveyItem row. */
export type SurveyItemCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: SurveyItemValues;
};

/** An edge of SurveyItemConnection. */
export type SurveyItemEdge = {
  __typename?: 'SurveyItemEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SurveyItem;
};

/** Filter of the Survey items ledger: only declared columns. */
export type SurveyItemFilter = {
  /** Filter on Active. */
  active?: InputMaybe<BooleanFilter>;
  /** Filter on Code. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Out of. */
  maxScore?: InputMaybe<FloatFilter>;
  /** Filter on Name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type SurveyItemOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: SurveyItemSortField;
};

/** Sortable columns of Survey items. */
export type SurveyItemSortField =
  | 'active'
  | 'code'
  | 'createdAt'
  | 'id'
  | 'maxScore'
  | 'name'
  | 'updatedAt';

/** Changes to an existing SurveyItem row. */
export type SurveyItemUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: SurveyItemValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a SurveyItem row; only the fields sent are changed, null clears a cell. */
export type SurveyItemValues = {
  /** 在用 / Active */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 项目编码 / Code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 满分 / Out of */
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  /** 项目名称 / Name. What a questionnaire's lines name the item by. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 调查明细 / Survey scores: A questionnaire's score per item: satisfaction per item = Σ item scores (0–100) ÷ questionnaires scoring it. */
export type SurveyScore = {
  __typename?: 'SurveyScore';
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 调查项目 / Item */
  item: Maybe<SurveyItem>;
  /** 调查项目 / Item (id) */
  itemId: Scalars['Int']['output'];
  /** 得分 / Score. Between 0 and the item's maximum. */
  score: Scalars['Float']['output'];
  /** 问卷编号 / Survey no. */
  survey: Maybe<SatisfactionSurvey>;
  /** 问卷编号 / Survey no. (id) */
  surveyId: Scalars['Int']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type SurveyScoreConflict = {
  __typename?: 'SurveyScoreConflict';
  /** The row as someone else saved it (theirs). */
  current: SurveyScore;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of SurveyScore. */
export type SurveyScoreConnection = {
  __typename?: 'SurveyScoreConnection';
  /** Rows of this page. */
  edges: Array<SurveyScoreEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new SurveyScore row. */
export type SurveyScoreCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: SurveyScoreValues;
};

/** An edge of SurveyScoreConnection. */
export type SurveyScoreEdge = {
  __typename?: 'SurveyScoreEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SurveyScore;
};

/** Filter of the Survey scores ledger: only declared columns. */
export type SurveyScoreFilter = {
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Rows whose Item (a Survey items row) matches this filter. */
  item?: InputMaybe<SurveyItemFilter>;
  /** Filter on Item. */
  itemId?: InputMaybe<IntFilter>;
  /** Filter on Score. */
  score?: InputMaybe<FloatFilter>;
  /** Rows whose Survey no. (a Satisfaction surveys row) matches this filter. */
  survey?: InputMaybe<SatisfactionSurveyFilter>;
  /** Filter on Survey no.. */
  surveyId?: InputMaybe<IntFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type SurveyScoreOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: SurveyScoreSortField;
};

/** Sortable columns of Survey scores. */
export type SurveyScoreSortField =
  | 'createdAt'
  | 'id'
  | 'itemId'
  | 'score'
  | 'surveyId'
  | 'updatedAt';

/** Changes to an existing SurveyScore row. */
export type SurveyScoreUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: SurveyScoreValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a SurveyScore row; only the fields sent are changed, null clears a cell. */
export type SurveyScoreValues = {
  /** 调查项目 / Item (key: name) */
  item?: InputMaybe<Scalars['String']['input']>;
  /** 得分 / Score. Between 0 and the item's maximum. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** 问卷编号 / Survey no. (key: surveyNo) */
  survey?: InputMaybe<Scalars['String']['input']>;
};

/** 技术人员 / Technicians: Service technicians: station, region, skills (model codes and product categories), the user they sign in as. */
export type Technician = {
  __typename?: 'Technician';
  /** 在岗 / Active */
  active: Maybe<Scalars['Boolean']['output']>;
  /** 工号 / Staff no. */
  code: Scalars['String']['output'];
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 姓名 / Name */
  name: Scalars['String']['output'];
  /** 手机 / Mobile Masked for roles that may not read it. */
  phone: Maybe<Scalars['String']['output']>;
  /** 地区 / Region */
  region: Scalars['String']['output'];
  /** 技能（机型/类别） / Skills (models/categories). Model codes and product categories, separated by 、 or commas: 派工 matches a request against them. */
  skills: Maybe<Scalars['String']['output']>;
  /** 服务站 / Service station */
  station: Scalars['String']['output'];
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 登录用户名 / Username. The user (role 服务技术员) who files this technician’s reports on the phone page. */
  username: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type TechnicianConflict = {
  __typename?: 'TechnicianConflict';
  /** The row as someone else saved it (theirs). */
  current: Technician;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of Technician. */
export type TechnicianConnection = {
  __typename?: 'TechnicianConnection';
  /** Rows of this page. */
  edges: Array<TechnicianEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new Technician row. */
export type TechnicianCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: TechnicianValues;
};

/** An edge of TechnicianConnection. */
export type TechnicianEdge = {
  __typename?: 'TechnicianEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Technician;
};

/** 技术人员业绩 for a period. */
export type TechnicianFigure = {
  __typename?: 'TechnicianFigure';
  /** Requests called back. */
  calledBack: Scalars['Int']['output'];
  /** 工号. */
  code: Scalars['String']['output'];
  /** Of those, fixed on the first visit. */
  firstTimeFixed: Scalars['Int']['output'];
  /** 工时. */
  hours: Scalars['Float']['output'];
  /** Promise kept per clock. */
  kept: Array<ClockFigure>;
  /** 姓名. */
  name: Scalars['String']['output'];
  /** 备件费用（元）. */
  partsCost: Scalars['Float']['output'];
  /** Requests followed by another on the same unit within 30 days. */
  repeats: Scalars['Int']['output'];
  /** Requests reported in the period and dispatched to him. */
  requests: Scalars['Int']['output'];
  /** Of those, satisfied. */
  satisfied: Scalars['Int']['output'];
  /** 服务站. */
  station: Scalars['String']['output'];
  /** The technician row. */
  technicianId: Scalars['ID']['output'];
  /** Requests with a visit. */
  visited: Scalars['Int']['output'];
  /** Visits. */
  visits: Scalars['Int']['output'];
};

/** Filter of the Technicians ledger: only declared columns. */
export type TechnicianFilter = {
  /** Filter on Active. */
  active?: InputMaybe<BooleanFilter>;
  /** Filter on Staff no.. */
  code?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Name. */
  name?: InputMaybe<StringFilter>;
  /** Filter on Mobile. */
  phone?: InputMaybe<StringFilter>;
  /** Filter on Region. */
  region?: InputMaybe<StringFilter>;
  /** Filter on Skills (models/categories). */
  skills?: InputMaybe<StringFilter>;
  /** Filter on Service station. */
  station?: InputMaybe<StringFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Username. */
  username?: InputMaybe<StringFilter>;
};

/** 派工看板: a technician’s open requests by the day their arrival falls due. */
export type TechnicianLoad = {
  __typename?: 'TechnicianLoad';
  /** 工号. */
  code: Scalars['String']['output'];
  /** 姓名. */
  name: Scalars['String']['output'];
  /** Open requests whose arrival is overdue. */
  overdue: Scalars['Int']['output'];
  /** Open requests due to be reached on each day from today (China time). */
  perDay: Array<Scalars['Int']['output']>;
  /** 服务站. */
  station: Scalars['String']['output'];
};

/** One sort key; id is always the final tie-breaker. */
export type TechnicianOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: TechnicianSortField;
};

/** Sortable columns of Technicians. */
export type TechnicianSortField =
  | 'active'
  | 'code'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'phone'
  | 'region'
  | 'station'
  | 'updatedAt'
  | 'username';

/** Changes to an existing Technician row. */
export type TechnicianUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: TechnicianValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a Technician row; only the fields sent are changed, null clears a cell. */
export type TechnicianValues = {
  /** 在岗 / Active */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 工号 / Staff no. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 / Name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 手机 / Mobile */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 地区 / Region */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 技能（机型/类别） / Skills (models/categories). Model codes and product categories, separated by 、 or commas: 派工 matches a request against them. */
  skills?: InputMaybe<Scalars['String']['input']>;
  /** 服务站 / Service station */
  station?: InputMaybe<Scalars['String']['input']>;
  /** 登录用户名 / Username. The user (role 服务技术员) who files this technician’s reports on the phone page. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** One event on a unit’s timeline; returns nest their reworks, reworks their material lines and requisitions. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Events under this one. */
  children: Array<TimelineEvent>;
  /** More detail. */
  detail: Maybe<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** COMPLAINT, RETURN, REWORK, MATERIAL, REQUISITION, INSPECTION, CALLBACK or NOTICE. */
  kind: Scalars['String']['output'];
  /** Ledger of the record. */
  ledger: Scalars['String']['output'];
  /** Its number (complaint no., order no., …). */
  number: Maybe<Scalars['String']['output']>;
  /** Status of the record. */
  status: Maybe<Scalars['String']['output']>;
  /** What happened. */
  title: Scalars['String']['output'];
};

/** Someone who can appear in the trail. */
export type TrailUser = {
  __typename?: 'TrailUser';
  /** Name as the trail shows it. */
  displayName: Scalars['String']['output'];
  /** Login. */
  username: Scalars['String']['output'];
};

/** A part used on the visit, from the technician’s van. */
export type UsedPartInput = {
  /** 备件编号. */
  partNo: Scalars['String']['input'];
  /** How many. */
  qty: Scalars['Int']['input'];
};

/** 用户 / Users: People who sign in. Creating one (or resetPassword) answers a one-time password once; it must be changed at first sign-in. */
export type User = {
  __typename?: 'User';
  /** 在用 / Active. Inactive users cannot sign in; deactivating ends their sessions at once. */
  active: Maybe<Scalars['Boolean']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 部门 / Department */
  department: Maybe<Department>;
  /** 部门 / Department (id) */
  departmentId: Maybe<Scalars['Int']['output']>;
  /** 部门负责人 / Department head. Heads their department: approves the handling proposals of complaints it is responsible for. */
  deptHead: Maybe<Scalars['Boolean']['output']>;
  /** 姓名 / Name */
  displayName: Scalars['String']['output'];
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 最近登录 / Last sign-in. */
  lastLoginAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 须改密码 / Has a one-time password not yet changed. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** 角色 / Role */
  role: Role;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 用户名 / Username */
  username: Scalars['String']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A row changed by someone else since it was loaded. */
export type UserConflict = {
  __typename?: 'UserConflict';
  /** The row as someone else saved it (theirs). */
  current: User;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of User. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** Rows of this page. */
  edges: Array<UserEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new User row. */
export type UserCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: UserValues;
};

/** An edge of UserConnection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: User;
};

/** Filter of the Users ledger: only declared columns. */
export type UserFilter = {
  /** Filter on Active. */
  active?: InputMaybe<BooleanFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Rows whose Department (a Departments row) matches this filter. */
  department?: InputMaybe<DepartmentFilter>;
  /** Filter on Department. */
  departmentId?: InputMaybe<IntFilter>;
  /** Filter on Department head. */
  deptHead?: InputMaybe<BooleanFilter>;
  /** Filter on Name. */
  displayName?: InputMaybe<StringFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Role. */
  role?: InputMaybe<RoleFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Username. */
  username?: InputMaybe<StringFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type UserOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: UserSortField;
};

/** Sortable columns of Users. */
export type UserSortField =
  | 'active'
  | 'createdAt'
  | 'departmentId'
  | 'deptHead'
  | 'displayName'
  | 'id'
  | 'role'
  | 'updatedAt'
  | 'username';

/** Changes to an existing User row. */
export type UserUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: UserValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a User row; only the fields sent are changed, null clears a cell. */
export type UserValues = {
  /** 在用 / Active. Inactive users cannot sign in; deactivating ends their sessions at once. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 部门 / Department (key: code) */
  department?: InputMaybe<Scalars['String']['input']>;
  /** 部门负责人 / Department head. Heads their department: approves the handling proposals of complaints it is responsible for. */
  deptHead?: InputMaybe<Scalars['Boolean']['input']>;
  /** 姓名 / Name */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** 角色 / Role */
  role?: InputMaybe<Role>;
  /** 用户名 / Username */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A part on the technician’s van. */
export type VanPart = {
  __typename?: 'VanPart';
  /** 名称. */
  name: Scalars['String']['output'];
  /** 备件编号. */
  partNo: Scalars['String']['output'];
  /** How many are on the van. */
  qty: Scalars['Int']['output'];
};

/** Void (作废) a row: records are never deleted. */
export type VoidRowInput = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Why the row is voided (required). */
  reason: Scalars['String']['input'];
  /** The version the clerk saw. */
  version: Scalars['Int']['input'];
};

/** 保修政策 / Warranty policies: Warranty terms per product model: months, start basis, consumer 三包, routine-inspection months. */
export type WarrantyPolicy = {
  __typename?: 'WarrantyPolicy';
  /** 适用三包 / Consumer 三包 */
  consumerSanbao: Maybe<Scalars['Boolean']['output']>;
  /** 合同号 / Contract no. */
  contractNo: Maybe<Scalars['String']['output']>;
  /** 录入时间 / Created at. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 包换天数 / Exchange days */
  exchangeDays: Maybe<Scalars['Int']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** 例行检查月份 / Inspection months. Months after acceptance, e.g. 1,3,6,12. */
  inspectionMonths: Maybe<Scalars['String']['output']>;
  /** 产品型号 / Product model. Required on input; nullable in the database for policies from before the model list. */
  model: Maybe<ProductModel>;
  /** 政策代码 / Policy code */
  modelCode: Scalars['String']['output'];
  /** 产品型号 / Product model. Required on input; nullable in the database for policies from before the model list. (id) */
  modelId: Scalars['Int']['output'];
  /** 政策名称 / Policy name */
  modelName: Scalars['String']['output'];
  /** 备注 / Remark */
  remark: Maybe<Scalars['String']['output']>;
  /** 包退天数 / Return days */
  returnDays: Maybe<Scalars['Int']['output']>;
  /** 起算依据 / Starts from */
  startBasis: WarrantyStartBasis;
  /** 修改时间 / Updated at. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version; send it back with updates. */
  version: Scalars['Int']['output'];
  /** 作废原因 / Why it was voided. */
  voidReason: Maybe<Scalars['String']['output']>;
  /** 作废时间 / Voided at (never deleted). */
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 保修月数 / Warranty months */
  warrantyMonths: Scalars['Int']['output'];
};

/** A row changed by someone else since it was loaded. */
export type WarrantyPolicyConflict = {
  __typename?: 'WarrantyPolicyConflict';
  /** The row as someone else saved it (theirs). */
  current: WarrantyPolicy;
  /** Fields this batch wanted to change. */
  fields: Array<Scalars['String']['output']>;
  /** Record id. */
  id: Scalars['Int']['output'];
  /** The client's row key. */
  row: Scalars['String']['output'];
};

/** A keyset-paged list of WarrantyPolicy. */
export type WarrantyPolicyConnection = {
  __typename?: 'WarrantyPolicyConnection';
  /** Rows of this page. */
  edges: Array<WarrantyPolicyEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Rows matching the filter; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A new WarrantyPolicy row. */
export type WarrantyPolicyCreateRow = {
  /** Client's key for this new row; errors name it. */
  ref: Scalars['String']['input'];
  /** Cells. */
  values: WarrantyPolicyValues;
};

/** An edge of WarrantyPolicyConnection. */
export type WarrantyPolicyEdge = {
  __typename?: 'WarrantyPolicyEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: WarrantyPolicy;
};

/** Filter of the Warranty policies ledger: only declared columns. */
export type WarrantyPolicyFilter = {
  /** Filter on Consumer 三包. */
  consumerSanbao?: InputMaybe<BooleanFilter>;
  /** Filter on Contract no.. */
  contractNo?: InputMaybe<StringFilter>;
  /** Filter on Created at. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Exchange days. */
  exchangeDays?: InputMaybe<IntFilter>;
  /** Filter on ID. */
  id?: InputMaybe<IntFilter>;
  /** Filter on Inspection months. */
  inspectionMonths?: InputMaybe<StringFilter>;
  /** Rows whose Product model (a Product models row) matches this filter. */
  model?: InputMaybe<ProductModelFilter>;
  /** Filter on Policy code. */
  modelCode?: InputMaybe<StringFilter>;
  /** Filter on Product model. */
  modelId?: InputMaybe<IntFilter>;
  /** Filter on Policy name. */
  modelName?: InputMaybe<StringFilter>;
  /** Filter on Remark. */
  remark?: InputMaybe<StringFilter>;
  /** Filter on Return days. */
  returnDays?: InputMaybe<IntFilter>;
  /** Filter on Starts from. */
  startBasis?: InputMaybe<WarrantyStartBasisFilter>;
  /** Filter on Updated at. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Filter on Warranty months. */
  warrantyMonths?: InputMaybe<IntFilter>;
};

/** One sort key; id is always the final tie-breaker. */
export type WarrantyPolicyOrderBy = {
  /** Direction. */
  direction?: SortDirection;
  /** Column. */
  field: WarrantyPolicySortField;
};

/** Sortable columns of Warranty policies. */
export type WarrantyPolicySortField =
  | 'consumerSanbao'
  | 'contractNo'
  | 'createdAt'
  | 'exchangeDays'
  | 'id'
  | 'modelCode'
  | 'modelId'
  | 'modelName'
  | 'returnDays'
  | 'startBasis'
  | 'updatedAt'
  | 'warrantyMonths';

/** Changes to an existing WarrantyPolicy row. */
export type WarrantyPolicyUpdateRow = {
  /** Record id. */
  id: Scalars['Int']['input'];
  /** Changed cells only. */
  values: WarrantyPolicyValues;
  /** The version the clerk edited. */
  version: Scalars['Int']['input'];
};

/** Cells of a WarrantyPolicy row; only the fields sent are changed, null clears a cell. */
export type WarrantyPolicyValues = {
  /** 适用三包 / Consumer 三包 */
  consumerSanbao?: InputMaybe<Scalars['Boolean']['input']>;
  /** 合同号 / Contract no. */
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** 包换天数 / Exchange days */
  exchangeDays?: InputMaybe<Scalars['Int']['input']>;
  /** 例行检查月份 / Inspection months. Months after acceptance, e.g. 1,3,6,12. */
  inspectionMonths?: InputMaybe<Scalars['String']['input']>;
  /** 产品型号 / Product model. Required on input; nullable in the database for policies from before the model list. (key: code) */
  model?: InputMaybe<Scalars['String']['input']>;
  /** 政策代码 / Policy code */
  modelCode?: InputMaybe<Scalars['String']['input']>;
  /** 政策名称 / Policy name */
  modelName?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / Remark */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 包退天数 / Return days */
  returnDays?: InputMaybe<Scalars['Int']['input']>;
  /** 起算依据 / Starts from */
  startBasis?: InputMaybe<WarrantyStartBasis>;
  /** 保修月数 / Warranty months */
  warrantyMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** Which date starts the warranty. */
export type WarrantyStartBasis =
  /** 交验日期 / Acceptance date */
  | 'ACCEPTANCE'
  /** 发票日期 / Invoice date */
  | 'INVOICE';

/** Filter on WarrantyStartBasis. */
export type WarrantyStartBasisFilter = {
  /** Equals. */
  eq?: InputMaybe<WarrantyStartBasis>;
  /** One of (1–500 values). */
  in?: InputMaybe<Array<WarrantyStartBasis>>;
  /** Is empty (true) or not empty (false). */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A unit's warranty as of a date, with the remedy allowed and the reason in words. */
export type WarrantyStatus = {
  __typename?: 'WarrantyStatus';
  /** The date judged (failure or complaint date). */
  asOf: Scalars['LocalDate']['output'];
  /** Days left (negative once expired). */
  daysLeft: Scalars['Int']['output'];
  /** Last day covered, extensions and holiday shift included. */
  end: Scalars['LocalDate']['output'];
  /** 三包 exchange window end. */
  exchangeUntil: Maybe<Scalars['LocalDate']['output']>;
  /** Days added for time in repair. */
  extensionDays: Scalars['Int']['output'];
  /** Why exchange/return is allowed after repairs (2 repairs, > 90 days for parts, repair > 30 days). */
  flags: Array<Scalars['String']['output']>;
  /** In warranty on asOf. */
  inWarranty: Scalars['Boolean']['output'];
  /** The calendar had no official data for a year involved. */
  provisional: Scalars['Boolean']['output'];
  /** Why, in words (Chinese). */
  reason: Scalars['String']['output'];
  /** Remedy allowed: RETURN, EXCHANGE, FREE_REPAIR or CHARGED_REPAIR. */
  remedy: Scalars['String']['output'];
  /** Date an exchange restarted the warranty. */
  restartedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 三包 return window end. */
  returnUntil: Maybe<Scalars['LocalDate']['output']>;
  /** Serial number. */
  serialNo: Scalars['String']['output'];
  /** Warranty start (invoice/acceptance, or the last exchange). */
  start: Scalars['LocalDate']['output'];
};

/** One list of 我的待办. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** How many rows. */
  count: Scalars['Int']['output'];
  /** The ledger filter that selects them. */
  filter: Maybe<Scalars['JSONObject']['output']>;
  /** Stable key (complaint.acknowledge, complaint.overdue…). */
  key: Scalars['String']['output'];
  /** What waits, in Chinese (待确认的投诉). */
  label: Scalars['String']['output'];
  /** The ledger its rows open in. */
  ledger: Scalars['String']['output'];
  /** Of them, the user's own (received or proposed by them, or their department's when they head it); null where the list has no notion of one's own. */
  mine: Maybe<Scalars['Int']['output']>;
  /** The ledger filter that selects the user's own. */
  mineFilter: Maybe<Scalars['JSONObject']['output']>;
  /** The order they open in (empty: the ledger's own). */
  order: Array<WorkOrder>;
  /** Past a deadline or due today. */
  urgent: Scalars['Boolean']['output'];
};

/** One key of the order a list of 我的待办 opens in. */
export type WorkOrder = {
  __typename?: 'WorkOrder';
  /** ASC or DESC. */
  direction: Scalars['String']['output'];
  /** Stored field. */
  field: Scalars['String']['output'];
};

/** A workflow command the signed-in user may run on a row now. */
export type WorkflowAction = {
  __typename?: 'WorkflowAction';
  /** Button label (Chinese). */
  label: Scalars['String']['output'];
  /** Mutation that runs it (takes id and version, plus `needs`). */
  mutation: Scalars['String']['output'];
  /** Command name. */
  name: Scalars['String']['output'];
  /** Extra arguments it needs: reason, voluntary, callbackResult, satisfied. */
  needs: Array<Scalars['String']['output']>;
};
