import { GraphQLObjectType, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Ctx, FieldResolver, Info, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { columnsFor, fieldNodesAt, fieldNodesUnder, namesOf, selectedFields } from '../projection.js';
import { refOf, storageField } from '../../../core/ledger/schema/define-ledger.js';
import type { ColumnDef, LedgerDef, Row } from '../../../core/ledger/schema/ledger.types.js';
import { shownTo } from '../../../core/ledger/schema/masking.js';
import { describe, outputType } from './column-types.js';
import { ledgerGraphQL, method, type Proto } from './registry.js';

/**
 * The columns a reference's selection reads of the referenced row (customer { name } reads name; null:
 * the whole row, for a computed field). graphql-js hands every row of a list the same field nodes, so
 * a page works it out once.
 */
const refColumns = new WeakMap<readonly FieldNode[], ReadonlySet<string> | null>();
export function refSelection(target: LedgerDef, info: GraphQLResolveInfo): ReadonlySet<string> | null {
  let only = refColumns.get(info.fieldNodes);
  if (only === undefined) refColumns.set(info.fieldNodes, (only = columnsFor(target, selectedFields(info, []))));
  return only;
}

/** A reference of a row: the referenced row, at once when the list read it with its page, else through the loader. */
function resolveRef(c: ColumnDef, root: Row, ctx: RequestContext, info: GraphQLResolveInfo): unknown {
  const id = root[storageField(c)] as number | null;
  if (id === null || id === undefined) return null;
  const target = refOf(c).ledger();
  const only = refSelection(target, info);
  const known = ctx.loaders.known(target, only, id);
  return known !== undefined ? known : ctx.loaders.rowsOf(target, only).load(id);
}

/** Each ref column as a field that loads the referenced row through the request's loader. */
export function addRefFields(proto: Proto, ledger: LedgerDef): void {
  for (const c of ledger.columns.filter((x) => x.type === 'ref')) {
    const key = `ref_${c.field}`;
    const d = method(proto, key, function (root: Row, ctx: RequestContext, info: GraphQLResolveInfo) {
      return resolveRef(c, root, ctx, info);
    });
    Root()(proto, key, 0);
    Ctx()(proto, key, 1);
    Info()(proto, key, 2);
    FieldResolver(() => ledgerGraphQL(refOf(c).ledger().name).ObjectType, {
      name: c.field,
      nullable: true,
      description: describe(c),
    })(proto, key, d);
  }
}

const resolveSensitive = (c: ColumnDef, root: Row, ctx: RequestContext) =>
  shownTo(c, ctx.user?.role ?? '', root[storageField(c)] ?? null);

/** Each personal-detail column as a field that masks it for roles that may not read it. */
export function addSensitiveFields(proto: Proto, ledger: LedgerDef): void {
  for (const c of ledger.columns.filter((x) => x.sensitive)) {
    const key = `sensitive_${c.field}`;
    const d = method(proto, key, function (root: Row, ctx: RequestContext) {
      return resolveSensitive(c, root, ctx);
    });
    Root()(proto, key, 0);
    Ctx()(proto, key, 1);
    FieldResolver(outputType(c) as () => StringConstructor, {
      name: c.field,
      nullable: true,
      description: `${describe(c)} Masked for roles that may not read it.`,
    })(proto, key, d);
  }
}

/**
 * After the schema is built, the reference and personal-detail fields of every ledger row resolve
 * straight from the row: type-graphql's wrapper would copy each row into a class instance and sort
 * the parameters again for every field of every row (100 rows × each such field a page). They take no
 * arguments, carry no middleware and no role of their own, so nothing is skipped.
 */
export function resolveRowFieldsDirectly(schema: GraphQLSchema, ledgers: readonly LedgerDef[]): void {
  for (const ledger of ledgers) {
    const type = schema.getType(ledger.typeName);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const c of ledger.columns) {
      const field = fields[c.field];
      if (!field || field.args.length) continue;
      if (c.type === 'ref')
        field.resolve = (root: Row, _a, ctx: RequestContext, info) => resolveRef(c, root, ctx, info);
      else if (c.sensitive) field.resolve = (root: Row, _a, ctx: RequestContext) => resolveSensitive(c, root, ctx);
    }
  }
}

/**
 * Reads the references a list's selection asks of its rows (edges { node { customer { name } } }) with
 * the page, one statement per reference through the same loaders, so that each row's reference
 * field then answers at once (see `known`) instead of a promise per row.
 */
export async function preloadRefs(
  ledger: LedgerDef,
  rows: readonly Row[],
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  path: readonly string[],
): Promise<void> {
  const byKey = new Map<string, FieldNode[]>();
  for (const f of fieldNodesAt(info, path)) {
    const key = f.alias?.value ?? f.name.value;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const loads: Array<Promise<unknown> | undefined> = [];
  for (const nodes of byKey.values()) {
    const c = refColumn(ledger, nodes[0].name.value);
    if (c)
      loads.push(loadReferenced(ctx, c, columnsFor(refOf(c).ledger(), namesOf(fieldNodesUnder(info, nodes))), rows));
  }
  await Promise.all(loads);
}

/** The reference column a row field names, if it is one. */
export const refColumn = (ledger: LedgerDef, field: string): ColumnDef | undefined =>
  ledger.columns.find((x) => x.type === 'ref' && x.field === field);

/** The rows `rows` name in reference column `c`, with the columns `only`, through the request's loader: one statement. */
export function loadReferenced(
  ctx: RequestContext,
  c: ColumnDef,
  only: ReadonlySet<string> | null,
  rows: readonly Row[],
): Promise<unknown> | undefined {
  const ids = new Set<number>();
  for (const r of rows) if (r[storageField(c)] != null) ids.add(Number(r[storageField(c)]));
  return ids.size ? ctx.loaders.rowsOf(refOf(c).ledger(), only).loadMany([...ids]) : undefined;
}
