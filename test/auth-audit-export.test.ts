import { createHash } from 'node:crypto';
import http from 'node:http';
import ExcelJS from 'exceljs';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited } from '../server/src/core/ledger/query/cell-format.js';
import type { CellErr, Page, SaveOut } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

type LoginOut = { login: { token: string; user: { username: string; role: string; displayName: string } } };
type Chain = {
  verifyAuditChain: { ok: boolean; checked: number; firstBrokenSeq: number | null; problem: string | null };
};

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role displayName } } }`;

describe('sign-in', () => {
  it('logs in with the demo password, answers me, and logs out', async () => {
    const r = await s.gql<LoginOut>(LOGIN, { u: 'quality', p: 'demo' });
    expect(r.data.login.user).toEqual({ username: 'quality', role: 'QUALITY', displayName: '陈刚（品质部）' });
    const token = r.data.login.token;
    expect((await s.gql<{ me: { username: string } }>(`{ me { username } }`, {}, token)).data.me.username).toBe(
      'quality',
    );
    expect((await s.gql(`mutation { logout }`, {}, token)).data.logout).toBe(true);
    expect((await s.gql(`{ me { username } }`, {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stores only hashes of passwords and session tokens', async () => {
    const users: Array<{ h: string }> = await s.ds.query(
      `SELECT ${s.ds.driver.escape('passwordHash')} AS h FROM ${s.ds.driver.escape('app_user')}`,
    );
    for (const u of users) expect(u.h).toMatch(/^\$argon2id\$/);
    const token = await s.login('manager');
    const sessions: Array<{ h: string }> = await s.ds.query(
      `SELECT ${s.ds.driver.escape('tokenHash')} AS h FROM ${s.ds.driver.escape('user_session')}`,
    );
    expect(sessions.some((x) => x.h === token)).toBe(false);
  });

  it('locks an account after 5 wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 5; i++)
      expect((await s.gql(LOGIN, { u: 'production', p: 'wrong' })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const locked = await s.gql(LOGIN, { u: 'production', p: 'demo' });
    expect(locked.errors?.[0].message).toMatch(/尝试次数过多/);
  });

  it('refuses every ledger to anonymous callers, and writes to the auditor', async () => {
    expect((await s.gql(`{ complaints { totalCount } }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const auditor = await s.login('auditor');
    expect(
      (await s.gql<{ customers: Page }>(`{ customers(first: 1) { totalCount } }`, {}, auditor)).data.customers
        .totalCount,
    ).toBe(40);
    const w = await s.gql(
      `mutation { saveCustomers(input: { creates: [{ ref: "x", values: { code: "X1", name: "测试", tier: REGULAR } }] }) { ok } }`,
      {},
      auditor,
    );
    expect(w.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('audit trail', () => {
  it('verifies the chain, then names the first entry an intruder altered', async () => {
    const auditor = await s.login('auditor');
    const ok = await s.gql<Chain>(`{ verifyAuditChain { ok checked firstBrokenSeq } }`, {}, auditor);
    expect(ok.data.verifyAuditChain.ok).toBe(true);
    expect(ok.data.verifyAuditChain.checked).toBeGreaterThan(1000);
    const clerk = await s.login('clerk');
    expect((await s.gql(`{ verifyAuditChain { ok } }`, {}, clerk)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const q = (x: string) => s.ds.driver.escape(x);
    const [{ v }] = await s.ds.query(`SELECT ${q('newValue')} AS v FROM ${q('audit_event')} WHERE ${q('seq')} = 77`);
    await s.ds.query(`UPDATE ${q('audit_event')} SET ${q('newValue')} = ? WHERE ${q('seq')} = 77`, ['篡改']);
    const broken = await s.gql<Chain>(`{ verifyAuditChain { ok firstBrokenSeq problem } }`, {}, auditor);
    expect(broken.data.verifyAuditChain).toMatchObject({ ok: false, firstBrokenSeq: 77 });
    expect(broken.data.verifyAuditChain.problem).toBe('第 77 条被改动（哈希不符）');
    // nothing is signed over it: the export is refused, naming the entry
    const refused = await fetch(`${s.url}/export/customer.csv`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      error: { code: 'TRAIL_BROKEN', message: expect.stringContaining('第 77 条被改动') },
    });
    await s.ds.query(`UPDATE ${q('audit_event')} SET ${q('newValue')} = ? WHERE ${q('seq')} = 77`, [v]);
    expect((await s.gql<Chain>(`{ verifyAuditChain { ok } }`, {}, auditor)).data.verifyAuditChain.ok).toBe(true);
  });
});

describe('export', () => {
  it('streams CSV with a BOM, Chinese labels, local times and the formula guard, and audits the export', async () => {
    const clerk = await s.login('clerk');
    const save = await s.gql<{ saveCustomers: SaveOut }>(
      `mutation { saveCustomers(input: { creates: [{ ref: "f", values: { code: "=HYPERLINK(1)", name: "+注入测试,有逗号", tier: KEY, remark: "第一行\\n第二行" } }] }) { ok errors { message } } }`,
      {},
      clerk,
    );
    expect(save.data.saveCustomers.ok).toBe(true);
    const filter = encodeURIComponent(JSON.stringify({ tier: { eq: 'KEY' } }));
    const res = await fetch(`${s.url}/export/customer.csv?filter=${filter}`, {
      headers: { authorization: `Bearer ${clerk}` },
    });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseDelimited(new TextDecoder().decode(bytes));
    expect(table[0].slice(0, 4)).toEqual(['ID', '客户编号', '客户名称', '客户类别']);
    const injected = table.find((r) => r[1].includes('HYPERLINK'))!;
    expect(injected[1]).toBe("'=HYPERLINK(1)");
    expect(injected[2]).toBe("'+注入测试,有逗号");
    expect(injected[3]).toBe('重要客户');
    expect(injected[8]).toBe('第一行\n第二行');
    const keys = await s.gql<{ customers: Page }>(
      `{ customers(filter: { tier: { eq: KEY } }) { totalCount } }`,
      {},
      clerk,
    );
    expect(table.length - 1).toBe(keys.data.customers.totalCount);
    const trail: Array<{ v: string }> = await s.ds.query(
      `SELECT ${s.ds.driver.escape('newValue')} AS v FROM ${s.ds.driver.escape('audit_event')} WHERE ${s.ds.driver.escape('action')} = 'EXPORT' ORDER BY ${s.ds.driver.escape('seq')} DESC`,
    );
    expect(JSON.parse(trail[0].v)).toMatchObject({ format: 'csv', rows: table.length - 1 });
    // the signed head ahead of the file, in its headers; the data's SHA-256 after it, as a trailer
    const event = JSON.parse(trail[0].v) as { sha256: string; chainHeadSeq: number };
    expect(Number(res.headers.get('x-audit-head-seq'))).toBe(event.chainHeadSeq);
    expect(res.headers.get('x-audit-checkpoint')).toMatch(/^[0-9a-f]{64}$/);
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    expect(
      createHash('sha256')
        .update(text.slice(text.indexOf('\r\n') + 2))
        .digest('hex'),
    ).toBe(event.sha256);
    const trailer = await new Promise<string | undefined>((resolve, reject) => {
      http
        .get(
          `${s.url}/export/customer.csv?filter=${filter}`,
          { headers: { authorization: `Bearer ${clerk}` } },
          (r) => {
            r.resume();
            r.on('end', () => resolve(r.trailers['x-content-sha256']));
          },
        )
        .on('error', reject);
    });
    expect(trailer).toMatch(/^[0-9a-f]{64}$/);
  });

  it('streams XLSX with a manifest sheet and refuses bad filters and anonymous callers', async () => {
    const auditor = await s.login('auditor');
    const res = await fetch(`${s.url}/export/complaint.xlsx?lang=en`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const [data, manifest] = wb.worksheets;
    expect(data.getRow(1).getCell(2).value).toBe('Complaint no.');
    const total = (await s.gql<{ complaints: Page }>(`{ complaints { totalCount } }`, {}, auditor)).data.complaints
      .totalCount;
    expect(data.rowCount - 1).toBe(total);
    const m = Object.fromEntries(
      manifest
        .getSheetValues()
        .filter(Boolean)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(m.rows).toBe(total);
    expect(m.audit_checkpoint_hmac_sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = manifest
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1))
      .filter((r) => r[0] === 'sheet' && r[1] !== 'name');
    expect(listed).toEqual([
      [
        'sheet',
        'Complaint ledger',
        total,
        expect.stringMatching(/^[0-9a-f]{64}$/),
        100,
        expect.stringMatching(/^[0-9a-f]{16}( [0-9a-f]{16})*$/),
      ],
    ]);
    expect(m.manifest_hmac_sha256).toMatch(/^[0-9a-f]{64}$/);
    const bad = await fetch(`${s.url}/export/complaint.csv?filter=${encodeURIComponent('{"secret":{"eq":1}}')}`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('filter.secret');
    expect((await fetch(`${s.url}/export/complaint.csv`)).status).toBe(401);
  });
});

describe('import', () => {
  it('dry-runs a paper-era CSV with a per-cell report, then imports it in one batch', async () => {
    const clerk = await s.login('clerk');
    const csv =
      '\uFEFF客户编号,客户名称,客户类别,联系电话\r\nIM001,导入测试一厂,重要客户,021-5555\r\nIM002,导入测试二厂,普通,abc\r\n';
    const post = (body: string, dry: boolean) =>
      fetch(`${s.url}/import/customer?dryRun=${dry}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clerk}`, 'content-type': 'text/csv' },
        body,
      });
    const dry = await (await post(csv, true)).json();
    expect(dry.ok).toBe(false);
    expect(dry.errors.map((e: CellErr) => `${e.row}.${e.field}.${e.code}`).sort()).toEqual([
      '3.phone.INVALID',
      '3.tier.INVALID_ENUM',
    ]);
    const fixed = csv.replace('普通,abc', '一般客户,0512-6666');
    const dryOk = await (await post(fixed, true)).json();
    expect(dryOk).toMatchObject({ ok: true, dryRun: true, rows: 2 });
    expect(
      (
        await s.gql<{ customers: Page }>(
          `{ customers(filter: { code: { in: ["IM001", "IM002"] } }) { totalCount } }`,
          {},
          clerk,
        )
      ).data.customers.totalCount,
    ).toBe(0);
    const real = await (await post(fixed, false)).json();
    expect(real).toMatchObject({ ok: true, dryRun: false, rows: 2 });
    expect(
      (
        await s.gql<{ customers: Page }>(
          `{ customers(filter: { code: { in: ["IM001", "IM002"] } }) { totalCount } }`,
          {},
          clerk,
        )
      ).data.customers.totalCount,
    ).toBe(2);
  });

  it('names an unknown header', async () => {
    const clerk = await s.login('clerk');
    const res = await fetch(`${s.url}/import/customer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk}` },
      body: '客户编号,颜色\r\nX,红\r\n',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors?.[0]).toMatchObject({ code: 'UNKNOWN_HEADER', field: '颜色' });
  });
});

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audits without an error', async () => {
    const audits = serverAudits({ url: `${s.url}/graphql`, fetchFn: fetch });
    expect(audits.length).toBeGreaterThan(20);
    const results = [];
    for (const audit of audits) results.push(await audit.fn());
    const errors = results.filter((r) => r.status === 'error');
    expect(errors.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  it('refuses documents nested deeper than 12 fields', async () => {
    const token = await s.login('clerk');
    const nest = (n: number) =>
      `{ __schema { types { fields { type ${'{ ofType '.repeat(n)}{ name }${' }'.repeat(n)} } } } }`;
    expect((await s.gql(nest(6), {}, token)).errors).toBeUndefined(); // depth 11
    const tooDeep = await s.gql(nest(8), {}, token); // depth 13
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0].message).toMatch(/嵌套过深/);
  });
});
