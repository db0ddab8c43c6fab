import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/**
 * Every Int and date argument of the schema, at its edges (0, -1, the largest and smallest Int, the
 * first and last day a date can name), as an administrator and an auditor: the answer is data or a
 * clear refusal naming the argument — never an internal error. Generated from the schema, so a new
 * field is covered the day it is added.
 */
let s: TestServer;
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['admin', 'auditor']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

const INT_EDGES = [0, -1, 2_147_483_647, -2_147_483_648];
const DATE_EDGES: Record<string, unknown[]> = {
  LocalDate: ['0001-01-01', '9999-12-31'],
  DateTime: ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z'],
};
// these end the session or change a password: their edges are covered by their own tests
const SKIP = new Set(['logout', 'login', 'changePassword']);

/** A value that fits a required input type, the smallest there is. */
function someValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return someValue(type.ofType, depth);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, someValue(f.type, depth + 1)]),
    );
  }
  const name = getNamedType(type).name;
  return (
    (
      {
        Int: 1,
        Float: 1,
        Boolean: false,
        LocalDate: '2026-01-01',
        DateTime: '2026-01-01T00:00:00Z',
        JSONObject: {},
      } as Record<string, unknown>
    )[name] ?? '1'
  );
}

const edgesOf = (a: GraphQLArgument): unknown[] => {
  const t = getNamedType(a.type);
  if (isListType(isNonNullType(a.type) ? a.type.ofType : a.type)) return [];
  if (t.name === 'Int') return INT_EDGES;
  return DATE_EDGES[t.name] ?? [];
};

/** One request per edge of every edged argument: the operation text and its variables. */
function cases(schema: GraphQLSchema): Array<{ name: string; op: string; vars: Record<string, unknown> }> {
  const out: Array<{ name: string; op: string; vars: Record<string, unknown> }> = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const f of Object.values(root!.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      if (SKIP.has(f.name)) continue;
      const selection = selectionOf(f);
      for (const a of f.args) {
        for (const edge of edgesOf(a)) {
          const vars: Record<string, unknown> = {};
          for (const b of f.args)
            if (b === a) vars[b.name] = edge;
            else if (isNonNullType(b.type)) vars[b.name] = someValue(b.type);
          const defs = f.args
            .filter((b) => b.name in vars)
            .map((b) => `$${b.name}: ${String(b.type)}`)
            .join(', ');
          const args = f.args
            .filter((b) => b.name in vars)
            .map((b) => `${b.name}: $${b.name}`)
            .join(', ');
          out.push({
            name: `${f.name}(${a.name}: ${JSON.stringify(edge)})`,
            op: `${kind}${defs ? `(${defs})` : ''} { ${f.name}${args ? `(${args})` : ''}${selection} }`,
            vars,
          });
        }
      }
    }
  }
  return out;
}

/** `__typename` is enough to make a field of an object type run. */
function selectionOf(f: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(f.type)) ||
    (!isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type)))
    ? ' { __typename }'
    : '';
}

describe('every Int and date argument at its edges', () => {
  it('answers data or a refusal that names the argument, never an internal error', async () => {
    const all = cases(buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8')));
    expect(all.length).toBeGreaterThan(100);
    const internal: string[] = [];
    for (const who of ['admin', 'auditor']) {
      for (const c of all) {
        const r = await s.gql(c.op, c.vars, tok[who]);
        if (r.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
          internal.push(`${who} ${c.name}: ${r.errors[0].message}`);
      }
    }
    expect(internal).toEqual([]);
  });
});
