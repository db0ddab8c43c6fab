import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Node, Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

// The read path reads what the request asks for: a list selects only the selected columns (plus id,
// version and the sort keys), a referenced row only what is asked of it, and paging still holds
let s: TestServer;
let token: string;

beforeAll(async () => {
  s = await startTestServer();
  token = await s.login('clerk');
});
afterAll(async () => s?.close());

/** The statements one request ran, those reading `table`. */
async function statementsOf(
  query: string,
  table: string,
  variables: Record<string, unknown> = {},
): Promise<{ sql: string[]; data: unknown }> {
  s.counter.reset();
  s.counter.keep = true;
  const r = await s.gql(query, variables, token);
  s.counter.keep = false;
  expect(r.errors).toBeUndefined();
  const sql = s.counter.statements.filter((x) => new RegExp(`FROM [\`"]?${table}[\`"]? t\\b`).test(x));
  return { sql, data: r.data };
}

describe('projection', () => {
  it('selects only the columns a page asks for, and the sort keys', async () => {
    const { sql } = await statementsOf(
      '{ complaints(first: 5, orderBy: [{ field: receivedAt, direction: DESC }]) { edges { node { id complaintNo } } } }',
      'complaint',
    );
    expect(sql).toHaveLength(1);
    const cols = /^SELECT (.*?) FROM/s.exec(sql[0])![1];
    expect(cols).toMatch(/complaintNo/);
    expect(cols).toMatch(/receivedAt/);
    expect(cols).not.toMatch(/description|rootCause|contactPhone/);
  });

  it('reads of a referenced row only what is asked of it, in one statement for the page', async () => {
    const { sql, data } = await statementsOf(
      '{ complaints(first: 20) { edges { node { id customer { name } } } } }',
      'customer',
    );
    expect(sql).toHaveLength(1);
    const cols = /^SELECT (.*?) FROM/s.exec(sql[0])![1];
    expect(cols).toMatch(/name/);
    expect(cols).not.toMatch(/address|phone|remark/);
    const names = (data as { complaints: Page<Node & { customer: { name: string } | null }> }).complaints.edges.map(
      (e) => e.node.customer?.name,
    );
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
  });

  it('reads every column when a computed field is asked, so the modules see whole rows', async () => {
    const { sql, data } = await statementsOf(
      '{ complaints(first: 5) { edges { node { id overdue secondsLeft } } } }',
      'complaint',
    );
    expect(/^SELECT (.*?) FROM/s.exec(sql[0])![1]).toMatch(/dueAt/);
    expect(
      (data as { complaints: Page<Node & { overdue: boolean }> }).complaints.edges.every(
        (e) => typeof e.node.overdue === 'boolean',
      ),
    ).toBe(true);
  });

  it('pages the same with a projection as without one', async () => {
    const q = (sel: string) =>
      `query($a: String) { complaints(first: 50, after: $a, filter: { status: { in: [CLOSED, RECEIVED] } }, orderBy: [{ field: receivedAt, direction: DESC }]) { edges { node { ${sel} } } pageInfo { hasNextPage endCursor } } }`;
    const walk = async (sel: string) => {
      const ids: number[] = [];
      let after: string | null = null;
      do {
        const r: { data: { complaints: Page } } = await s.gql<{ complaints: Page }>(q(sel), { a: after }, token);
        ids.push(...r.data.complaints.edges.map((e) => Number(e.node.id)));
        after = r.data.complaints.pageInfo.hasNextPage ? r.data.complaints.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    const projected = await walk('id');
    expect(projected.length).toBeGreaterThan(50);
    expect(projected).toEqual(await walk('id complaintNo description overdue'));
    expect(new Set(projected).size).toBe(projected.length);
  });
});
