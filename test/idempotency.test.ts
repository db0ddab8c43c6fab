/**
 * A save sent again with the same Idempotency-Key — the client lost the answer (a dropped connection,
 * a database node that failed over) or the clerk pressed save twice — is applied once, and the repeat
 * hears the first answer.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let clerk: string;
let quality: string;
beforeAll(async () => {
  s = await startTestServer();
  clerk = await s.login('clerk');
  quality = await s.login('quality');
});
afterAll(async () => s?.close());

const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field message } saved { id version } } }`;
const ACK = `mutation($id: Int!, $version: Int!) { acknowledgeComplaint(id: $id, version: $version) { id status version } }`;
const complaint = (description: string, extra: Record<string, unknown> = {}) => ({
  input: {
    creates: [
      {
        ref: 'x',
        values: {
          receivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(), // the simulated clock's week
          channel: 'HOTLINE',
          customer: 'C0001',
          kind: 'APPEAL',
          description,
          handlingScope: 'DEPARTMENT',
          ...extra,
        },
      },
    ],
  },
});

async function send(query: string, variables: Record<string, unknown>, token: string, key?: string) {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key !== undefined ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), text: await res.text() };
}

const rowsWith = async (description: string) =>
  (await s.ds.query('SELECT `id` FROM `complaint` WHERE `description` = ?', [description])) as Array<{ id: number }>;

describe('a save sent twice with the same Idempotency-Key', () => {
  it('is applied once; the repeat receives the first answer', async () => {
    const key = randomUUID();
    const first = await send(SAVE, complaint('重复发送 一次'), clerk, key);
    const again = await send(SAVE, complaint('重复发送 一次'), clerk, key);
    expect(first.text).toContain('"ok":true');
    expect(again.text).toBe(first.text);
    expect(again.replayed).toBe('true');
    expect(first.replayed).toBeNull();
    expect(await rowsWith('重复发送 一次')).toHaveLength(1);
  });

  it('is applied once when both arrive at the same moment, and both hear the same answer', async () => {
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => send(SAVE, complaint('重复发送 同时'), clerk, key)));
    expect(await rowsWith('重复发送 同时')).toHaveLength(1);
    const ids = answers.map((a) => JSON.parse(a.text).data?.saveComplaints.saved[0].id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe((await rowsWith('重复发送 同时'))[0].id);
  });

  it('a workflow step repeated answers as the first did, not with a version conflict', async () => {
    const saved = JSON.parse((await send(SAVE, complaint('重复发送 受理'), clerk)).text).data.saveComplaints.saved[0];
    const key = randomUUID();
    const first = await send(ACK, { id: saved.id, version: saved.version }, clerk, key);
    const again = await send(ACK, { id: saved.id, version: saved.version }, clerk, key);
    expect(JSON.parse(first.text).data.acknowledgeComplaint.status).toBe('ACKNOWLEDGED');
    expect(again.text).toBe(first.text);
    // without the key the same repeat is the conflict it is
    const plain = await send(ACK, { id: saved.id, version: saved.version }, clerk);
    expect(JSON.parse(plain.text).errors[0].extensions.code).toBe('CONFLICT');
  });

  it("is the user's own: another user's same key is another request", async () => {
    const key = randomUUID();
    await send(SAVE, complaint('重复发送 两人'), clerk, key);
    const other = await send(SAVE, complaint('重复发送 两人'), quality, key);
    expect(other.replayed).toBeNull();
    expect(await rowsWith('重复发送 两人')).toHaveLength(2);
  });

  it('a refused save takes no key: corrected and sent again with it, it is applied', async () => {
    const key = randomUUID();
    const bad = await send(SAVE, complaint('重复发送 先错后对', { channel: 'CARRIER_PIGEON' }), clerk, key);
    expect(JSON.parse(bad.text).errors ?? JSON.parse(bad.text).data.saveComplaints.errors).toBeTruthy();
    expect(await rowsWith('重复发送 先错后对')).toHaveLength(0);
    const good = await send(SAVE, complaint('重复发送 先错后对'), clerk, key);
    expect(JSON.parse(good.text).data.saveComplaints.ok).toBe(true);
    expect(good.replayed).toBeNull();
    expect(await rowsWith('重复发送 先错后对')).toHaveLength(1);
  });

  it('refuses a malformed key naming the header, and writes nothing', async () => {
    const r = await send(SAVE, complaint('重复发送 坏键'), clerk, 'short');
    expect(r.status).toBe(400);
    const e = JSON.parse(r.text).errors[0];
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(e.message).toContain('Idempotency-Key');
    expect(await rowsWith('重复发送 坏键')).toHaveLength(0);
  });
});
