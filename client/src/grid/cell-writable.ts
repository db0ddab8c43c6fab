import type { ColumnMeta } from '../generated/graphql';

/** What a cell's editability depends on in its row: saved or not, voided, and whether it was marked 补录. */
export interface RowState {
  kind: 'server' | 'new' | 'blank';
  voided?: boolean;
  /** The row is a new one marked as entered from paper after the fact (its backfill flag is set). */
  backfill: boolean;
  /** A saved row whose department (the ledger's department column) is the signed-in user's own. */
  ownDepartment?: boolean;
}

/**
 * Whether the user may type into `m` in a row: the columns their role writes (a create-only one, such
 * as 补录, in rows not saved yet), and in a new row marked 补录 also the outcome cells the system
 * otherwise sets; in a saved row of their own department, the cells it opens to its department (对策单位's
 * countermeasure). The server checks the same (core/ledger/write/backfill.ts, department-grant.ts).
 */
export function cellWritable(
  m: Pick<ColumnMeta, 'editable' | 'createOnly' | 'backfill'> & Partial<Pick<ColumnMeta, 'ownDepartment'>>,
  row: RowState | null,
): boolean {
  if (!row || row.voided) return false;
  if (m.editable) return !m.createOnly || row.kind !== 'server';
  if (m.ownDepartment) return row.kind === 'server' && !!row.ownDepartment;
  return m.backfill && row.kind === 'new' && row.backfill;
}
