import type { EntityManager } from 'typeorm';
import type { AuditInput } from '../../audit/audit-trail.js';
import type { ColumnSpec } from './table-types.js';
import type { CellColumn, CellError, Label } from '../../../../../common/cell-types.js';

export type { CellError, ColumnType, EnumCode, EnumDef, Label } from '../../../../../common/cell-types.js';
export { defineEnum } from '../../../../../common/cell-types.js';

/** A declared ledger column: what a cell needs (common/cell-types.ts), plus storage, roles and grid. */
export interface ColumnDef extends CellColumn {
  description?: string;
  /** Database nullability where it differs from `!required` (system-set columns filled after creation). */
  nullable?: boolean;
  /** For ref columns: the referenced ledger and its human key (what a clerk types). */
  ref?: { ledger: () => LedgerDef; key: string };
  /** What a new row starts with when nothing is typed there, by every path (grid, paste, import): 匿名 否. */
  initial?: string | number | boolean;
  /**
   * What a new row starts with here when nothing is typed, looked up from another of its cells:
   * 处理范围 from 原因类别 ({ field: 'causeCategory', values: { WORK_ERROR: 'GENERAL', … } }). Data, so
   * the client can tell the cell will be filled.
   */
  initialFrom?: { field: string; values: Readonly<Record<string, string | number | boolean>> };
  /** Roles that may write this cell; omitted → the ledger's writeRoles; [] → set by the system only. */
  editableBy?: readonly string[];
  /**
   * Roles that may also write this cell on an existing row whose department (the ledger's
   * `departmentField`) is their own, whatever `editableBy` says: the countermeasure unit writes its own
   * countermeasure. They create and void no rows by it.
   */
  editableByDepartment?: readonly string[];
  /** Written when the row is created, never changed afterwards (补录: whether a row was entered from paper after the fact). */
  createOnly?: boolean;
  filterable?: boolean;
  sortable?: boolean;
  /** Unique among non-voided rows; checked before writing. */
  unique?: boolean;
  /** Also a unique constraint in the database (server-assigned numbers, serials). */
  dbUnique?: boolean;
  /** Grid width in px. */
  width?: number;
  /** The stored name this column had before a migration renamed it: trail entries under that name are this column's. */
  formerly?: string;
  /** A personal detail: only these roles read it; everyone else sees it masked (grid, exports, history). */
  sensitive?: { visibleTo: readonly string[]; mask: 'name' | 'phone' | 'email' };
}

export type Row = Record<string, unknown> & { id: number; version: number };

/** What a hook receives: the transaction and who is saving. */
export interface SaveContext {
  em: EntityManager;
  userId: number | null;
  role: string;
  displayName: string;
  now: Date;
  /** Audit events hooks add for rows they write themselves (see insertAudited). */
  audit: AuditInput[];
  batchId: string;
  /** Values shown once to whoever saved (a one-time password), never stored in clear or audited; hooks add them. */
  revealed?: RevealedValue[];
  /** Warnings the user accepted for this save, by code (see PeriodLock). */
  confirmed?: readonly string[];
  /** Work to do once the batch has committed (remaking frozen reports a back-dated row changed). */
  afterCommit?: Array<() => Promise<void>>;
}

/** A value the save answers once, beside the row it belongs to. */
export interface RevealedValue {
  id: number;
  label: string;
  value: string;
}

export interface LedgerHooks {
  /** Rules that need the database or several rows (quantities against other rows…). */
  validateBatch?(
    ctx: SaveContext,
    rows: Array<{ key: string; isNew: boolean; row: Record<string, unknown>; values: Record<string, unknown> }>,
  ): Promise<CellError[]>;
  /** A message when the row may no longer change (an approved notice, a line of an issued requisition); refuses updates and voids. */
  frozen?(row: Row, em: EntityManager): string | null | Promise<string | null>;
  /** After the rows are written, in the same transaction (e.g. schedule follow-up rows); a voided row comes with `values: { voidedAt, voidReason }`. */
  afterWrite?(
    ctx: SaveContext,
    rows: Array<{ id: number; values: Record<string, unknown>; previous: Row | null }>,
  ): Promise<void>;
  /** A message when `role` may not void the row though it may change (a plan's step that must be kept, a report filed by its author). */
  voidable?(row: Row, role: string): string | null;
  /** Row-level rules over the merged row (current values + changes); returns cell errors. */
  validateRow?(row: Record<string, unknown>, rowKey: string, isNew: boolean): CellError[];
  /** Sets system fields (computed deadlines, decisions) on rows about to be written; may still refuse cells. */
  beforeWrite?(
    ctx: SaveContext,
    rows: Array<{ key: string; values: Record<string, unknown>; previous: Row | null }>,
  ): Promise<CellError[] | void>;
}

export interface LedgerDef {
  /** Singular camelCase name: `complaint`. */
  name: string;
  /** GraphQL type name: `Complaint`. */
  typeName: string;
  /** Plural, used for the list query: `complaints`. */
  plural: string;
  table: string;
  label: Label;
  /** The menu folds ledgers of one group under its name (现场服务), open while one of them is shown. */
  menuGroup?: Label;
  description: string;
  readRoles: readonly string[];
  writeRoles: readonly string[];
  columns: ColumnDef[];
  /** Fields beyond the columns that the grid shows with each row (computed by the module's resolvers), as a GraphQL selection. */
  gridSelection?: string;
  /** Database indexes, by stored column names (`customerId`), single or composite, in key order. */
  indexes?: ReadonlyArray<readonly string[]>;
  hooks?: LedgerHooks;
  /**
   * What an approval on this ledger vouches for, frozen by it. Whoever changes one of `fields` (by the
   * grid or an import) counts as a proposer (commands kept apart by `EDIT`). On a row whose approval is
   * asked for or given, `reopen` answers the cells that send it back to the start of its approval
   * (status, the approver's cells cleared) — written with the change, audited with its reason — or a
   * refusal when the approved fields may no longer change at all (the answer has gone out); null when
   * the row is not under approval.
   */
  approval?: {
    fields: readonly string[];
    reopen(row: Row): { values: Record<string, unknown> } | { refused: string } | null;
  };
  /** The ref column naming the department a row belongs to (对策单位): pages offer "my department's rows" by it. */
  departmentField?: string;
  /** The column naming, by display name, the person a row is theirs (受理人, 提出人): 我的待办's 「我的」. */
  ownerField?: string;
  /** The column a row is due by: lists of work on this ledger open with the most overdue first. */
  deadlineField?: string;
  /** Line items saved in the same batch as their orders (material list lines under a rework order). */
  lines?: { ledger: () => LedgerDef; parentField: string };
  /**
   * Columns the table keeps that the ledger never reads or writes (a user's credentials): part of the
   * table's declaration for migrations and drift checks only. Each needs a database default.
   */
  storageColumns?: ReadonlyArray<ColumnSpec>;
  /** Server-assigned numbers on create: `<prefix>-<year>-<6 digits>`, the year of `dateField` (else today). */
  numbering?: { field: string; prefix: string; dateField?: string };
  /**
   * The field that names a row for people (a customer's 客户名称, a department's 部门名称): a ref to
   * this ledger takes the key or this name, the grid shows it, paper forms print it.
   */
  nameField?: string;
  /**
   * Records entered after the fact from paper (补录): a new row with the bool column `flag` set may also
   * fill `fields` — system cells such as its real status and dates — once, when it is created; the
   * period its figures span (`span`) is checked against what was frozen (see write/backfill.ts).
   */
  backfill?: {
    flag: string;
    fields: readonly string[];
    span(row: Record<string, unknown>): { from: Date; to: Date } | null;
  };
  /** The order a grid opens in when the user has chosen none (newest first for a ledger worked from the top). */
  defaultOrder?: ReadonlyArray<{ field: string; direction: 'ASC' | 'DESC' }>;
  /** One-click filters the grid offers above the ledger, computed at the moment they are asked for. */
  quickFilters?: ReadonlyArray<QuickFilter>;
  /** The paper forms one row prints as (A4): title, the fields listed (default: every column), signature boxes. */
  paperForms?: readonly PaperForm[];
  /**
   * Files a row keeps (the customer's letter, photos of the fault, test reports, signed forms), filed
   * under the ledger's categories. A sensitive category opens only to roles that read every masked
   * column of the ledger; a photo's GPS position is taken out unless `keepLocation`.
   */
  attachments?: {
    categories: Readonly<Record<string, Label>>;
    sensitive?: readonly string[];
    keepLocation?: boolean;
  };
}

/** A named filter (已超期, 今日到期): the list filter it stands for at `now`, by stored field. */
export interface QuickFilter {
  key: string;
  label: Label;
  filter: (now: Date) => Record<string, Record<string, unknown>>;
  /** The order its rows open in (已超期: most overdue first). */
  order?: ReadonlyArray<{ field: string; direction: 'ASC' | 'DESC' }>;
}

export interface PaperForm {
  key: string;
  title: Label;
  /** Columns in the order the form lists them; every column when absent. */
  fields?: readonly string[];
  /** Signature boxes at the foot (经办人 / 审核 / 批准), each with a date line. */
  signatures?: readonly string[];
  /** The form prints its line items (the material list under a rework order) as a table. */
  withLines?: boolean;
}
