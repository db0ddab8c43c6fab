import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { columnsFor, selectedFields } from '../projection.js';
import { refOf, storageField } from '../../../core/ledger/schema/define-ledger.js';
import type { LedgerDef, Row } from '../../../core/ledger/schema/ledger.types.js';
import { shownTo } from '../../../core/ledger/schema/masking.js';
import { describe, outputType } from './column-types.js';
import { ledgerGraphQL, method, type Proto } from './registry.js';

/** Each ref column as a field that loads the referenced row through the request's loader. */
export function addRefFields(proto: Proto, ledger: LedgerDef): void {
  for (const c of ledger.columns.filter((x) => x.type === 'ref')) {
    const key = `ref_${c.field}`;
    const d = method(proto, key, async function (root: Row, ctx: RequestContext, info: GraphQLResolveInfo) {
      const id = root[storageField(c)] as number | null;
      if (id === null || id === undefined) return null;
      // only the columns asked of the referenced row (customer { name } reads name), unless it asks a computed field
      const target = refOf(c).ledger();
      const only = columnsFor(target, selectedFields(info, []));
      return (only ? ctx.loaders.rowColumns(target, only) : ctx.loaders.row(target)).load(id);
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

/** Each personal-detail column as a field that masks it for roles that may not read it. */
export function addSensitiveFields(proto: Proto, ledger: LedgerDef): void {
  for (const c of ledger.columns.filter((x) => x.sensitive)) {
    const key = `sensitive_${c.field}`;
    const d = method(proto, key, function (root: Row, ctx: RequestContext) {
      return shownTo(c, ctx.user?.role ?? '', root[storageField(c)] ?? null);
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
