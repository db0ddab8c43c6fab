import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/** Files people actually have: Excel's 「Unicode 文本」, a header typed twice, an empty file, a sheet too long, users for new colleagues. */
let s: TestServer;
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer({ demo: false });
  const { seedUsers } = await import('../seeds/demo-data.js');
  await seedUsers(s.ds);
  for (const u of ['clerk', 'admin']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

type Report = {
  ok: boolean;
  rows: number;
  errors: Array<{ row: string; field: string | null; code: string; message: string }>;
  revealed?: Array<{ label: string; value: string }>;
  error?: { code: string; message: string };
};
async function upload(
  ledger: string,
  body: Buffer | string,
  who = 'clerk',
  dryRun = true,
): Promise<{ status: number; body: Report }> {
  const res = await fetch(`${s.url}/import/${ledger}?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tok[who]}` },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Report };
}

describe('import edges', () => {
  it("reads Excel's 「Unicode 文本」 (UTF-16 with its byte-order mark, tab-separated)", async () => {
    const text = '客户编号\t客户名称\t客户类别\r\nU1\t上海统一印刷厂\t一般客户\r\n';
    const r = await upload('customer', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(r.body.errors).toEqual([]);
    expect(r.body).toMatchObject({ ok: true, rows: 1 });
  });

  it('refuses a column named twice, naming both', async () => {
    const r = await upload('customer', '客户编号,客户名称,name,客户类别\r\nU2,甲,乙,一般客户\r\n');
    expect(r.body.ok).toBe(false);
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_HEADER',
        message: '第 2 列「客户名称」和第 3 列「name」是同一列「客户名称」；请删去其中一列',
      }),
    ]);
  });

  it('tells each step as it begins when asked for progress, the report last; a bad file still writes nothing', async () => {
    const lines = async (body: string, dryRun: boolean) => {
      const res = await fetch(`${s.url}/import/customer?dryRun=${dryRun}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tok.clerk}`, accept: 'application/x-ndjson' },
        body,
      });
      expect(res.headers.get('content-type')).toContain('application/x-ndjson');
      return (await res.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    };
    const file = (code: string) =>
      `客户编号,客户名称,客户类别\r\n${Array.from({ length: 30 }, (_, i) => `${code}${i},进度客户${i},一般客户`).join('\r\n')}\r\n`;
    const checked = await lines(file('P'), true);
    expect(checked.slice(0, -1)).toEqual([
      { step: 'read', rows: 30 },
      { step: 'references', rows: 30 },
      { step: 'rules', rows: 30 },
    ]);
    expect(checked.at(-1)).toMatchObject({ status: 200, report: { ok: true, rows: 30, dryRun: true } });
    const written = await lines(file('P'), false);
    expect(written.map((l) => l.step ?? 'report')).toEqual(['read', 'references', 'rules', 'write', 'report']);
    expect(written.at(-1)).toMatchObject({ status: 200, report: { ok: true, dryRun: false } });
    // the same codes again: refused at the rules, with the report's status and cells, nothing written
    const again = await lines(file('P'), false);
    expect(again.map((l) => l.step ?? 'report')).toEqual(['read', 'references', 'rules', 'report']);
    expect(again.at(-1)).toMatchObject({ status: 422, report: { ok: false } });
    expect((again.at(-1)!.report as Report).errors[0]).toMatchObject({ row: '2', field: 'code' });
  });

  it('refuses an empty file, and one with a header only', async () => {
    for (const [body, message] of [
      ['', '文件是空的：第一行应是表头，其后是数据行'],
      ['客户编号,客户名称\r\n', '文件只有表头，没有数据行'],
    ]) {
      const r = await upload('customer', body, 'clerk', false);
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([expect.objectContaining({ code: 'EMPTY_FILE', message })]);
    }
  });

  it('refuses a sheet longer than one batch as its rows arrive', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['客户编号', '客户名称', '客户类别']);
    for (let i = 0; i < 5_200; i++) ws.addRow([`L${i}`, `长表客户${i}`, '一般客户']);
    const r = await upload('customer', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ code: 'BATCH_TOO_LARGE', message: '文件超过 5000 个数据行；请分批导入' });
  });

  it('shows the administrator the one-time passwords of imported users, once', async () => {
    const r = await upload('user', '用户名,姓名,角色\r\nzhaomin,赵敏,CLERK\r\n', 'admin', false);
    expect(r.body.errors).toEqual([]);
    expect(r.body.revealed).toEqual([expect.objectContaining({ value: expect.stringMatching(/.{10,}/) })]);
    const password = r.body.revealed![0].value;
    const login = await s.gql<{ login: { user: { mustChangePassword: boolean } } }>(
      `mutation($p: String!) { login(username: "zhaomin", password: $p) { user { mustChangePassword } } }`,
      { p: password },
    );
    expect(login.data.login.user.mustChangePassword).toBe(true);
  });
});
