import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { storageField } from '../../core/ledger/schema/define-ledger.js';
import { BASE_COLUMNS } from '../../core/ledger/query/ledger-store.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';

/** Field names selected under `path` (['edges', 'node']) of the resolved field, fragments followed; null when a directive makes it unsure. */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  return namesOf(fieldNodesAt(info, path));
}

/** The field nodes selected under `path` of the resolved field, fragments followed. */
export function fieldNodesAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path)
    sets = fieldsOf(info, sets)
      .filter((f) => f.name.value === step)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return fieldsOf(info, sets);
}

/** The field nodes selected beneath `nodes` (one response key's nodes), fragments followed. */
export function fieldNodesUnder(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): FieldNode[] {
  return fieldsOf(
    info,
    nodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
  );
}

/** The names of `fields`, or null when a directive makes it unsure (@include/@skip: read everything). */
export function namesOf(fields: readonly FieldNode[]): Set<string> | null {
  if (fields.some((f) => f.directives?.length)) return null;
  return new Set(fields.map((f) => f.name.value));
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') out.push(...fieldsOf(info, [s.selectionSet]));
      else {
        const frag = info.fragments[s.name.value];
        if (frag) out.push(...fieldsOf(info, [frag.selectionSet]));
      }
    }
  }
  return out;
}

/** Each GraphQL field of a ledger's row type that is a stored column, and that column. */
function columnOfField(ledger: LedgerDef): Map<string, string> {
  const m = new Map<string, string>(BASE_COLUMNS.map((c) => [c.field, c.field]));
  for (const c of ledger.columns) {
    m.set(c.field, storageField(c)); // a ref's object field reads its id column
    m.set(storageField(c), storageField(c));
  }
  return m;
}

const byLedger = new Map<string, Map<string, string>>();

/**
 * The stored columns a selection of a ledger's rows needs, or null when it asks for a field the
 * modules compute (overdue, availableActions, warranty…), which may read any column.
 */
export function columnsFor(ledger: LedgerDef, fields: Set<string> | null): Set<string> | null {
  if (!fields) return null;
  let m = byLedger.get(ledger.name);
  if (!m) byLedger.set(ledger.name, (m = columnOfField(ledger)));
  const out = new Set<string>();
  for (const f of fields) {
    if (f === '__typename') continue;
    const c = m.get(f);
    if (!c) return null;
    out.add(c);
  }
  return out;
}
