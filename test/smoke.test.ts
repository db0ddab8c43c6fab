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
    const token = await s.login('clerk');
    const res = await s.gql(`{ complaints(first: 3, orderBy: [{ field: receivedAt, direction: DESC }]) { totalCount edges { cursor node { id complaintNo status receivedAt dueAt overdue secondsLeft customer { code name } } } pageInfo { hasNextPage endCursor } } }`, {}, token);
    console.log(JSON.stringify(res, null, 1).slice(0, 2000));
    expect(res.errors).toBeUndefined();
  });
});
