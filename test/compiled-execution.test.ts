import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  GraphQLObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { pagePlanStats } from '../server/src/api/graphql/ledger/page-plan.js';
import { countQuery, listQuery } from '../common/ledger-page-query.js';

// Queries are executed compiled (graphql-jit); this holds them to what graphql-js answers, byte for byte,
// over a set generated from the schema: every ledger's page with every column and each reference, the
// single-row queries, argument-free queries, and the same through fragments, aliases, directives,
// variables and refused input — for several roles (masked personal details, forbidden operations).
const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));
const query = schema.getQueryType()!;

const scalarsOf = (t: GraphQLObjectType) =>
  Object.values(t.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
const refsOf = (t: GraphQLObjectType) =>
  Object.values(t.getFields()).filter((f) => {
    const n = getNamedType(f.type);
    return isObjectType(n) && !f.args.length && !String(f.type).startsWith('[') && n.getFields().id;
  });

/** A ledger page: every leaf field of its rows, and each reference's id and first leaf. */
function pageQuery(f: GraphQLField<unknown, unknown>): string | null {
  const conn = getNamedType(f.type);
  if (!isObjectType(conn) || !conn.name.endsWith('Connection')) return null;
  const node = getNamedType(conn.getFields().edges.type) as GraphQLObjectType;
  const row = getNamedType(node.getFields().node.type) as GraphQLObjectType;
  const refs = refsOf(row)
    .map((r) => `${r.name} { id ${scalarsOf(getNamedType(r.type) as GraphQLObjectType)[1] ?? ''} }`)
    .join(' ');
  return `{ ${f.name}(first: 7) { totalCount edges { cursor node { ${scalarsOf(row).join(' ')} ${refs} } } pageInfo { hasNextPage endCursor } } }`;
}

/** Queries without required arguments that answer an object or a list of them: their leaf fields. */
function plainQuery(f: GraphQLField<unknown, unknown>): string | null {
  if (f.args.some((a) => isNonNullType(a.type))) return null;
  const t = getNamedType(f.type);
  if (isLeafType(t)) return `{ ${f.name} }`;
  if (!isObjectType(t) || t.name.endsWith('Connection')) return null;
  const leaves = scalarsOf(t);
  return leaves.length ? `{ ${f.name} { ${leaves.join(' ')} } }` : null;
}

const ROLES = ['clerk', 'quality', 'auditor', 'tech', 'manager'];

interface Ledger {
  name: string;
  typeName: string;
  plural: string;
  gridSelection: string;
  columns: Array<{ field: string; storageField: string; type: string; refKey: string | null; refName: string | null }>;
}

let s: TestServer;
let standard: { url: string; close(): Promise<void> };
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  standard = await s.twin({ execution: 'standard' });
  for (const u of ROLES) tok[u] = await s.login(u);
}, 120_000);
afterAll(async () => {
  await standard?.close();
  await s?.close();
});

const answer = async (base: string, role: string, q: string, variables: Record<string, unknown> = {}) =>
  (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tok[role]}` },
      body: JSON.stringify({ query: q, variables }),
    })
  ).text();

/** "Now" in an answer (my work's overdue filters) moves between two requests: it is compared as <now>. */
const withoutNow = (text: string) =>
  text.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"/g, (m, at: string) =>
    Math.abs(Date.parse(at) - Date.now()) < 60_000 ? '"<now>"' : m,
  );

/** Both executors' answers to the same request, the compiled one first. */
const both = async (role: string, q: string, variables?: Record<string, unknown>) => {
  const compiled = await answer(s.url, role, q, variables);
  return [withoutNow(compiled), withoutNow(await answer(standard.url, role, q, variables))];
};

describe('compiled execution answers what graphql-js answers, byte for byte', () => {
  it('on every ledger’s page with every column and each reference, for each role', async () => {
    const pages = Object.values(query.getFields()).flatMap((f) => pageQuery(f) ?? []);
    expect(pages.length).toBeGreaterThanOrEqual(30);
    let rows = 0;
    for (const role of ROLES)
      for (const q of pages) {
        const [compiled, standardAnswer] = await both(role, q);
        expect(compiled, `${role}: ${q.slice(0, 80)}`).toBe(standardAnswer);
        rows += (compiled.match(/"cursor"/g) ?? []).length;
      }
    expect(rows).toBeGreaterThan(500); // the pages held rows, not only refusals
  }, 300_000);

  it('on the page and the count each ledger’s grid asks, by their own plan, for each role', async () => {
    const definitions = `{ ledgerDefinitions { name typeName plural gridSelection
      columns { field storageField type refKey refName } } }`;
    let planned = 0;
    let pages = 0;
    for (const role of ROLES) {
      const ledgers = (JSON.parse(await answer(s.url, role, definitions)) as { data: { ledgerDefinitions: Ledger[] } })
        .data.ledgerDefinitions;
      expect(ledgers.length).toBeGreaterThanOrEqual(10);
      for (const l of ledgers) {
        const q = listQuery(l, { withCount: true, extra: l.gridSelection });
        const variables = { first: 30, orderBy: [{ field: 'id', direction: 'DESC' }] };
        const before = pagePlanStats.answered;
        const [compiled, standardAnswer] = await both(role, q, variables);
        expect(compiled, `${role}: ${l.name}`).toBe(standardAnswer);
        expect(compiled, `${role}: ${l.name}`).not.toContain('"errors"');
        planned += pagePlanStats.answered - before;
        pages++;
        // and the count the grid asks beside it
        const counted = pagePlanStats.answered;
        const [count, standardCount] = await both(role, countQuery(l), { filter: {} });
        expect(count, `${role}: ${l.name} count`).toBe(standardCount);
        expect(count, `${role}: ${l.name} count`).toMatch(/"totalCount":\d+/);
        planned += pagePlanStats.answered - counted;
        pages++;
      }
    }
    // every ledger a role may read is answered by its plan, not by the executor
    expect(planned).toBe(pages);
  }, 300_000);

  it('steps aside for graphql-js’s refusals, which then answer as before', async () => {
    const refused: Array<[string, string, Record<string, unknown>?]> = [
      ['tech', `{ users(first: 3) { edges { node { id username } } } }`], // a ledger the role may not read
      ['clerk', `{ complaints(first: 2, after: "not-a-cursor") { edges { node { id } } } }`],
      ['clerk', `{ complaints(first: 2, filter: { receivedAt: { gte: "yesterday" } }) { edges { node { id } } } }`],
      [
        'clerk',
        `query($f: ComplaintFilter) { complaints(first: 2, filter: $f) { edges { node { id } } } }`,
        { f: { nosuch: { eq: 1 } } },
      ],
    ];
    for (const [role, q, v] of refused) {
      const before = { ...pagePlanStats };
      const [compiled, standardAnswer] = await both(role, q, v);
      expect(compiled, q).toBe(standardAnswer);
      expect(compiled, q).toContain('"errors"');
      expect(pagePlanStats.answered, q).toBe(before.answered);
    }
  });

  it('on the queries without required arguments', async () => {
    const plain = Object.values(query.getFields()).flatMap((f) => plainQuery(f) ?? []);
    expect(plain.length).toBeGreaterThan(5);
    for (const role of ROLES)
      for (const q of plain) {
        const [compiled, standardAnswer] = await both(role, q);
        expect(compiled, `${role}: ${q}`).toBe(standardAnswer);
      }
  }, 120_000);

  it('through fragments, aliases, directives, variables, and input it refuses', async () => {
    const cases: Array<[string, Record<string, unknown>?]> = [
      [
        `query($n: Int, $f: ComplaintFilter, $skip: Boolean!) { a: complaints(first: $n, filter: $f) { edges { node { ...C c2: customer { code } description @skip(if: $skip) } } } }
         fragment C on Complaint { id complaintNo status customer { name } ... on Complaint { receivedAt dueAt } }`,
        { n: 5, f: { status: { in: ['CLOSED', 'RECEIVED'] } }, skip: true },
      ],
      [`{ complaints(first: 3, filter: { nosuch: { eq: 1 } }) { edges { node { id } } } }`],
      [`{ complaints(first: 900) { edges { node { id } } } }`],
      [
        `query($f: ComplaintFilter) { complaints(first: 2, filter: $f) { edges { node { id } } } }`,
        { f: { receivedAt: { gte: 'yesterday' } } },
      ],
      [`{ complaints(first: 2, after: "not-a-cursor") { edges { node { id } } } }`],
      [`{ users(first: 3) { edges { node { id username } } } }`],
      [`{ __typename complaints(first: 2) { __typename edges { node { __typename id } } } }`],
    ];
    for (const role of ROLES)
      for (const [q, v] of cases) {
        const [compiled, standardAnswer] = await both(role, q, v);
        expect(compiled, `${role}: ${q.slice(0, 80)}`).toBe(standardAnswer);
      }
  });
});
