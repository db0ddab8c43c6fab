import { maskedQueryProblem, shownTo } from '../../core/ledger/masking.js';
import type { GraphQLResolveInfo, GraphQLScalarType } from 'graphql';
import {
  Arg, Authorized, Ctx, FieldResolver, Float, Info, InputType, Int, Mutation, ObjectType, Query,
  registerEnumType, Resolver, Root,
} from 'type-graphql';
import type { RequestContext } from './context.js';
import { columnsFor, selectedFields } from './projection.js';
import { rolesFor } from '../../core/ledger/permissions.js';
import { filterInput, namedClass, prop, type Ctor, type TypeFn } from './dynamic-type.js';
import { badInput, forbidden } from './errors.js';
import {
  BooleanFilter, CellErrorType, DateFilter, DateTimeFilter, FloatFilter, GraphQLISODateTime, GraphQLLocalDate,
  IntFilter, PageInfo, RevealedValueType, SavedRow, SortDirection, StringFilter, VoidRowInput,
} from './shared-types.js';
import { ForbiddenError, saveTogether, type SaveInput } from '../../core/ledger/batch-save.js';
import { storageField } from '../../core/ledger/define-ledger.js';
import { filterableColumns, LINES_FILTER } from '../../core/ledger/filter-parser.js';
import { LedgerInputError } from '../../core/ledger/ledger-input-error.js';
import type { ColumnDef, EnumDef, LedgerDef, Row } from '../../core/ledger/ledger.types.js';
import { listLedger, type ListArgs } from '../../core/ledger/list-query.js';
import { sortableFields } from '../../core/ledger/sort-parser.js';


/** The GraphQL artifacts derived from one ledger declaration. */
export interface LedgerGraphQL {
  ledger: LedgerDef;
  ObjectType: Ctor;
  SaveInput: Ctor;
  SaveResult: Ctor;
  Filter: Ctor;
  OrderBy: Ctor;
  /** The keyset connection the list query answers. */
  Connection: Ctor;
  Resolver: Function;
}

const built = new Map<string, LedgerGraphQL>();
const enums = new Map<string, { gql: object; filter: Ctor }>();

/** Registers an enum once (as a GraphQL enum) with its filter input. */
export function enumType(def: EnumDef): { gql: object; filter: Ctor } {
  let e = enums.get(def.name);
  if (!e) {
    const gql = Object.fromEntries(Object.keys(def.values).map((k) => [k, k]));
    registerEnumType(gql, {
      name: def.name,
      description: def.description,
      valuesConfig: Object.fromEntries(Object.entries(def.values).map(([k, l]) => [k, { description: `${l.zh} / ${l.en}` }])),
    });
    const filter = filterInput(`${def.name}Filter`, `Filter on ${def.name}.`, () => gql, ['eq', 'in', 'isNull']);
    e = { gql, filter };
    enums.set(def.name, e);
  }
  return e;
}

function outputType(c: ColumnDef): TypeFn {
  switch (c.type) {
    case 'string':
    case 'text':
      return () => String;
    case 'int':
    case 'ref':
      return () => Int;
    case 'decimal':
      return () => Float;
    case 'bool':
      return () => Boolean;
    case 'date':
      return () => GraphQLLocalDate as GraphQLScalarType;
    case 'datetime':
      return () => GraphQLISODateTime;
    case 'enum':
      return () => enumType(c.enum!).gql;
  }
}

function inputType(c: ColumnDef): TypeFn {
  if (c.type === 'ref') return () => String; // the referenced row's key, as a clerk types it
  return outputType(c);
}

function filterType(c: ColumnDef): TypeFn {
  switch (c.type) {
    case 'string':
    case 'text':
      return () => StringFilter;
    case 'int':
    case 'ref':
      return () => IntFilter;
    case 'decimal':
      return () => FloatFilter;
    case 'bool':
      return () => BooleanFilter;
    case 'date':
      return () => DateFilter;
    case 'datetime':
      return () => DateTimeFilter;
    case 'enum':
      return () => enumType(c.enum!).filter;
  }
}

function describe(c: ColumnDef, extra = ''): string {
  return `${c.label.zh} / ${c.label.en}${c.description ? `. ${c.description}` : ''}${extra}`;
}

/** Maps engine errors to GraphQL errors that name the argument. */
export function asGraphQLError(e: unknown): unknown {
  if (e instanceof LedgerInputError) return badInput(e.path, e.code, e.message);
  if (e instanceof ForbiddenError) return forbidden(e.message);
  return e;
}

export function ledgerGraphQL(name: string): LedgerGraphQL {
  const g = built.get(name);
  if (!g) throw new Error(`ledger ${name} has no GraphQL types yet`);
  return g;
}

/** The row type: system columns, then every declared column (refs as `<field>Id`). */
function rowType(ledger: LedgerDef): Ctor {
  const T = ledger.typeName;
  const Obj = namedClass(T);
  prop(Obj, 'id', () => Int, { description: 'Record id.' });
  prop(Obj, 'version', () => Int, { description: 'Optimistic-lock version; send it back with updates.' });
  prop(Obj, 'createdAt', () => GraphQLISODateTime, { description: '录入时间 / Created at.' });
  prop(Obj, 'updatedAt', () => GraphQLISODateTime, { description: '修改时间 / Updated at.' });
  prop(Obj, 'voidedAt', () => GraphQLISODateTime, { nullable: true, description: '作废时间 / Voided at (never deleted).' });
  prop(Obj, 'voidReason', () => String, { nullable: true, description: '作废原因 / Why it was voided.' });
  // a personal detail is a field resolver instead (addSensitiveFields), which masks it by role
  for (const c of ledger.columns.filter((x) => !x.sensitive)) {
    prop(Obj, storageField(c), outputType(c), { nullable: !c.required, description: describe(c, c.type === 'ref' ? ' (id)' : '') });
  }
  ObjectType(T, { description: `${ledger.label.zh} / ${ledger.label.en}: ${ledger.description}` })(Obj);
  return Obj;
}

/** The filter input (declared filterable columns only) and the order input (sortable columns). */
function filterAndOrderTypes(ledger: LedgerDef): { Filter: Ctor; OrderBy: Ctor } {
  const T = ledger.typeName;
  const Filter = namedClass(`${T}Filter`);
  for (const [key, c] of filterableColumns(ledger)) {
    prop(Filter, key, filterType(c), { nullable: true, description: `Filter on ${c.label.en}.` });
  }
  for (const c of ledger.columns.filter((x) => x.type === 'ref' && x.filterable !== false)) {
    const target = c.ref!.ledger();
    prop(Filter, c.field, () => ledgerGraphQL(target.name).Filter, { nullable: true, description: `Rows whose ${c.label.en} (a ${target.label.en} row) matches this filter.` });
  }
  if (ledger.lines) {
    const lines = ledger.lines.ledger();
    prop(Filter, LINES_FILTER, () => ledgerGraphQL(lines.name).Filter, { nullable: true, description: `Rows with at least one ${lines.label.en} line matching this filter.` });
  }
  InputType(`${T}Filter`, { description: `Filter of the ${ledger.label.en} ledger: only declared columns.` })(Filter);

  const sortFields = Object.fromEntries([...sortableFields(ledger).keys()].map((k) => [k, k]));
  registerEnumType(sortFields, { name: `${T}SortField`, description: `Sortable columns of ${ledger.label.en}.` });
  const OrderBy = namedClass(`${T}OrderBy`);
  prop(OrderBy, 'field', () => sortFields, { description: 'Column.' });
  prop(OrderBy, 'direction', () => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' });
  InputType(`${T}OrderBy`, { description: 'One sort key; id is always the final tie-breaker.' })(OrderBy);
  return { Filter, OrderBy };
}

/** The keyset-paged connection of rows. */
function connectionType(ledger: LedgerDef, Obj: Ctor): Ctor {
  const T = ledger.typeName;
  const Edge = namedClass(`${T}Edge`);
  prop(Edge, 'cursor', () => String, { description: 'Keyset cursor of this row.' });
  prop(Edge, 'node', () => Obj, { description: 'The row.' });
  ObjectType(`${T}Edge`, { description: `An edge of ${T}Connection.` })(Edge);
  const Conn = namedClass(`${T}Connection`);
  prop(Conn, 'edges', () => [Edge], { description: 'Rows of this page.' });
  prop(Conn, 'pageInfo', () => PageInfo, { description: 'Paging.' });
  prop(Conn, 'totalCount', () => Int, { description: 'Rows matching the filter; counted only when selected.' });
  ObjectType(`${T}Connection`, { description: `A keyset-paged list of ${T}.` })(Conn);
  return Conn;
}

/** The batch-save input: creates, updates (changed cells only) and voids, with the lines of an order. */
function saveInputType(ledger: LedgerDef): Ctor {
  const T = ledger.typeName;
  const editable = ledger.columns.filter((c) => (c.editableBy ?? ledger.writeRoles).length > 0 || ledger.backfill?.fields.includes(c.field));
  const Values = namedClass(`${T}Values`);
  for (const c of editable) {
    prop(Values, c.field, inputType(c), { nullable: true, description: describe(c, c.type === 'ref' ? ` (key: ${c.ref!.key})` : '') });
  }
  InputType(`${T}Values`, { description: `Cells of a ${T} row; only the fields sent are changed, null clears a cell.` })(Values);
  const CreateRow = namedClass(`${T}CreateRow`);
  prop(CreateRow, 'ref', () => String, { description: "Client's key for this new row; errors name it." });
  prop(CreateRow, 'values', () => Values, { description: 'Cells.' });
  InputType(`${T}CreateRow`, { description: `A new ${T} row.` })(CreateRow);
  const UpdateRow = namedClass(`${T}UpdateRow`);
  prop(UpdateRow, 'id', () => Int, { description: 'Record id.' });
  prop(UpdateRow, 'version', () => Int, { description: 'The version the clerk edited.' });
  prop(UpdateRow, 'values', () => Values, { description: 'Changed cells only.' });
  InputType(`${T}UpdateRow`, { description: `Changes to an existing ${T} row.` })(UpdateRow);
  const SaveInputT = namedClass(`Save${T}Input`);
  prop(SaveInputT, 'creates', () => [CreateRow], { nullable: true, description: 'New rows.' });
  prop(SaveInputT, 'updates', () => [UpdateRow], { nullable: true, description: 'Changed rows.' });
  prop(SaveInputT, 'voids', () => [VoidRowInput], { nullable: true, description: 'Rows to void.' });
  const lines = ledger.lines;
  if (lines) {
    prop(SaveInputT, 'lines', () => ledgerGraphQL(lines.ledger().name).SaveInput, {
      nullable: true,
      description: `Its lines (${lines.ledger().label.en}) in the same transaction; a line of a new row writes "@<ref>" in \`${lines.parentField}\`.`,
    });
  }
  InputType(`Save${T}Input`, { description: `One batch for the ${ledger.label.en} ledger: all or nothing.` })(SaveInputT);
  return SaveInputT;
}

/** The batch-save result: per-cell errors, per-row conflicts with their current values, saved rows. */
function saveResultType(ledger: LedgerDef, Obj: Ctor): Ctor {
  const T = ledger.typeName;
  const Conflict = namedClass(`${T}Conflict`);
  prop(Conflict, 'row', () => String, { description: "The client's row key." });
  prop(Conflict, 'id', () => Int, { description: 'Record id.' });
  prop(Conflict, 'fields', () => [String], { description: 'Fields this batch wanted to change.' });
  prop(Conflict, 'current', () => Obj, { description: "The row as someone else saved it (theirs)." });
  ObjectType(`${T}Conflict`, { description: 'A row changed by someone else since it was loaded.' })(Conflict);
  const Result = namedClass(`Save${T}Result`);
  prop(Result, 'ok', () => Boolean, { description: 'True when the batch was written.' });
  prop(Result, 'batchId', () => String, { nullable: true, description: 'Audit batch id of the write.' });
  prop(Result, 'errors', () => [CellErrorType], { description: 'Per-cell errors; nothing was written when any.' });
  prop(Result, 'conflicts', () => [Conflict], { description: 'Stale rows; nothing was written when any.' });
  prop(Result, 'saved', () => [SavedRow], { description: 'Written rows with their new versions.' });
  prop(Result, 'rows', () => [Obj], { description: 'Written rows as stored now.' });
  prop(Result, 'revealed', () => [RevealedValueType], { description: 'Values shown this once (one-time passwords); never readable again.' });
  const lines = ledger.lines;
  if (lines) prop(Result, 'lines', () => ledgerGraphQL(lines.ledger().name).SaveResult, { nullable: true, description: 'Outcome of the lines.' });
  ObjectType(`Save${T}Result`, { description: `Outcome of save${T}s.` })(Result);
  return Result;
}

type Proto = Record<string, unknown>;

/** Puts `fn` on the resolver prototype under `key` and answers its descriptor, for the decorators. */
function method(proto: Proto, key: string, fn: (...a: never[]) => unknown): PropertyDescriptor {
  proto[key] = fn;
  return Object.getOwnPropertyDescriptor(proto, key)!;
}

/** `<plural>(first, after, filter, orderBy, includeVoided)`: one keyset page. */
function addListQuery(proto: Proto, ledger: LedgerDef, Conn: Ctor, Filter: Ctor, OrderBy: Ctor): void {
  const d = method(proto, 'list', async function (first: number | null, after: string | null, filter: ListArgs['filter'], orderBy: ListArgs['orderBy'], includeVoided: boolean | null, ctx: RequestContext, info: GraphQLResolveInfo) {
    try {
      const columns = columnsFor(ledger, selectedFields(info, ['edges', 'node']));
      const args: ListArgs = { first, after, filter: plainFilter(filter), orderBy: orderBy?.map(plain) as ListArgs['orderBy'], includeVoided, columns };
      const hidden = maskedQueryProblem(ledger, ctx.user!.role, args.filter, args.orderBy);
      if (hidden) throw new LedgerInputError(hidden.path, 'MASKED_FIELD', hidden.message);
      return await listConnection(ctx, ledger, args);
    } catch (e) {
      throw asGraphQLError(e);
    }
  });
  Arg('first', () => Int, { nullable: true, description: 'Page size, 1–500 (default 100).' })(proto, 'list', 0);
  Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })(proto, 'list', 1);
  Arg('filter', () => Filter, { nullable: true, description: 'Declared columns only.' })(proto, 'list', 2);
  Arg('orderBy', () => [OrderBy], { nullable: true, description: 'Up to 3 keys; id breaks ties.' })(proto, 'list', 3);
  Arg('includeVoided', () => Boolean, { nullable: true, description: 'Also list voided rows.' })(proto, 'list', 4);
  Ctx()(proto, 'list', 5);
  Info()(proto, 'list', 6);
  Authorized(...rolesFor(ledger, 'read'))(proto, 'list', d);
  Query(() => Conn, { name: ledger.plural, description: `${ledger.label.zh}: keyset-paged, filtered, sorted.` })(proto, 'list', d);
}

/** `<name>(id)`: one row through the request's loader. */
function addGetQuery(proto: Proto, ledger: LedgerDef, Obj: Ctor): void {
  const d = method(proto, 'one', async function (id: number, ctx: RequestContext) {
    return ctx.loaders.row(ledger).load(id);
  });
  Arg('id', () => Int, { description: 'Record id.' })(proto, 'one', 0);
  Ctx()(proto, 'one', 1);
  Authorized(...rolesFor(ledger, 'read'))(proto, 'one', d);
  Query(() => Obj, { name: ledger.name, nullable: true, description: `One ${ledger.typeName} by id.` })(proto, 'one', d);
}

/** `save<Type>s(input)`: the batch save, with the order's lines in the same transaction. */
function addSaveMutation(proto: Proto, ledger: LedgerDef, SaveInputT: Ctor, Result: Ctor): void {
  const lines = ledger.lines;
  const d = method(proto, 'save', async function (input: SaveInput, dryRun: boolean | null, confirm: string[] | null, ctx: RequestContext) {
    try {
      const actor = { userId: ctx.user!.id, role: ctx.user!.role, displayName: ctx.user!.displayName };
      const lineInput = lines && (input as SaveInput & { lines?: SaveInput }).lines;
      const parts = [{ ledger, input: plainSave(input) }, ...(lineInput ? [{ ledger: lines!.ledger(), input: plainSave(lineInput) }] : [])];
      const [res, lineRes] = await saveTogether(ctx.ds, actor, parts, { dryRun: dryRun === true, confirmed: confirm ?? [] });
      const withRows = (r: typeof res) => ({ ...r, rows: r.saved.map((x) => x.record) });
      return { ...withRows(res), lines: lineRes ? withRows(lineRes) : null };
    } catch (e) {
      throw asGraphQLError(e);
    }
  });
  Arg('input', () => SaveInputT, { description: 'Creates, updates and voids.' })(proto, 'save', 0);
  Arg('dryRun', () => Boolean, { nullable: true, description: 'Check every cell and answer every error, writing nothing.' })(proto, 'save', 1);
  Arg('confirm', () => [String], { nullable: true, description: 'Codes of warnings the user accepted: REGENERATE_REPORTS saves a 补录 that changes frozen reports and generates them again as new versions.' })(proto, 'save', 2);
  Ctx()(proto, 'save', 3);
  Authorized(...rolesFor(ledger, 'write'))(proto, 'save', d);
  Mutation(() => Result, { name: `save${ledger.typeName}s`, description: `Batch save of the ${ledger.label.zh} ledger: validated first, one transaction, audited.` })(proto, 'save', d);
}

/** Each ref column as a field that loads the referenced row through the request's loader. */
function addRefFields(proto: Proto, ledger: LedgerDef): void {
  for (const c of ledger.columns.filter((x) => x.type === 'ref')) {
    const key = `ref_${c.field}`;
    const d = method(proto, key, async function (root: Row, ctx: RequestContext, info: GraphQLResolveInfo) {
      const id = root[storageField(c)] as number | null;
      if (id === null || id === undefined) return null;
      // only the columns asked of the referenced row (customer { name } reads name), unless it asks a computed field
      const target = c.ref!.ledger();
      const only = columnsFor(target, selectedFields(info, []));
      return (only ? ctx.loaders.rowColumns(target, only) : ctx.loaders.row(target)).load(id);
    });
    Root()(proto, key, 0);
    Ctx()(proto, key, 1);
    Info()(proto, key, 2);
    FieldResolver(() => ledgerGraphQL(c.ref!.ledger().name).ObjectType, { name: c.field, nullable: true, description: describe(c) })(proto, key, d);
  }
}

/** Each personal-detail column as a field that masks it for roles that may not read it. */
function addSensitiveFields(proto: Proto, ledger: LedgerDef): void {
  for (const c of ledger.columns.filter((x) => x.sensitive)) {
    const key = `sensitive_${c.field}`;
    const d = method(proto, key, function (root: Row, ctx: RequestContext) {
      return shownTo(c, ctx.user?.role ?? '', root[storageField(c)] ?? null);
    });
    Root()(proto, key, 0);
    Ctx()(proto, key, 1);
    FieldResolver(outputType(c) as () => StringConstructor, { name: c.field, nullable: true, description: `${describe(c)} Masked for roles that may not read it.` })(proto, key, d);
  }
}

/**
 * Builds a ledger's GraphQL surface from its declaration: row, filter, order, connection and
 * batch-save types, then the list, get and save operations and the loader-backed ref fields.
 */
export function buildLedgerGraphQL(ledger: LedgerDef): LedgerGraphQL {
  for (const c of ledger.columns) if (c.enum) enumType(c.enum); // enums must be registered before the schema is built
  const Obj = rowType(ledger);
  const { Filter, OrderBy } = filterAndOrderTypes(ledger);
  const Conn = connectionType(ledger, Obj);
  const SaveInputT = saveInputType(ledger);
  const Result = saveResultType(ledger, Obj);
  const R = namedClass(`${ledger.typeName}LedgerResolver`);
  const proto = R.prototype as Proto;
  addListQuery(proto, ledger, Conn, Filter, OrderBy);
  addGetQuery(proto, ledger, Obj);
  addSaveMutation(proto, ledger, SaveInputT, Result);
  addRefFields(proto, ledger);
  addSensitiveFields(proto, ledger);
  Resolver(() => Obj)(R);
  const result: LedgerGraphQL = { ledger, ObjectType: Obj, SaveInput: SaveInputT, SaveResult: Result, Filter, OrderBy, Connection: Conn, Resolver: R };
  built.set(ledger.name, result);
  return result;
}

/** One keyset page as the ledger's connection type answers it (totalCount counted only when selected). */
export async function listConnection(ctx: RequestContext, ledger: LedgerDef, args: ListArgs): Promise<Record<string, unknown>> {
  const page = await listLedger(ctx.reads.manager, ledger, args);
  const conn: Record<string, unknown> = {
    // a cursor is encoded only where one is selected
    edges: page.rows.map((node, i) => ({ get cursor() { return page.cursorAt(i); }, node })),
    pageInfo: { hasNextPage: page.hasNextPage, get endCursor() { return page.rows.length ? page.cursorAt(page.rows.length - 1) : null; } },
  };
  Object.defineProperty(conn, 'totalCount', { get: () => page.count() });
  return conn;
}

/** A filter input as plain nested objects (nested ref and line filters included). */
export function plainFilter<T>(v: T): T {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return v;
  return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, plainFilter(x)])) as T;
}

/** type-graphql hands inputs over as class instances; the engine wants plain objects. */
function plain<T>(v: T): T {
  return v && typeof v === 'object' ? ({ ...(v as object) } as T) : v;
}

function plainSave(input: SaveInput): SaveInput {
  return {
    creates: input.creates?.map((c) => ({ ref: c.ref, values: plain(c.values) })),
    updates: input.updates?.map((u) => ({ id: u.id, version: u.version, values: plain(u.values) })),
    voids: input.voids?.map((v) => ({ id: v.id, version: v.version, reason: v.reason })),
  };
}
