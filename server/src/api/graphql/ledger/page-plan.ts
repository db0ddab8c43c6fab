import {
  getArgumentValues,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ListPage } from '../../../core/ledger/query/list-query.js';
import { refOf } from '../../../core/ledger/schema/define-ledger.js';
import type { ColumnDef, LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import type { RequestContext } from '../context.js';
import { columnsFor } from '../projection.js';
import { readPage } from './list.query.js';
import { loadReferenced, refColumn } from './row-fields.js';

/**
 * A ledger's page — the rows the grid asks, their references and what the modules compute of them —
 * answered from a plan made once per query document rather than by an executor walking the query
 * for every row. The page is read as the list query reads it (the ledger service: its role check,
 * masking and filters; its references read with the page through the request's loaders: the same
 * statements); every other field is resolved by its own resolver and completed by its own type, as
 * graphql-js does. A document the plan does not cover (fragments, directives, a repeated key, an
 * abstract type, arguments below the root) gets no plan, and anything graphql-js would answer with an
 * error makes the plan step aside: the compiled executor then answers the request, errors and all.
 * Apollo's parsing, validation, plugins (cost limit, masking) and formatting are untouched.
 * test/compiled-execution.test.ts holds the answers to graphql-js's, byte for byte.
 */

/** A field that answers its type's name. */
type Typename = { key: string; kind: 'typename'; name: string };
/** How a value of a field's type is completed, as graphql-js completes it. */
type Completion =
  | { kind: 'leaf'; leaf: GraphQLLeafType }
  | { kind: 'object'; fields: FieldPlan[] }
  | { kind: 'list'; of: Completion }
  | { kind: 'nonNull'; of: Completion };
/** One field of a selection: its response key, and where its value comes from. */
type FieldPlan =
  | Typename
  | { key: string; kind: 'read'; name: string; complete: Completion }
  | {
      key: string;
      kind: 'resolve';
      resolve: GraphQLFieldResolver<unknown, RequestContext>;
      args: Record<string, unknown>;
      info: GraphQLResolveInfo;
      complete: Completion;
    };
/** A reference the page's rows name, read with the page (as the list resolver's preloadRefs does). */
type Ref = { column: ColumnDef; only: ReadonlySet<string> | null };
type ConnPart =
  | Typename
  | { key: string; kind: 'totalCount' }
  | {
      key: string;
      kind: 'edges';
      parts: Array<Typename | { key: string; kind: 'cursor' } | { key: string; kind: 'node'; fields: FieldPlan[] }>;
    }
  | {
      key: string;
      kind: 'pageInfo';
      parts: Array<Typename | { key: string; kind: 'hasNextPage' | 'endCursor' }>;
    };
type Root =
  | Typename
  | {
      key: string;
      kind: 'list';
      ledger: LedgerDef;
      field: GraphQLField<unknown, unknown>;
      node: FieldNode;
      columns: ReadonlySet<string> | null;
      refs: Ref[];
      parts: ConnPart[];
      /** The arguments when the document spells them out (no variable): worked out by the first request. */
      literalArgs: Record<string, unknown> | null | undefined;
    };

/** A plan of one operation: its root fields, each a ledger page (or __typename). */
export interface PagePlan {
  roots: Root[];
}

/** How often plans answered, and how often one stepped aside for the compiled executor (tests read it). */
export const pagePlanStats = { answered: 0, steppedAside: 0 };

/** Raised while answering: a value graphql-js would answer with an error; the compiled executor answers instead. */
class StepAside extends Error {}

const LIST_ARGS = new Set(['first', 'after', 'filter', 'orderBy', 'includeVoided']);

/** The plans of the ledgers' list queries. */
export class PagePlans {
  private readonly lists = new Map<string, LedgerDef>();
  constructor(
    private readonly schema: GraphQLSchema,
    ledgers: readonly LedgerDef[],
  ) {
    for (const l of ledgers) this.lists.set(l.plural, l);
  }

  /** The plan of an operation, or null when it asks anything but ledger pages the plan covers. */
  plan(document: DocumentNode, operationName: string | undefined): PagePlan | null {
    const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length !== document.definitions.length) return null; // fragments
    const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : null;
    if (!op || op.operation !== 'query' || op.directives?.length) return null;
    const query = this.schema.getQueryType();
    const roots = partsOf(plainFields(op.selectionSet), query, (f): Root | null => {
      const ledger = this.lists.get(f.name.value);
      const field = query?.getFields()[f.name.value];
      return ledger && field && isListOf(ledger, field) ? this.listPlan(op, keyOf(f), ledger, field, f) : null;
    });
    return roots && { roots };
  }

  private listPlan(
    op: OperationDefinitionNode,
    key: string,
    ledger: LedgerDef,
    field: GraphQLField<unknown, unknown>,
    f: FieldNode,
  ): Root | null {
    const conn = objectOf(field.type);
    let nodeFields: FieldNode[] = [];
    const parts = partsOf(plainFields(f.selectionSet), conn, (s): ConnPart | null => {
      const name = s.name.value;
      if (name === 'totalCount' && !s.selectionSet) return { key: keyOf(s), kind: 'totalCount' };
      if (name === 'pageInfo') {
        const info = partsOf(
          plainFields(s.selectionSet),
          objectOf(conn?.getFields().pageInfo?.type),
          (p): InfoPart | null => {
            const n = p.name.value;
            return n === 'hasNextPage' || n === 'endCursor' ? { key: keyOf(p), kind: n } : null;
          },
        );
        return info && { key: keyOf(s), kind: 'pageInfo', parts: info };
      }
      if (name !== 'edges') return null;
      const type = itemsOf(conn?.getFields().edges?.type);
      const edge = partsOf(plainFields(s.selectionSet), type, (e): EdgePart | null => {
        if (e.name.value === 'cursor') return { key: keyOf(e), kind: 'cursor' };
        if (e.name.value !== 'node' || !e.selectionSet || nodeFields.length) return null;
        const row = objectOf(type?.getFields().node?.type);
        nodeFields = plainFields(e.selectionSet) ?? [];
        const fields = row?.name === ledger.typeName ? this.fieldsOf(op, row, nodeFields) : null;
        return fields && nodeFields.length ? { key: keyOf(e), kind: 'node', fields } : null;
      });
      return edge && { key: keyOf(s), kind: 'edges', parts: edge };
    });
    if (!parts) return null;
    return {
      key,
      kind: 'list',
      ledger,
      field,
      node: f,
      columns: columnsFor(ledger, new Set(nodeFields.map((n) => n.name.value))),
      refs: refsOf(ledger, nodeFields),
      parts,
      literalArgs: usesVariables(f) ? null : undefined,
    };
  }

  /** The plan of a selection of an object type: each field read, or resolved by its own resolver. */
  private fieldsOf(op: OperationDefinitionNode, type: GraphQLObjectType, nodes: FieldNode[]): FieldPlan[] | null {
    return type.isTypeOf ? null : partsOf(nodes, type, (f) => this.fieldPlan(op, type, f));
  }

  private fieldPlan(op: OperationDefinitionNode, type: GraphQLObjectType, f: FieldNode): FieldPlan | null {
    const key = keyOf(f);
    const def = type.getFields()[f.name.value];
    if (!def || f.arguments?.length) return null;
    const complete = this.completionOf(op, def.type, f);
    if (!complete) return null;
    if (!def.resolve) return { key, kind: 'read', name: f.name.value, complete };
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, f, {}); // the declared defaults
    } catch {
      return null;
    }
    const info: GraphQLResolveInfo = {
      fieldName: def.name,
      fieldNodes: [f],
      returnType: def.type,
      parentType: type,
      path: { prev: undefined, key, typename: type.name },
      schema: this.schema,
      fragments: {},
      rootValue: undefined,
      operation: op,
      variableValues: {},
    };
    const resolve = def.resolve as GraphQLFieldResolver<unknown, RequestContext>;
    return { key, kind: 'resolve', resolve, args, info, complete };
  }

  private completionOf(op: OperationDefinitionNode, t: GraphQLOutputType, f: FieldNode): Completion | null {
    if (isNonNullType(t)) {
      const of = this.completionOf(op, t.ofType, f);
      return of && { kind: 'nonNull', of };
    }
    if (isListType(t)) {
      const of = this.completionOf(op, t.ofType, f);
      return of && { kind: 'list', of };
    }
    if (isLeafType(t)) return f.selectionSet ? null : { kind: 'leaf', leaf: t };
    if (!isObjectType(t) || !f.selectionSet) return null; // an interface or a union
    const sub = plainFields(f.selectionSet);
    const fields = sub && this.fieldsOf(op, t, sub);
    return fields && { kind: 'object', fields };
  }

  /** Answers a planned operation, or undefined when graphql-js would answer otherwise (an error): the caller then executes it. */
  async answer(
    plan: PagePlan,
    ctx: RequestContext,
    variables: Record<string, unknown>,
  ): Promise<{ data: Record<string, unknown> } | undefined> {
    if (!ctx.user || ctx.user.mustChangePassword) return undefined; // the auth checker's refusals, in its words
    try {
      const values = await Promise.all(
        plan.roots.map((r) => (r.kind === 'typename' ? r.name : answerList(r, ctx, variables))),
      );
      const data: Record<string, unknown> = {};
      plan.roots.forEach((r, i) => (data[r.key] = values[i]));
      pagePlanStats.answered++;
      return { data };
    } catch {
      pagePlanStats.steppedAside++;
      return undefined;
    }
  }
}

async function answerList(
  r: Extract<Root, { kind: 'list' }>,
  ctx: RequestContext,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  // the page's arguments as graphql-js reads them (a literal filter's values parsed by their scalars)
  const a = r.literalArgs ?? (getArgumentValues(r.field, r.node, variables) as Record<string, unknown>);
  if (r.literalArgs === undefined) r.literalArgs = a;
  const page = await readPage(ctx, r.ledger, a as Parameters<typeof readPage>[2], r.columns);
  await Promise.all(r.refs.map((ref) => loadReferenced(ctx, ref.column, ref.only, page.rows)));
  const pending: Array<Promise<void>> = [];
  const conn: Record<string, unknown> = {};
  for (const p of r.parts) conn[p.key] = connPart(p, page, ctx, pending);
  while (pending.length) await Promise.all(pending.splice(0));
  for (const k of Object.keys(conn)) if (isPromise(conn[k])) conn[k] = await conn[k]; // totalCount
  return conn;
}

/** The references a page's rows name, read with the page: the rows each reference's selection needs, by the request's loaders. */
function refsOf(ledger: LedgerDef, nodeFields: readonly FieldNode[]): Ref[] {
  const out: Ref[] = [];
  for (const f of nodeFields) {
    const column = refColumn(ledger, f.name.value);
    if (!column) continue;
    const names = new Set((f.selectionSet?.selections ?? []).map((s) => (s as FieldNode).name.value));
    out.push({ column, only: columnsFor(refOf(column).ledger(), names) });
  }
  return out;
}

function connPart(p: ConnPart, page: ListPage, ctx: RequestContext, pending: Array<Promise<void>>): unknown {
  switch (p.kind) {
    case 'typename':
      return p.name;
    case 'totalCount': {
      const n = page.count();
      n.catch(() => undefined); // awaited after the rows; a failure then steps aside
      return n;
    }
    case 'pageInfo':
      return keyed(p.parts, (x) =>
        x.kind === 'typename'
          ? x.name
          : x.kind === 'hasNextPage'
            ? page.hasNextPage
            : page.rows.length
              ? page.cursorAt(page.rows.length - 1)
              : null,
      );
    case 'edges':
      return page.rows.map((row, i) =>
        keyed(p.parts, (x) =>
          x.kind === 'typename'
            ? x.name
            : x.kind === 'cursor'
              ? page.cursorAt(i)
              : answered(x.fields, row, ctx, pending),
        ),
      );
  }
}

/** An object's fields as graphql-js completes them; a field whose resolver answers later is filled in when it does. */
function answered(
  fields: readonly FieldPlan[],
  source: Record<string, unknown>,
  ctx: RequestContext,
  pending: Array<Promise<void>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === 'typename') {
      out[f.key] = f.name;
      continue;
    }
    const v = f.kind === 'read' ? source[f.name] : f.resolve(source, f.args, ctx, f.info);
    if (typeof v === 'function') throw new StepAside(); // graphql-js would call it as a method
    if (isPromise(v)) {
      out[f.key] = null; // its place in the answer's order
      const done = v.then((x) => void (out[f.key] = completed(f.complete, x, ctx, pending)));
      done.catch(() => undefined); // a plan that stepped aside leaves no rejection unhandled
      pending.push(done);
    } else out[f.key] = completed(f.complete, v, ctx, pending);
  }
  return out;
}

function completed(c: Completion, v: unknown, ctx: RequestContext, pending: Array<Promise<void>>): unknown {
  if (c.kind === 'nonNull') {
    const x = completed(c.of, v, ctx, pending);
    if (x === null) throw new StepAside();
    return x;
  }
  if (v === null || v === undefined) return null;
  if (v instanceof Error || isPromise(v)) throw new StepAside();
  switch (c.kind) {
    case 'leaf': {
      const s = c.leaf.serialize(v);
      if (s === undefined) throw new StepAside();
      return s;
    }
    case 'list':
      if (!Array.isArray(v)) throw new StepAside();
      return v.map((x) => completed(c.of, x, ctx, pending));
    case 'object':
      if (typeof v !== 'object') throw new StepAside();
      return answered(c.fields, v as Record<string, unknown>, ctx, pending);
  }
}

/** An object of each part's value under its response key, in the order asked. */
function keyed<P extends { key: string }>(parts: readonly P[], value: (p: P) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of parts) out[p.key] = value(p);
  return out;
}

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as Promise<unknown> | null)?.then === 'function';

const keyOf = (f: FieldNode) => f.alias?.value ?? f.name.value;

type InfoPart = Extract<ConnPart, { kind: 'pageInfo' }>['parts'][number];
type EdgePart = Extract<ConnPart, { kind: 'edges' }>['parts'][number];

/** The plan of the fields selected of `type` (null: none), each __typename answered, each other field by `part` (null: no plan). */
function partsOf<P>(
  fields: FieldNode[] | null,
  type: GraphQLObjectType | null | undefined,
  part: (f: FieldNode) => P | null,
): Array<P | Typename> | null {
  if (!fields || !type) return null;
  const out: Array<P | Typename> = [];
  for (const f of fields) {
    const p = f.name.value === '__typename' ? { key: keyOf(f), kind: 'typename' as const, name: type.name } : part(f);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

/** Whether a field's arguments name a variable anywhere. */
function usesVariables(f: FieldNode): boolean {
  let found = false;
  visit(f, { Variable: () => void (found = true) });
  return found;
}

/** Whether a root field is the ledger's own list query (its connection, its arguments). */
function isListOf(ledger: LedgerDef, field: GraphQLField<unknown, unknown>): boolean {
  return (
    objectOf(field.type)?.name === `${ledger.typeName}Connection` && field.args.every((a) => LIST_ARGS.has(a.name))
  );
}

/**
 * The fields of a selection set when it holds only fields and none with a directive, a key asked
 * twice kept once when both ask the same leaf (`name name`); null when they would have to be merged.
 */
function plainFields(set: SelectionSetNode | undefined): FieldNode[] | null {
  if (!set) return null;
  const byKey = new Map<string, FieldNode>();
  for (const s of set.selections) {
    if (s.kind !== Kind.FIELD || s.directives?.length) return null;
    const earlier = byKey.get(keyOf(s));
    if (!earlier) byKey.set(keyOf(s), s);
    else if (!isSameLeaf(earlier, s)) return null;
  }
  return [...byKey.values()];
}

const isSameLeaf = (a: FieldNode, b: FieldNode) =>
  a.name.value === b.name.value && !a.selectionSet && !b.selectionSet && !a.arguments?.length && !b.arguments?.length;

/** The object type of a field that answers one object (non-null or not), else null. */
function objectOf(t: GraphQLOutputType | undefined): GraphQLObjectType | null {
  if (!t) return null;
  const inner = isNonNullType(t) ? t.ofType : t;
  return isObjectType(inner) ? inner : null;
}

/** The item type of a field that answers a list of non-null objects (the edges), else null. */
function itemsOf(t: GraphQLOutputType | undefined): GraphQLObjectType | null {
  if (!t) return null;
  const list = isNonNullType(t) ? t.ofType : t;
  if (!isListType(list) || !isNonNullType(list.ofType)) return null;
  const item = getNamedType(list);
  return isObjectType(item) ? item : null;
}
