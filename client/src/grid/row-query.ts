import type { LedgerMeta } from '../generated/graphql';

/** The selection of a ledger row's cells: stored fields, refs with their key. */
export function rowFields(l: Pick<LedgerMeta, 'columns'>): string {
  return l.columns
    .map((c) =>
      c.type === 'ref' ? `${c.storageField} ${c.field} { id ${c.refKey} ${c.refName ?? ''} }` : c.storageField,
    )
    .join(' ');
}

/** A list query of a ledger: one page of rows with their cells (and `extra` beyond them), filtered and ordered. */
export function listQuery(
  l: Pick<LedgerMeta, 'columns' | 'plural' | 'typeName'>,
  opts: { withCount?: boolean; extra?: string } = {},
): string {
  return `query Ledger($first: Int, $after: String, $filter: ${l.typeName}Filter, $orderBy: [${l.typeName}OrderBy!], $includeVoided: Boolean) {
    ${l.plural}(first: $first, after: $after, filter: $filter, orderBy: $orderBy, includeVoided: $includeVoided) {
      ${opts.withCount ? 'totalCount' : ''} edges { node { id version ${rowFields(l)} ${opts.extra ?? ''} } } pageInfo { hasNextPage endCursor } } }`;
}
