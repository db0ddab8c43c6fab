import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe('smoke', () => {
  it('answers healthz and lists complaints', async () => {
    const h = await fetch(`${s.url}/healthz`);
    expect(h.status).toBe(200);
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      database: 'ok',
      migrations: 'ok',
      audit: 'ok',
      replicas: [],
      heavy: { running: 0, waiting: 0 },
    });
    const token = await s.login('clerk');
    const res = await s.gql(
      `{ complaints(first: 3, orderBy: [{ field: receivedAt, direction: DESC }]) { totalCount edges { cursor node { id complaintNo status receivedAt dueAt overdue secondsLeft customer { code name } } } pageInfo { hasNextPage endCursor } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const page = res.data.complaints as {
      totalCount: number;
      edges: Array<{
        cursor: string;
        node: { complaintNo: string; receivedAt: string; customer: { code: string } | null };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page.totalCount).toBe(400);
    expect(page.edges).toHaveLength(3);
    const times = page.edges.map((e) => e.node.receivedAt);
    expect([...times].sort().reverse()).toEqual(times); // newest first
    for (const e of page.edges) {
      expect(e.node.complaintNo).toMatch(/^TS-\d{4}-\d{6}$/);
      if (e.node.customer) expect(e.node.customer.code).toMatch(/^C\d{4}$/);
    }
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[2].cursor });
  });
});
