import { refOf } from '../../../core/ledger/schema/define-ledger.js';
import { InputType, registerEnumType } from 'type-graphql';
import { namedClass, prop, type Ctor } from '../dynamic-type.js';
import { SortDirection } from '../shared-types.js';
import { filterableColumns, LINES_FILTER } from '../../../core/ledger/query/filter-parser.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import { sortableFields } from '../../../core/ledger/query/sort-parser.js';
import { filterType } from './column-types.js';
import { ledgerGraphQL } from './registry.js';

/** The filter input (declared filterable columns only) and the order input (sortable columns). */
export function filterAndOrderTypes(ledger: LedgerDef): { Filter: Ctor; OrderBy: Ctor } {
  const T = ledger.typeName;
  const Filter = namedClass(`${T}Filter`);
  for (const [key, c] of filterableColumns(ledger)) {
    prop(Filter, key, filterType(c), { nullable: true, description: `Filter on ${c.label.en}.` });
  }
  for (const c of ledger.columns.filter((x) => x.type === 'ref' && x.filterable !== false)) {
    const target = refOf(c).ledger();
    prop(Filter, c.field, () => ledgerGraphQL(target.name).Filter, {
      nullable: true,
      description: `Rows whose ${c.label.en} (a ${target.label.en} row) matches this filter.`,
    });
  }
  if (ledger.lines) {
    const lines = ledger.lines.ledger();
    prop(Filter, LINES_FILTER, () => ledgerGraphQL(lines.name).Filter, {
      nullable: true,
      description: `Rows with at least one ${lines.label.en} line matching this filter.`,
    });
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
