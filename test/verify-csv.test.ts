import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCsvExport } from '../server/src/core/ledger/files/verify-csv-export.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/** A CSV export proven by the trail that recorded its SHA-256 (what `npm run verify-export -- file.csv` runs). */
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe('verify-export on a CSV', () => {
  it("holds for the file as exported, its hash the trailer's, and not after one cell changed", async () => {
    const token = await s.login('auditor');
    const res = await fetch(`${s.url}/export/complaint.csv`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    const ok = await verifyCsvExport(s.ds, body);
    expect(ok.problems).toEqual([]);
    expect(ok).toMatchObject({ ok: true, export: { ledger: 'complaint', rows: 400 } });
    const text = body.toString('utf8');
    const changed = Buffer.from(text.replace(/,电话,/, ',热线,'), 'utf8');
    expect(changed.equals(body)).toBe(false);
    const bad = await verifyCsvExport(s.ds, changed);
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]).toMatch(/^审计记录中没有 SHA-256 为 [0-9a-f]{64} 的导出/);
  });
});
