import { Resolver } from 'type-graphql';
import { namedClass } from '../dynamic-type.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import { enumType } from './column-types.js';
import { addListQuery } from './list.query.js';
import { addGetQuery } from './get.query.js';
import { addSaveMutation } from './save.mutation.js';
import { addRefFields, addSensitiveFields } from './row-fields.js';
import { filterAndOrderTypes } from './filter-types.js';
import { connectionType, rowType } from './row-types.js';
import { saveInputType, saveResultType } from './save-types.js';
import { rememberLedgerGraphQL, type LedgerGraphQL, type Proto } from './registry.js';

export { enumType } from './column-types.js';
export { connectionOf } from './list.query.js';
export { builtLedgers, ledgerGraphQL, type LedgerGraphQL } from './registry.js';
export { resolveRowFieldsDirectly } from './row-fields.js';

/**
 * Builds a ledger's GraphQL surface from its declaration: row, filter, order, connection and
 * batch-save types, then the list, get and save operations (each a thin adapter of the ledger
 * service) and the loader-backed ref fields. Called by the composition root.
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
  if (SaveInputT) addSaveMutation(proto, ledger, SaveInputT, Result);
  addRefFields(proto, ledger);
  addSensitiveFields(proto, ledger);
  Resolver(() => Obj)(R);
  const result: LedgerGraphQL = {
    ledger,
    ObjectType: Obj,
    SaveInput: SaveInputT,
    SaveResult: Result,
    Filter,
    OrderBy,
    Connection: Conn,
    Resolver: R,
  };
  rememberLedgerGraphQL(result);
  return result;
}
