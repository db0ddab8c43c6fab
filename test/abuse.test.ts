import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/** What a signed-in user, or anyone on the network, may send without stalling the server. */
let s: TestServer;
let clerk: string;
beforeAll(async () => {
  s = await startTestServer();
  clerk = await s.login('clerk');
});
afterAll(async () => s?.close());

async function post(body: unknown, token?: string) {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

/** `{ ...F0 } fragment F0 on Query { ...F1 } … fragment Fn on Query { __typename }`. */
const fragmentChain = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : '__typename'} }`).join(' ')}`;

describe('documents are limited before they are parsed', () => {
  it('an anonymous 0.2 MB chain of 4,000 fragments is refused at once, with a code, not an internal error', async () => {
    const doc = fragmentChain(4000);
    expect(doc.length).toBeGreaterThan(100_000);
    const r = await post({ query: doc });
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('a signed-in user\'s chain of 4,000 fragments, and a list literal 10,000 deep, are refused the same way', async () => {
    for (const query of [fragmentChain(4000), `query { complaints(filter: { id: { in: ${'['.repeat(10_000)}1${']'.repeat(10_000)} } }) { totalCount } }`]) {
      const r = await post({ query }, clerk);
      expect(r.status).toBe(400);
      expect(r.json.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
      expect(r.text).not.toContain('Maximum call stack');
    }
  });

  it('anonymous documents get a small budget; the sign-in fits it, and a signed-in user\'s ordinary page fits theirs', async () => {
    const big = `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await post({ query: big })).json.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
    expect((await post({ query: big }, clerk)).json.errors).toBeUndefined();
    const login = await post({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: 'clerk', p: 'demo' } });
    expect(login.json.errors).toBeUndefined();
    // a bogus session does not buy the larger budget
    expect((await post({ query: big }, 'not-a-session')).json.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
  });
});
