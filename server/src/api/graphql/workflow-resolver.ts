import { Arg, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from './context.js';
import { userOf } from './context.js';
import { namedClass } from './dynamic-type.js';
import { WorkflowAction } from './shared-types.js';
import { ledgerGraphQL } from './ledger/index.js';
import { asGraphQLError } from './ledger/edge.js';
import type { LedgerDef, Row } from '../../core/ledger/schema/ledger.types.js';
import {
  performers,
  runTransition,
  separationProblem,
  WorkflowError,
  type Transition,
} from '../../core/ledger/write/workflow.js';

const SCALAR = { String, Boolean, Int, Float } as const;

/** A command's refusal as a GraphQL error (the same mapping every edge uses). */
export function workflowError(e: unknown): unknown {
  return e instanceof WorkflowError ? asGraphQLError(e) : e;
}

const withWorkflow = new Set<string>();

/** Whether a ledger's rows offer workflow commands. */
export function hasWorkflow(ledger: LedgerDef): boolean {
  return withWorkflow.has(ledger.name);
}

/** Who did the kept-apart steps of the rows on a page: one trail statement per ledger per batch. */
function performersLoader(ctx: RequestContext, ledger: LedgerDef, actions: readonly string[]) {
  return ctx.loaders.batch(`performers.${ledger.name}`, async (ids) => {
    const m = await performers(ctx.ds, ledger, ids, actions);
    return ids.map((id) => m.get(id) ?? new Set<number>());
  });
}

/**
 * Builds a ledger's workflow surface from its command table: one mutation per command (id, version
 * and the declared arguments; roles from the transition), and `availableActions` on the row type.
 */
export function buildWorkflowResolver(
  ledger: LedgerDef,
  commands: Record<string, Transition>,
  statusField = 'status',
): Function {
  withWorkflow.add(ledger.name);
  const R = namedClass(`${ledger.typeName}WorkflowResolver`);
  const proto = R.prototype as Record<string, unknown>;
  const Obj = () => ledgerGraphQL(ledger.name).ObjectType;

  const kept = [...new Set(Object.values(commands).flatMap((c) => c.separateFrom ?? []))];
  proto.availableActions = async function (row: Row, ctx: RequestContext) {
    if (row.voidedAt || !ctx.user) return [];
    const open = Object.entries(commands).filter(
      ([, c]) =>
        c.roles.includes(userOf(ctx).role) &&
        c.from.includes(String(row[statusField])) &&
        (c.offeredWhen?.(row, userOf(ctx)) ?? true),
    );
    // a step kept apart from earlier ones is not offered to whoever did those (one statement a page)
    const did = open.some(([, c]) => c.separateFrom)
      ? await performersLoader(ctx, ledger, kept).load(row.id)
      : undefined;
    return open
      .filter(([, c]) => !separationProblem(c, did, userOf(ctx).id))
      .map(([name, c]) => ({ name, mutation: c.mutation, label: c.label, needs: Object.keys(c.args ?? {}) }));
  };
  Root()(proto, 'availableActions', 0);
  Ctx()(proto, 'availableActions', 1);
  FieldResolver(() => [WorkflowAction], {
    description: '可执行操作 / Commands the signed-in user may run on this row now.',
  })(proto, 'availableActions', Object.getOwnPropertyDescriptor(proto, 'availableActions')!);

  for (const [name, c] of Object.entries(commands)) {
    const argNames = Object.keys(c.args ?? {});
    proto[c.mutation] = async function (...params: unknown[]) {
      const [id, version] = params as [number, number];
      const ctx = params[2 + argNames.length] as RequestContext;
      const input = Object.fromEntries(argNames.map((a, i) => [a, params[2 + i]]));
      const u = userOf(ctx);
      try {
        return await runTransition(
          ctx.ds,
          ledger,
          name,
          c,
          { userId: u.id, role: u.role, displayName: u.displayName },
          { id, version },
          input,
          statusField,
        );
      } catch (e) {
        throw workflowError(e);
      }
    };
    Arg('id', () => Int, { description: `${ledger.typeName} id.` })(proto, c.mutation, 0);
    Arg('version', () => Int, { description: 'The version the user saw; a stale one is a CONFLICT.' })(
      proto,
      c.mutation,
      1,
    );
    argNames.forEach((a, i) => {
      const spec = c.args![a];
      Arg(a, () => SCALAR[spec.type], { description: spec.description, nullable: !!spec.optional })(
        proto,
        c.mutation,
        2 + i,
      );
    });
    Ctx()(proto, c.mutation, 2 + argNames.length);
    const d = Object.getOwnPropertyDescriptor(proto, c.mutation)!;
    Authorized(...c.roles)(proto, c.mutation, d);
    Mutation(Obj, { name: c.mutation, description: `${c.label}: ${c.description}` })(proto, c.mutation, d);
  }
  Resolver(Obj)(R);
  return R;
}
