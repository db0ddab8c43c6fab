import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChainShared } from '../server/src/core/audit/audit-trail.js';
import { verifyPassword } from '../server/src/modules/user/password.js';
import { authenticate } from '../server/src/modules/user/authenticate.js';
import type { Node, Page, SaveOut } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const q = (x: string) => s.ds.driver.escape(x);
const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

/** Nothing that looks like a stack frame or a path on this machine. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toMatch(/node_modules|\/work\/|\/home\/|\/tmp\/|\.ts:\d+|\.js:\d+/);
  expect(text).not.toContain(process.cwd());
}

async function post(
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const res = await fetch(`${s.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    reqId: res.headers.get('x-request-id'),
  };
}

describe('responses never carry a stack or a path', () => {
  it('answers a body that is not a JSON object, or too large, with a JSON error and a code', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', pad: 'x'.repeat(21 * 1024 * 1024) });
    const cases: Array<[string, string, number, string]> = [
      ['not json', '{"query": ', 400, 'INVALID_JSON'],
      ['null', 'null', 400, 'INVALID_JSON'],
      ['42', '42', 400, 'INVALID_JSON'],
      ['a string', '"query"', 400, 'INVALID_JSON'],
      ['too large', big, 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [, body, status, code] of cases) {
      const r = await post('/graphql', body);
      expect(r.status).toBe(status);
      expect(r.type).toMatch(/application\/json/);
      expect(JSON.parse(r.text).error.code).toBe(code);
      expectNoInternals(r.text);
      // the log has one line for it, with the request id, and no stack
      const lines = s.logs.filter((l) => l.reqId === r.reqId);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ status, error: code });
      expect(JSON.stringify(lines[0])).not.toMatch(/stack|\n\s+at /);
    }
  });

  it('answers an empty batch, a wrong method, an unknown path and a malformed address as JSON too', async () => {
    for (const r of [
      await post('/graphql', '[]'),
      await post('/graphql', '{}'),
      await post('/graphql', 'query=1', { 'content-type': 'application/x-www-form-urlencoded' }),
      await post('/export/complaint.csv', ''),
    ]) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expectNoInternals(r.text);
    }
    for (const path of ['/graphql/anything', '/healthz/x', '/import', '/%E0%A4%A']) {
      const res = await fetch(`${s.url}${path}`);
      const text = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expectNoInternals(text);
    }
  });

  it('answers a broken or truncated XLSX with a 422 and a message, not a 500', async () => {
    const clerk = await s.login('clerk');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客户').addRows([
      ['客户编号', '客户名称', '客户类别'],
      ['T1', '测试', '一般客户'],
    ]);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    for (const body of [
      whole.subarray(0, Math.floor(whole.length / 2)),
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
    ]) {
      const r = await post('/import/customer?dryRun=true', body, { authorization: `Bearer ${clerk}` });
      expect(r.status).toBe(422);
      expect(JSON.parse(r.text).error).toMatchObject({ code: 'INVALID_XLSX', field: 'file' });
      expect(JSON.parse(r.text).error.message).toMatch(/XLSX/);
      expectNoInternals(r.text);
    }
  });
});

describe('request log', () => {
  it('writes one structured line per request, never a token or a password', async () => {
    const secret = 'Wrong-Guess-Zebra-42';
    await s.gql(LOGIN, { u: 'pmc', p: secret });
    const token = await s.login('pmc');
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-me-1' },
      body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-me-1');
    const me = (await res.json()).data.me.id;
    const line = s.logs.find((l) => l.reqId === 'trace-me-1');
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', operation: 'WhoAmI', userId: me, status: 200 });
    expect(typeof line!.ms).toBe('number');
    expect(s.logs.some((l) => l.operation === 'Login')).toBe(true);
    expect(s.logText()).not.toContain(secret);
    expect(s.logText()).not.toContain(token);
    expect(s.logText()).not.toMatch(/"demo"/);
  });
});

describe('forged cursors', () => {
  it('answers BAD_USER_INPUT naming `after`, never an internal error', async () => {
    const clerk = await s.login('clerk');
    const b64 = (v: string) => Buffer.from(v).toString('base64url');
    const forged = [
      'WyJ4Il0',
      b64('[1e400]'),
      b64('['.repeat(5000) + ']'.repeat(5000)),
      b64('[-1.5]'),
      b64('[{"a":1}]'),
      '%%%',
      b64('["2026-02-30T00:00:00.000Z", 1]'),
    ];
    for (const after of forged) {
      for (const orderBy of [null, [{ field: 'receivedAt', direction: 'DESC' }]]) {
        const r = await s.gql(
          `query($a: String, $o: [ComplaintOrderBy!]) { complaints(first: 5, after: $a, orderBy: $o) { edges { node { id } } } }`,
          { a: after, o: orderBy },
          clerk,
        );
        expect(r.errors?.[0].extensions, `${after} ${JSON.stringify(orderBy)}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
        expectNoInternals(JSON.stringify(r));
      }
    }
    expect(s.logs.filter((l) => l.status === 500 || l.msg === 'internal error')).toEqual([]);
  });
});

describe('text the database cannot store exactly', () => {
  const SAVE = `mutation($i: SaveCustomerInput!) { saveCustomers(input: $i) { ok errors { row field code message } rows { id contactName } } }`;
  const count = async () => Number((await s.ds.query(`SELECT COUNT(*) AS n FROM ${q('customer')}`))[0].n);

  it('refuses a lone surrogate or NUL per cell, and writes nothing', async () => {
    const clerk = await s.login('clerk');
    const before = await count();
    const r = await s.gql<{ saveCustomers: SaveOut }>(
      SAVE,
      {
        i: {
          creates: [
            { ref: 'a', values: { code: 'SUR1', name: '\ud800 x', tier: 'REGULAR' } },
            { ref: 'b', values: { code: 'SUR2', name: '正常', tier: 'REGULAR', remark: 'a\u0000b' } },
            { ref: 'c', values: { code: 'SUR3', name: '正常', tier: 'REGULAR' } },
          ],
        },
      },
      clerk,
    );
    expect(r.data.saveCustomers.ok).toBe(false);
    expect(r.data.saveCustomers.errors).toEqual([
      expect.objectContaining({ row: 'a', field: 'name', code: 'INVALID_CHARACTER' }),
      expect.objectContaining({ row: 'b', field: 'remark', code: 'INVALID_CHARACTER' }),
    ]);
    expect(await count()).toBe(before);
  });

  it('counts characters, not UTF-16 units: a 40-character cell takes 40 emoji and gives them back exactly', async () => {
    const clerk = await s.login('clerk');
    const forty = '😀'.repeat(20) + '𠮷'.repeat(10) + 'é'.repeat(10);
    const r = await s.gql<{ saveCustomers: SaveOut }>(
      SAVE,
      {
        i: { creates: [{ ref: 'e', values: { code: 'EMOJI40', name: '表情', tier: 'REGULAR', contactName: forty } }] },
      },
      clerk,
    );
    expect(r.data.saveCustomers.errors).toEqual([]);
    const read = await s.gql<{ customers: Page<Node & { contactName: string }> }>(
      `{ customers(filter: { code: { eq: "EMOJI40" } }) { edges { node { contactName } } } }`,
      {},
      clerk,
    );
    expect(read.data.customers.edges[0].node.contactName).toBe(forty);
    const tooLong = await s.gql<{ saveCustomers: SaveOut }>(
      SAVE,
      {
        i: {
          creates: [
            { ref: 'f', values: { code: 'EMOJI41', name: '表情', tier: 'REGULAR', contactName: forty + '😀' } },
          ],
        },
      },
      clerk,
    );
    expect(tooLong.data.saveCustomers.errors?.[0]).toMatchObject({ field: 'contactName', code: 'TOO_LONG' });
  });

  it('refuses a lone surrogate in a void reason and in a workflow command', async () => {
    const clerk = await s.login('clerk');
    const [c] = await s.ds.query(
      `SELECT ${q('id')} AS id, ${q('version')} AS version FROM ${q('customer')} WHERE ${q('code')} = 'C0040'`,
    );
    const v = await s.gql<{ saveCustomers: SaveOut }>(
      SAVE,
      { i: { voids: [{ id: Number(c.id), version: Number(c.version), reason: 'dup \udc00' }] } },
      clerk,
    );
    expect(v.data.saveCustomers.errors?.[0]).toMatchObject({ field: 'voidReason', code: 'INVALID_CHARACTER' });
    const quality = await s.login('quality');
    const [open] = await s.ds.query(
      `SELECT ${q('id')} AS id, ${q('version')} AS version FROM ${q('complaint')} WHERE ${q('status')} = 'INVESTIGATING' ORDER BY ${q('id')} LIMIT 1`,
    );
    const w = await s.gql(
      `mutation($id: Int!, $v: Int!, $r: String!) { rejectComplaint(id: $id, version: $v, reason: $r) { id } }`,
      { id: Number(open.id), v: Number(open.version), r: '\ud83d 不是我们的责任' },
      quality,
    );
    expect(w.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses business dates before 1900 or after 2100, per cell', async () => {
    const clerk = await s.login('clerk');
    const r = await s.gql<{ saveSatisfactionSurveys: SaveOut }>(
      `mutation($i: SaveSatisfactionSurveyInput!) { saveSatisfactionSurveys(input: $i) { ok errors { row field code } } }`,
      {
        i: {
          creates: [
            { ref: 'y0', values: { customer: 'C0001', surveyDate: '0000-01-01', rawScore: 40, maxScore: 50 } },
            { ref: 'y1', values: { customer: 'C0001', surveyDate: '1899-12-31', rawScore: 40, maxScore: 50 } },
            { ref: 'y2', values: { customer: 'C0001', surveyDate: '2101-01-01', rawScore: 40, maxScore: 50 } },
          ],
        },
      },
      clerk,
    );
    expect(r.data.saveSatisfactionSurveys.ok).toBe(false);
    expect(r.data.saveSatisfactionSurveys.errors.map((e) => `${e.row}.${e.field}`)).toEqual([
      'y0.surveyDate',
      'y1.surveyDate',
      'y2.surveyDate',
    ]);
  });
});

describe('import of what Excel really writes', () => {
  async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = async (ledger: string, body: Buffer, dry: boolean) =>
    post(`/import/${ledger}?dryRun=${dry}`, body, { authorization: `Bearer ${await s.login('clerk')}` });

  it('takes formulas by their cached result, rich text as its text, and Excel dates as dates', async () => {
    const body = await xlsx([
      ['客户', '调查日期', '得分', '满分', '调查人'],
      [
        'C0002',
        new Date(Date.UTC(2024, 2, 5)),
        { formula: 'D2*0.8', result: 40 },
        50,
        { richText: [{ text: '王' }, { font: { bold: true }, text: '丽' }] },
      ],
    ]);
    const dry = await upload('satisfactionSurvey', body, true);
    expect(JSON.parse(dry.text)).toMatchObject({ ok: true, errors: [] });
    const real = JSON.parse((await upload('satisfactionSurvey', body, false)).text);
    expect(real.ok, JSON.stringify(real)).toBe(true);
    const [row] = await s.ds.query(
      `SELECT ${q('surveyDate')} AS d, ${q('rawScore')} AS raw, ${q('surveyor')} AS who FROM ${q('satisfaction_survey')} WHERE ${q('id')} = ?`,
      [real.saved[0].id],
    );
    expect(String(row.d instanceof Date ? row.d.toISOString() : row.d).slice(0, 10)).toBe('2024-03-05');
    expect(Number(row.raw)).toBe(40);
    expect(row.who).toBe('王丽');
  });

  it('reads an Excel date-time as China wall-clock time', async () => {
    const body = await xlsx([
      ['客户', '回访时间', '方式', '回访内容'],
      ['C0003', new Date(Date.UTC(2025, 5, 9, 14, 30)), '电话', { richText: [{ text: '设备运行正常' }] }],
    ]);
    const real = JSON.parse((await upload('callback', body, false)).text);
    expect(real).toMatchObject({ ok: true });
    const clerk = await s.login('clerk');
    const r = await s.gql<{ callback: Node }>(
      `query($id: Int!) { callback(id: $id) { callbackAt content } }`,
      { id: real.saved[0].id },
      clerk,
    );
    expect(r.data.callback).toEqual({ callbackAt: '2025-06-09T06:30:00.000Z', content: '设备运行正常' });
  });

  it('refuses a formula without a cached result, naming the cell', async () => {
    const body = await xlsx([
      ['客户', '调查日期', '得分', '满分'],
      ['C0002', '2024-03-05', 40, 50],
      ['C0002', '2024-03-06', { formula: 'D3*0.8' }, 50],
    ]);
    const r = await upload('satisfactionSurvey', body, true);
    expect(r.status).toBe(422);
    expect(JSON.parse(r.text).error).toMatchObject({ code: 'FORMULA_WITHOUT_VALUE', field: 'C3' });
    expect(JSON.parse(r.text).error.message).toContain('C3');
  });
});

describe('query cost', () => {
  it('refuses hundreds of aliases of a 500-row page before running any of it', async () => {
    const clerk = await s.login('clerk');
    // 300 fit the document's token budget; their cost does not
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `a${i}: complaints(first: 500) { edges { node { id complaintNo } } }`,
    ).join('\n');
    s.counter.reset();
    const r = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk}` },
      body: JSON.stringify({ query: `{ ${aliases} }` }),
    });
    const body = await r.json();
    expect(r.status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors?.[0].message).toMatch(/成本/);
    expect(body.data).toBeUndefined();
    expect(s.counter.count).toBeLessThanOrEqual(1); // the session lookup at most
  });

  it('refuses 200 aliases of the chain verification', async () => {
    const auditor = await s.login('auditor');
    const r = await s.gql(
      `{ ${Array.from({ length: 200 }, (_, i) => `v${i}: verifyAuditChain { ok }`).join(' ')} }`,
      {},
      auditor,
    );
    expect(r.errors?.[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('admits the largest page the client asks for: 500 complaints with every column and the customer', async () => {
    const clerk = await s.login('clerk');
    const intro = await s.gql<{
      __type: { fields: Array<{ name: string; type: { kind: string; ofType: { kind: string } | null } }> };
    }>(`{ __type(name: "Complaint") { fields { name type { kind ofType { kind } } } } }`, {}, clerk);
    const scalars = intro.data.__type.fields
      .filter((f) => ![f.type.kind, f.type.ofType?.kind].some((k) => k === 'OBJECT' || k === 'LIST'))
      .map((f) => f.name);
    const r = await s.gql<{ complaints: Page }>(
      `{ complaints(first: 500) { totalCount pageInfo { endCursor } edges { cursor node { ${scalars.join(' ')} customer { id code name } } } } }`,
      {},
      clerk,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.complaints.edges.length).toBeGreaterThan(0);
  });

  it('runs one chain verification at a time; callers meanwhile share its report', async () => {
    s.counter.reset();
    s.counter.keep = true;
    const runs = Array.from({ length: 6 }, () => verifyAuditChainShared(s.ds));
    const reports = await Promise.all(runs);
    s.counter.keep = false;
    expect(new Set(runs).size).toBe(1);
    expect(reports[0].ok).toBe(true);
    const reads = s.counter.statements.filter((x) => /FROM\s+\S*audit_event/.test(x)).length;
    expect(reads).toBe(Math.floor(reports[0].checked / 5000) + 1); // one pass, not six
    // a later call starts a new pass
    const later = verifyAuditChainShared(s.ds);
    expect(later).not.toBe(runs[0]);
    await later;
  });

  it('keeps answering other requests while the chain is verified', async () => {
    const auditor = await s.login('auditor');
    const order: string[] = [];
    const verify = s.gql(`{ verifyAuditChain { ok } }`, {}, auditor).then(() => order.push('verify'));
    await new Promise((r) => setTimeout(r, 5));
    const health = fetch(`${s.url}/healthz`).then(() => order.push('healthz'));
    await Promise.all([verify, health]);
    expect(order).toEqual(['healthz', 'verify']);
  });
});

describe('sessions over two instances', () => {
  it('refuses a token on the other instance as soon as it is logged out there, or its session is ended in the database', async () => {
    const twin = await s.twin();
    const me = async (url: string, token: string) =>
      (await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { username } }' }),
      }).then((r) => r.json())) as {
        data: { me: { username: string } | null } | null;
        errors?: Array<{ extensions: { code: string } }>;
      };
    const refused = (answer: Awaited<ReturnType<typeof me>>) =>
      answer.errors?.[0]?.extensions.code === 'UNAUTHENTICATED' || answer.data?.me === null;
    try {
      const pmc = await s.login('pmc');
      expect((await me(twin.url, pmc)).data?.me?.username).toBe('pmc');
      await s.gql('mutation { logout }', {}, pmc);
      expect(refused(await me(twin.url, pmc))).toBe(true);

      const production = await s.login('production');
      expect((await me(twin.url, production)).data?.me?.username).toBe('production');
      await s.ds.query(
        `UPDATE ${q('user_session')} SET ${q('revokedAt')} = ${q('expiresAt')} WHERE ${q('userId')} = (SELECT ${q('id')} FROM ${q('app_user')} WHERE ${q('username')} = 'production')`,
      );
      expect(refused(await me(twin.url, production))).toBe(true);
    } finally {
      await twin.close();
    }
  });
});

describe('password guesses', () => {
  it('locks after 5 wrong passwords even when 60 arrive at once over two instances', async () => {
    const twin = await s.twin();
    const guess = (url: string, i: number) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'manager', p: `guess-${i}` } }),
      }).then((r) => r.json());
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => guess(i % 2 ? twin.url : s.url, i)));
    expect(answers.every((a) => ['UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS'].includes(a.errors?.[0].extensions.code))).toBe(
      true,
    );
    expect(
      answers.filter(
        (a) => a.errors?.[0].extensions.code === 'TOO_MANY_ATTEMPTS' && /尝试次数过多/.test(a.errors?.[0].message),
      ).length,
    ).toBeGreaterThanOrEqual(55);
    const [row] = await s.ds.query(
      `SELECT ${q('failed')} AS n, ${q('lockedUntil')} AS until FROM ${q('login_throttle')} WHERE ${q('subject')} = ?`,
      ['manager'],
    );
    expect(Number(row.n)).toBe(5); // five passwords were checked, no more
    expect(row.until).not.toBeNull();
    const right = await s.gql(LOGIN, { u: 'manager', p: 'demo' });
    expect(right.errors?.[0].message).toMatch(/尝试次数过多/);
    await twin.close();
  });

  it('checks one password hash for an unknown or inactive user too, so timing does not tell names apart', async () => {
    let real = 0;
    let dummy = 0;
    const checks = {
      verify: (h: string, p: string) => ((real += 1), verifyPassword(h, p)),
      verifyNobody: async (p: string) => {
        dummy += 1;
        await verifyPassword(
          '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyMTI',
          p,
        );
        return false as const;
      },
    };
    expect(await authenticate(s.ds, 'no-such-user', 'whatever', checks)).toEqual({ ok: false, reason: 'WRONG' });
    await s.ds.query(`UPDATE ${q('app_user')} SET ${q('active')} = ? WHERE ${q('username')} = 'production'`, [0]);
    // a deactivated account: told so only to whoever knows its password, a wrong one answers as for any name
    expect(await authenticate(s.ds, 'production', 'not-it', checks)).toEqual({ ok: false, reason: 'WRONG' });
    expect(await authenticate(s.ds, 'production', 'demo', checks)).toEqual({ ok: false, reason: 'INACTIVE' });
    expect([dummy, real]).toEqual([1, 2]); // one hash checked on every path
    expect((await authenticate(s.ds, 'clerk', 'demo', checks)).ok).toBe(true);
    expect(real).toBe(3);
  });
});

describe('production mode', () => {
  let p: TestServer;
  beforeAll(async () => {
    p = await startTestServer({ production: true });
  });
  afterAll(async () => p?.close());

  it('turns introspection and "Did you mean" suggestions off, and still names nothing internal', async () => {
    const clerk = await p.login('clerk');
    const intro = await p.gql(`{ __schema { types { name } } }`, {}, clerk);
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await p.gql(`{ complaintz { totalCount } }`, {}, clerk);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const dev = await s.gql(`{ complaintz { totalCount } }`, {}, await s.login('clerk'));
    expect(JSON.stringify(dev.errors)).toMatch(/Did you mean/); // the same typo in development
    const bad = await fetch(`${p.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '42',
    });
    expectNoInternals(await bad.text());
  });
});
