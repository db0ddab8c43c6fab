import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let clerk: string;
type Cb = {
  id: number;
  version: number;
  callbackNo: string;
  kind: string;
  outcome: string;
  retryDate: string | null;
  raisedComplaint: { complaintNo: string } | null;
};
const SAVE = `mutation($i: SaveCallbackInput!) { saveCallbacks(input: $i) { ok errors { row field code message } rows { id version callbackNo kind outcome retryDate raisedComplaint { complaintNo } } } }`;

beforeAll(async () => {
  s = await startTestServer();
  clerk = await s.login('clerk');
});
afterAll(async () => s?.close());

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
async function callback(values: Record<string, unknown>) {
  return (
    await s.gql<{ saveCallbacks: { ok: boolean; errors: Array<{ field: string; message: string }>; rows: Cb[] } }>(
      SAVE,
      {
        i: {
          creates: [
            {
              ref: 'c',
              values: {
                customer: 'C0040',
                callbackAt: new Date().toISOString(),
                method: 'PHONE',
                content: '保养提醒',
                ...values,
              },
            },
          ],
        },
      },
      clerk,
    )
  ).data.saveCallbacks;
}

describe('callbacks', () => {
  it('are numbered, typed, and a customer not reached is tried again on the retry date', async () => {
    const missing = await callback({ outcome: 'NOT_REACHED', kind: 'MAINTENANCE' });
    expect(missing.errors[0]).toMatchObject({ field: 'retryDate', message: '未联系上的客户须填写再次回访日期' });
    const ok = await callback({ outcome: 'NOT_REACHED', kind: 'MAINTENANCE', retryDate: today() });
    expect(ok.rows[0]).toMatchObject({ kind: 'MAINTENANCE', outcome: 'NOT_REACHED', retryDate: today() });
    expect(ok.rows[0].callbackNo).toMatch(/^HF-\d{4}-\d{6}$/);
    const plain = await callback({});
    expect(plain.rows[0]).toMatchObject({ kind: 'SATISFACTION', outcome: 'REACHED', retryDate: null });
    // the retry waits for the clerk until someone calls the customer again — plain was that call
    const work = async () =>
      (
        await s.gql<{ myWork: Array<{ key: string; count: number }> }>(`{ myWork { key count } }`, {}, clerk)
      ).data.myWork.find((i) => i.key === 'callback.retry');
    expect(await work()).toBeUndefined();
    await s.gql(
      `mutation($i: SaveCallbackInput!) { saveCallbacks(input: $i) { ok } }`,
      { i: { voids: [{ id: plain.rows[0].id, version: plain.rows[0].version, reason: '录错' }] } },
      clerk,
    );
    expect((await work())?.count).toBeGreaterThanOrEqual(1);
  });

  it('raise a complaint in one command, linked both ways and audited together', async () => {
    const cb = (await callback({ content: '客户反映设备异响' })).rows[0];
    const RAISE = `mutation($id: Int!, $v: Int!) { raiseComplaintFromCallback(callbackId: $id, version: $v, description: "回访时客户反映设备异响", handlingScope: "GENERAL") {
      ok errors { field message } rows { id complaintNo channel sourceCallback { callbackNo } customer { code } handlingScope } } }`;
    const r = await s.gql<{
      raiseComplaintFromCallback: {
        ok: boolean;
        rows: Array<{
          id: number;
          complaintNo: string;
          channel: string;
          sourceCallback: { callbackNo: string };
          customer: { code: string };
        }>;
      };
    }>(RAISE, { id: cb.id, v: cb.version }, clerk);
    expect(r.errors).toBeUndefined();
    const c = r.data.raiseComplaintFromCallback.rows[0];
    expect(c).toMatchObject({
      channel: 'CALLBACK',
      sourceCallback: { callbackNo: cb.callbackNo },
      customer: { code: 'C0040' },
    });
    const after = await s.gql<{ callback: Cb }>(
      `query($id: Int!) { callback(id: $id) { version raisedComplaint { complaintNo } } }`,
      { id: cb.id },
      clerk,
    );
    expect(after.data.callback.raisedComplaint?.complaintNo).toBe(c.complaintNo);
    const again = await s.gql(RAISE, { id: cb.id, v: after.data.callback.version }, clerk);
    expect(again.errors?.[0].extensions).toMatchObject({ field: 'callbackId' });
    const stale = await s.gql(RAISE, { id: cb.id, v: cb.version }, clerk);
    expect(stale.errors?.[0].extensions).toMatchObject({ field: 'version' });
    const h = await s.gql<{ history: HistoryEntry[] }>(
      `query($id: Int!) { history(entity: "callback", id: $id, field: "raisedComplaintId") { action } }`,
      { id: cb.id },
      clerk,
    );
    expect(h.data.history.map((e) => e.action)).toEqual(['RAISE_FROM_CALLBACK']);
    expect((await s.gql(RAISE, { id: cb.id, v: 1 }, await s.login('pmc'))).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
