import { refOf, enumOf } from '../../server/src/core/ledger/schema/define-ledger.js';
import type { ColumnDef, LedgerDef } from '../../server/src/core/ledger/schema/ledger.types.js';
import { mayWriteCell } from '../../server/src/core/ledger/write/backfill.js';
import type { Page, SaveOut } from './answers.js';
import type { TestServer } from './test-server.js';

/**
 * Rows for the generic ledger suite, made from the declarations alone: a new ledger needs no demo
 * rows to be tested. Values are what a clerk types (keys of referenced rows, labels' codes, dates),
 * varied by row; a cell the ledger's own rules refuse is left empty when it may be, or typed
 * differently when it must be filled.
 */

const ROLE = 'ADMIN';
const MAX_TRIES = 10;

/** What a clerk might type in a column of the i-th new row, most likely first. */
function candidates(c: ColumnDef, i: number, tag: string, refKeys: string[]): unknown[] {
  const month = 1 + (i % 9);
  const fit = (v: string) => v.slice(0, c.maxLength ?? 255);
  switch (c.type) {
    case 'string':
      return [
        `通用${tag}-${i}`,
        `2025-0${month}`,
        `t${i}.${tag}@example.com`,
        `0571-8888${i}${tag.replace(/\D/g, '').slice(0, 3)}`,
        `G${i}`,
      ].map(fit);
    case 'text':
      return [`通用测试说明 ${tag}-${i}`];
    case 'int':
      return [i + 1, 1, 10, 100];
    case 'decimal':
      return [i + 1.5, 1, 100];
    case 'bool':
      return [i % 2 === 0];
    case 'date':
      return [`2025-0${month}-1${i % 10}`];
    case 'datetime':
      return [`2025-0${month}-1${i % 10}T09:30:00+08:00`];
    case 'enum': {
      const codes = Object.keys(enumOf(c).values);
      return [...codes.slice(i % codes.length), ...codes.slice(0, i % codes.length)];
    }
    case 'ref':
      return [...refKeys.slice(i % Math.max(refKeys.length, 1)), ...refKeys.slice(0, i % Math.max(refKeys.length, 1))];
  }
}

async function rowCount(s: TestServer, token: string, l: LedgerDef): Promise<number> {
  const r = await s.gql<Record<string, Page>>(`{ ${l.plural}(first: 1) { totalCount } }`, {}, token);
  if (r.errors) throw new Error(`${l.name}: ${JSON.stringify(r.errors)}`);
  return r.data[l.plural].totalCount;
}

async function keysOf(s: TestServer, token: string, l: LedgerDef, key: string): Promise<string[]> {
  const r = await s.gql<Record<string, Page>>(`{ ${l.plural}(first: 20) { edges { node { id ${key} } } } }`, {}, token);
  if (r.errors) throw new Error(`${l.name}: ${JSON.stringify(r.errors)}`);
  return r.data[l.plural].edges.map((e) => String(e.node[key]));
}

/** Why rows of a ledger could not be made (a command makes them, or what they refer to cannot be made). */
export class CannotMakeRows extends Error {}

/** Makes one new row, adjusting the cells its rules refuse; answers its id. */
async function makeRow(
  s: TestServer,
  token: string,
  l: LedgerDef,
  i: number,
  refKeys: Map<string, string[]>,
): Promise<number> {
  const tag = Math.random().toString(36).slice(2, 7);
  const writable = l.columns.filter((c) => mayWriteCell(l, c, ROLE, true, false) && c.field !== l.backfill?.flag);
  const at = new Map(writable.map((c) => [c.field, 0]));
  const left = new Set(writable.map((c) => c.field));
  let last: SaveOut | null = null;
  for (let t = 0; t < MAX_TRIES; t++) {
    const values: Record<string, unknown> = {};
    for (const c of writable.filter((x) => left.has(x.field))) {
      const list = candidates(c, i, tag, refKeys.get(c.field) ?? []);
      if (list.length) values[c.field] = list[at.get(c.field)! % list.length];
    }
    const save = `mutation($input: Save${l.typeName}Input!) { save${l.typeName}s(input: $input) { ok errors { row field code message } saved { id } } }`;
    const r = await s.gql<Record<string, SaveOut>>(save, { input: { creates: [{ ref: `g${i}`, values }] } }, token);
    if (r.errors) throw new CannotMakeRows(`${l.name}: ${r.errors.map((e) => e.message).join('; ')}`);
    last = r.data[`save${l.typeName}s`];
    if (last.ok) return last.saved[0].id;
    for (const e of last.errors) {
      const col = writable.find((c) => c.field === e.field);
      if (!col) {
        // a refusal of the whole row: another referenced row may do (an order still open…)
        for (const c of writable.filter((x) => x.type === 'ref')) at.set(c.field, at.get(c.field)! + 1);
        continue;
      }
      if (e.code === 'REQUIRED' && !left.has(col.field))
        left.add(col.field); // asked for by another cell (部门 or 责任人)
      else if (
        col.type === 'ref' &&
        e.code !== 'REQUIRED' &&
        at.get(col.field)! + 1 < (refKeys.get(col.field)?.length ?? 0)
      )
        at.set(col.field, at.get(col.field)! + 1); // another referenced row may do (two locations that must differ)
      else if (!col.required && e.code !== 'REQUIRED') left.delete(col.field);
      else at.set(col.field, at.get(col.field)! + 1);
    }
  }
  throw new CannotMakeRows(
    `${l.name}: ${last?.errors.map((e) => `${e.field ?? ''} ${e.code} ${e.message}`).join('; ')}`,
  );
}

/**
 * At least `want` live rows in the ledger, made through its batch save as the administrator; the
 * ledgers it refers to get rows first when they have none. Throws CannotMakeRows naming the reason.
 */
export async function ensureRows(
  s: TestServer,
  token: string,
  l: LedgerDef,
  want: number,
  seen = new Set<string>(),
): Promise<void> {
  const have = await rowCount(s, token, l);
  if (have >= want) return;
  if (seen.has(l.name)) throw new CannotMakeRows(`${l.name}: refers to itself through its references`);
  if (!l.columns.some((c) => mayWriteCell(l, c, ROLE, true, false)))
    throw new CannotMakeRows(
      `${l.name}: 只能由系统维护（no batch save: kept by the system, e.g. a balance its movements move）`,
    );
  seen.add(l.name);
  const refKeys = new Map<string, string[]>();
  for (const c of l.columns.filter((x) => x.type === 'ref' && mayWriteCell(l, x, ROLE, true, false))) {
    const target = refOf(c).ledger();
    try {
      await ensureRows(s, token, target, 1, seen);
    } catch (e) {
      if (c.required || !(e instanceof CannotMakeRows)) throw e; // an optional reference stays empty
    }
    refKeys.set(c.field, await keysOf(s, token, target, refOf(c).key));
  }
  for (let i = have; i < want; i++) await makeRow(s, token, l, i, refKeys);
}
