import type { DataSource } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';

/** What a saved view remembers of a grid: its filter, sort, and the columns' order and widths. */
export interface ViewState {
  filter: Record<string, unknown>;
  sort: Array<{ colId: string; sort: 'asc' | 'desc' }>;
  columns: Array<{ colId: string; width?: number; hide?: boolean }>;
  /** The one-click filter that was on (已超期), by its key. */
  quick?: string | null;
}

export interface SavedView {
  id: number;
  ledger: string;
  name: string;
  state: ViewState;
  updatedAt: Date;
}

const MAX_VIEWS_PER_LEDGER = 50;

export class ViewProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Checks a view before it is stored: a name, and a state of the expected shape (at most 20 kB). */
export function checkView(name: string, state: unknown): ViewState {
  if (!name.trim()) throw new ViewProblem('name', '视图名称不能为空');
  if (name.trim().length > 60) throw new ViewProblem('name', '视图名称最多 60 个字');
  const s = state as Partial<ViewState> | null;
  if (
    !s ||
    typeof s !== 'object' ||
    typeof s.filter !== 'object' ||
    !Array.isArray(s.sort) ||
    !Array.isArray(s.columns)
  ) {
    throw new ViewProblem('state', '视图内容格式不对（应含 filter、sort、columns）');
  }
  if (JSON.stringify(s).length > 20_000) throw new ViewProblem('state', '视图内容过大');
  if (s.quick !== undefined && s.quick !== null && (typeof s.quick !== 'string' || s.quick.length > 40))
    throw new ViewProblem('state', '视图的快捷筛选格式不对');
  return { filter: s.filter ?? {}, sort: s.sort, columns: s.columns, quick: s.quick ?? null };
}

function rowToView(r: Record<string, unknown>): SavedView {
  return {
    id: Number(r.id),
    ledger: String(r.ledger),
    name: String(r.name),
    state: JSON.parse(String(r.state)) as ViewState,
    updatedAt: fromSql('datetime', r.updatedAt) as Date,
  };
}

/** Views of one user and ledger (or the one of that name), by name. */
async function readViews(ds: DataSource, userId: number, ledger: string, name?: string): Promise<SavedView[]> {
  const q = quoter(ds);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q('id')} AS id, ${q('ledger')} AS ledger, ${q('name')} AS name, ${q('state')} AS state, ${q('updatedAt')} AS updatedAt FROM ${q('saved_view')}
      WHERE ${q('userId')} = ? AND ${q('ledger')} = ?${name === undefined ? '' : ` AND ${q('name')} = ?`} ORDER BY ${q('name')}`,
    name === undefined ? [userId, ledger] : [userId, ledger, name],
  );
  return rows.map(rowToView);
}

/** One user's views of one ledger, by name. */
export function listViews(ds: DataSource, userId: number, ledger: string): Promise<SavedView[]> {
  return readViews(ds, userId, ledger);
}

/** Saves a view under its name (replacing the user's view of that name). */
export async function saveView(
  ds: DataSource,
  userId: number,
  ledger: string,
  name: string,
  state: ViewState,
): Promise<SavedView> {
  const q = quoter(ds);
  const at = toSqlParam(ds, 'datetime', new Date());
  const key = name.trim();
  const [existing] = await readViews(ds, userId, ledger, key);
  if (existing) {
    await ds.query(`UPDATE ${q('saved_view')} SET ${q('state')} = ?, ${q('updatedAt')} = ? WHERE ${q('id')} = ?`, [
      JSON.stringify(state),
      at,
      existing.id,
    ]);
  } else {
    const [{ n }]: Array<{ n: number | string }> = await ds.query(
      `SELECT COUNT(*) AS n FROM ${q('saved_view')} WHERE ${q('userId')} = ? AND ${q('ledger')} = ?`,
      [userId, ledger],
    );
    if (Number(n) >= MAX_VIEWS_PER_LEDGER)
      throw new ViewProblem('name', `每个台账最多保存 ${MAX_VIEWS_PER_LEDGER} 个视图`);
    await ds.query(
      `INSERT INTO ${q('saved_view')} (${q('userId')}, ${q('ledger')}, ${q('name')}, ${q('state')}, ${q('updatedAt')}) VALUES (?, ?, ?, ?, ?)`,
      [userId, ledger, key, JSON.stringify(state), at],
    );
  }
  return (await readViews(ds, userId, ledger, key))[0];
}

/** Deletes one of the user's views; false when it is not theirs or not there. */
export async function deleteView(ds: DataSource, userId: number, id: number): Promise<boolean> {
  const q = quoter(ds);
  const mine: unknown[] = await ds.query(
    `SELECT ${q('id')} FROM ${q('saved_view')} WHERE ${q('id')} = ? AND ${q('userId')} = ?`,
    [id, userId],
  );
  if (!mine.length) return false;
  await ds.query(`DELETE FROM ${q('saved_view')} WHERE ${q('id')} = ?`, [id]);
  return true;
}
