import { GraphQLError } from 'graphql';
import { WorkflowError } from '../../../core/ledger/write/workflow.js';
import { forbidden, badInput } from '../errors.js';
import { ForbiddenError } from '../../../core/ledger/ledger-service.js';
import { LedgerInputError } from '../../../core/ledger/schema/ledger-input-error.js';
import type { SaveInput } from '../../../core/ledger/write/batch-save.js';

/** Maps the ledger service's refusals to GraphQL errors that name the argument. */
export function asGraphQLError(e: unknown): unknown {
  if (e instanceof LedgerInputError) return badInput(e.path, e.code, e.message);
  if (e instanceof ForbiddenError) return forbidden(e.message);
  if (e instanceof WorkflowError)
    return new GraphQLError(e.message, {
      extensions: {
        code: e.code === 'FORBIDDEN' ? 'FORBIDDEN' : e.code === 'CONFLICT' ? 'CONFLICT' : 'BAD_USER_INPUT',
        reason: e.code,
        field: e.field,
        currentVersion: e.current?.version,
      },
    });
  return e;
}

/** Runs a service call, its refusals as GraphQL errors. */
export async function viaService<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw asGraphQLError(e);
  }
}

/**
 * type-graphql hands inputs over as class instances; the service takes plain objects. Converted once,
 * here at the edge (nested ref and line filters included).
 */
export function plainFilter<T>(v: T): T {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return v;
  return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, plainFilter(x)])) as T;
}

function plain<T>(v: T): T {
  return v && typeof v === 'object' ? ({ ...(v as object) } as T) : v;
}

export function plainOrder<T>(orderBy: T[] | null | undefined): T[] | null | undefined {
  return orderBy?.map(plain);
}

export function plainSave(input: SaveInput): SaveInput {
  return {
    creates: input.creates?.map((c) => ({ ref: c.ref, values: plain(c.values) })),
    updates: input.updates?.map((u) => ({ id: u.id, version: u.version, values: plain(u.values) })),
    voids: input.voids?.map((v) => ({ id: v.id, version: v.version, reason: v.reason })),
  };
}
