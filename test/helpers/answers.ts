// Shapes of the GraphQL answers the tests read; the API's own contract, typed where it is read.

export interface CellErr {
  row: string;
  field: string | null;
  code: string;
  message: string;
}

export interface SaveOut<R = Node> {
  ok: boolean;
  batchId: string | null;
  errors: CellErr[];
  conflicts: Array<{ row: string; id: number; fields: string[]; current: R }>;
  saved: Array<{ row: string; id: number; version: number }>;
  rows: R[];
  lines?: SaveOut | null;
}

export interface Page<N = Node> {
  totalCount: number;
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A row as the tests read it: id, version and whatever cells they asked for. */
export type Node = { id: number; version: number } & Record<string, unknown>;

export interface HistoryEntry {
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  userName: string | null;
  reason: string | null;
}

export interface Action {
  name: string;
  mutation: string;
  label: string;
  needs: string[];
}

export interface TimelineNode {
  kind: string;
  title: string;
  children: TimelineNode[];
}

/** The value a test expects to be there; fails, naming what, when it is not (instead of a non-null assertion). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
