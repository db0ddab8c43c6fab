import { Int, ObjectType } from 'type-graphql';
import { namedClass, prop, type Ctor } from '../dynamic-type.js';
import { GraphQLISODateTime, PageInfo } from '../shared-types.js';
import { storageField } from '../../../core/ledger/schema/define-ledger.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import { describe, outputType } from './column-types.js';

/** The row type: system columns, then every declared column (refs as `<field>Id`). */
export function rowType(ledger: LedgerDef): Ctor {
  const T = ledger.typeName;
  const Obj = namedClass(T);
  prop(Obj, 'id', () => Int, { description: 'Record id.' });
  prop(Obj, 'version', () => Int, { description: 'Optimistic-lock version; send it back with updates.' });
  prop(Obj, 'createdAt', () => GraphQLISODateTime, { description: '录入时间 / Created at.' });
  prop(Obj, 'updatedAt', () => GraphQLISODateTime, { description: '修改时间 / Updated at.' });
  prop(Obj, 'voidedAt', () => GraphQLISODateTime, {
    nullable: true,
    description: '作废时间 / Voided at (never deleted).',
  });
  prop(Obj, 'voidReason', () => String, { nullable: true, description: '作废原因 / Why it was voided.' });
  // a personal detail is a field resolver instead (addSensitiveFields), which masks it by role
  for (const c of ledger.columns.filter((x) => !x.sensitive)) {
    prop(Obj, storageField(c), outputType(c), {
      nullable: !c.required,
      description: describe(c, c.type === 'ref' ? ' (id)' : ''),
    });
  }
  // plain properties of plain objects: graphql-js reads them itself, no wrapper per field per row
  ObjectType(T, {
    description: `${ledger.label.zh} / ${ledger.label.en}: ${ledger.description}`,
    simpleResolvers: true,
  })(Obj);
  return Obj;
}

/** The keyset-paged connection of rows. */
export function connectionType(ledger: LedgerDef, Obj: Ctor): Ctor {
  const T = ledger.typeName;
  const Edge = namedClass(`${T}Edge`);
  prop(Edge, 'cursor', () => String, { description: 'Keyset cursor of this row.' });
  prop(Edge, 'node', () => Obj, { description: 'The row.' });
  ObjectType(`${T}Edge`, { description: `An edge of ${T}Connection.`, simpleResolvers: true })(Edge);
  const Conn = namedClass(`${T}Connection`);
  prop(Conn, 'edges', () => [Edge], { description: 'Rows of this page.' });
  prop(Conn, 'pageInfo', () => PageInfo, { description: 'Paging.' });
  prop(Conn, 'totalCount', () => Int, { description: 'Rows matching the filter; counted only when selected.' });
  // not simple: totalCount is a promise (counted only when asked), which only a resolver may answer under graphql-jit
  ObjectType(`${T}Connection`, { description: `A keyset-paged list of ${T}.` })(Conn);
  return Conn;
}
