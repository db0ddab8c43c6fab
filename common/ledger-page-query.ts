/** What the text of a ledger's page needs of its definition (the server's LedgerMeta). */
export interface PageQueryLedger {
  plural: string;
  typeName: string;
  columns: ReadonlyArray<{
    field: string;
    storageField: string;
    type: string;
    refKey?: string | null;
    refName?: string | null;
  }>;
}

/** The selection of a ledger row's cells: stored fields, refs with their key. */
export function rowFields(l: Pick<PageQueryLedger, 'columns'>): string {
  return l.columns
    .map((c) =>
      c.type === 'ref' ? `${c.storageField} ${c.field} { id ${c.refKey} ${c.refName ?? ''} }` : c.storageField,
    )
    .join(' ');
}

/**
 * A list query of a ledger, as the grid asks it: one page of rows with their cells (and `extra`
 * beyond them), filtered and ordered.
 */
export function listQuery(l: PageQueryLedger, opts: { withCount?: boolean; extra?: string } = {}): string {
  return `query Ledger($first: Int, $after: String, $filter: ${l.typeName}Filter, $orderBy: [${l.typeName}OrderBy!], $includeVoided: Boolean) {
    ${l.plural}(first: $first, after: $after, filter: $filter, orderBy: $orderBy, includeVoided: $includeVoided) {
      ${opts.withCount ? 'totalCount' : ''} edges { node { id version ${rowFields(l)} ${opts.extra ?? ''} } } pageInfo { hasNextPage endCursor } } }`;
}

/** The count of a ledger's filtered rows, asked beside its first page (which does not wait for it). */
export function countQuery(l: Pick<PageQueryLedger, 'plural' | 'typeName'>): string {
  return `query($filter: ${l.typeName}Filter, $includeVoided: Boolean) { ${l.plural}(first: 1, filter: $filter, includeVoided: $includeVoided) { totalCount } }`;
}
