import type { RequestContext } from '../context.js';
import { userOf } from '../context.js';
import type { Ctor } from '../dynamic-type.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import type { Actor } from '../../../core/ledger/write/batch-save.js';

/** The GraphQL artifacts derived from one ledger declaration. */
export interface LedgerGraphQL {
  ledger: LedgerDef;
  ObjectType: Ctor;
  /** Null for a ledger nobody types into (kept by the system): it has no save mutation. */
  SaveInput: Ctor | null;
  SaveResult: Ctor;
  Filter: Ctor;
  OrderBy: Ctor;
  /** The keyset connection the list query answers. */
  Connection: Ctor;
  Resolver: Function;
}

const built = new Map<string, LedgerGraphQL>();

export function rememberLedgerGraphQL(g: LedgerGraphQL): void {
  built.set(g.ledger.name, g);
}

/** Every ledger given GraphQL types so far. */
export function builtLedgers(): LedgerDef[] {
  return [...built.values()].map((g) => g.ledger);
}

export function ledgerGraphQL(name: string): LedgerGraphQL {
  const g = built.get(name);
  if (!g) throw new Error(`ledger ${name} has no GraphQL types yet`);
  return g;
}

/** The resolver prototype the operations are put on. */
export type Proto = Record<string, unknown>;

/** Puts `fn` on the resolver prototype under `key` and answers its descriptor, for the decorators. */
export function method(proto: Proto, key: string, fn: (...a: never[]) => unknown): PropertyDescriptor {
  proto[key] = fn;
  return Object.getOwnPropertyDescriptor(proto, key)!;
}

/** The signed-in user as the ledger service takes its caller. */
export function actorOf(ctx: RequestContext): Actor {
  const u = userOf(ctx);
  return { userId: u.id, role: u.role, displayName: u.displayName, departmentId: u.departmentId };
}
