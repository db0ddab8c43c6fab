import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeyOf } from '../server/src/core/audit/audit-key.js';
import { verifyWorkbook } from '../server/src/core/ledger/files/verify-workbook.js';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let auditor: string;
let serial: string;

beforeAll(async () => {
  s = await startTestServer(); // the demo story
  auditor = await s.login('auditor');
  // a unit with the whole loop: a complaint, a return, a rework with material
  const r = await s.gql<{ materialLists: Page<{ reworkOrder: { archive: { serialNo: string } } }> }>(
    `{ materialLists(first: 1) { edges { node { reworkOrder { archive { serialNo } } } } } }`,
    {},
    auditor,
  );
  serial = r.data.materialLists.edges[0].node.reworkOrder.archive.serialNo;
});
afterAll(async () => s?.close());

async function dossier(query: string, token = auditor): Promise<Response> {
  return fetch(`${s.url}/export/dossier.xlsx?${query}`, { headers: { authorization: `Bearer ${token}` } });
}

async function workbook(res: Response): Promise<{ wb: ExcelJS.Workbook; buf: Buffer }> {
  const buf = Buffer.from(await res.arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return { wb, buf };
}

/** The data rows of a sheet as arrays (the header row left out). */
const rowsOf = (ws: ExcelJS.Worksheet) =>
  (ws.getRows(2, Math.max(ws.rowCount - 1, 0)) ?? []).map((r) => (r.values as unknown[]).slice(1));

describe("the auditor's dossier", () => {
  it('holds a unit with every linked record and exactly the history of each, and verifies until a cell is changed', async () => {
    const res = await dossier(`serialNo=${encodeURIComponent(serial)}`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(`档案包-${serial}-`);
    const { wb, buf } = await workbook(res);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([
      '档案',
      '投诉台账',
      '退／换／维修单',
      '返工单',
      '物料单',
      '领料单',
      '领料明细',
      '例行检查',
      '回访记录',
      '服务请求（报修）',
      '服务报告',
      '备件出入库',
      '满意度调查',
      '奖罚通知单',
      '变更记录',
      '附件清单',
      '导出清单',
    ]);
    expect(rowsOf(wb.getWorksheet('档案')!)).toHaveLength(1);
    // the files kept with the records in it, each by its SHA-256 (the manifest hashes this sheet too)
    const files = wb.getWorksheet('附件清单')!;
    expect((files.getRow(1).values as unknown[]).slice(1)).toEqual([
      '台账',
      '记录 ID',
      '附件 ID',
      '类别',
      '文件名',
      '类型',
      '大小（字节）',
      'SHA-256',
      '添加人',
      '添加时间',
      '作废时间',
      '作废原因',
      '包内路径',
    ]);
    for (const r of rowsOf(files)) expect(String(r[7])).toMatch(/^[0-9a-f]{64}$/);
    expect(rowsOf(wb.getWorksheet('返工单')!).length).toBeGreaterThan(0);
    const header = (wb.getWorksheet('返工单')!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-7)).toEqual(['录入时间', '录入人', '修改时间', '修改人', '版本', '作废时间', '作废原因']);
    const archiveHeader = (wb.getWorksheet('档案')!.getRow(1).values as unknown[]).slice(1);
    expect(
      wb
        .getWorksheet('档案')!
        .getRow(2)
        .getCell(archiveHeader.indexOf('录入时间') + 1).value,
    ).toBeInstanceOf(Date); // an Excel date

    // 变更记录 has exactly what `history` answers for every record in the dossier
    const meta = (
      await s.gql<{ ledgerDefinitions: Array<{ name: string; zh: string }> }>(
        `{ ledgerDefinitions { name zh } }`,
        {},
        auditor,
      )
    ).data.ledgerDefinitions;
    const byLabel = new Map(meta.map((l) => [l.zh, l.name]));
    byLabel.set('档案', 'serviceArchive');
    for (const l of meta) byLabel.set(l.zh.replace(/\//g, '／'), l.name);
    const expected: number[] = [];
    for (const ws of wb.worksheets.filter((w) => byLabel.has(w.name))) {
      for (const row of rowsOf(ws)) {
        const h = await s.gql<{ history: Array<{ seq: number }> }>(
          `query($e: String!, $id: Int!) { history(entity: $e, id: $id) { seq } }`,
          { e: byLabel.get(ws.name)!, id: Number(row[0]) },
          auditor,
        );
        expected.push(...h.data.history.map((x) => x.seq));
      }
    }
    const history = rowsOf(wb.getWorksheet('变更记录')!);
    expect(history.map((r) => Number(r[0])).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(history.some((r) => r[3] === '新建' && r[4] === '返工单')).toBe(true);
    expect(history.every((r) => !/^[A-Z_]+$/.test(String(r[3])))).toBe(true); // actions in Chinese, never CREATE / submit

    const key = auditKeyOf(s.ds).key;
    expect(await verifyWorkbook(buf, key)).toMatchObject({ ok: true, problems: [] });
    const tampered = new ExcelJS.Workbook();
    await tampered.xlsx.load(buf as never);
    tampered.getWorksheet('返工单')!.getRow(2).getCell(2).value = 'FG-0000-000000';
    const check = await verifyWorkbook(Buffer.from(await tampered.xlsx.writeBuffer()), key);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(['工作表「返工单」被改动过（SHA-256 不符）：改动在第 1–100 行之间']);
    expect((await verifyWorkbook(buf, Buffer.alloc(32, 7))).problems[0]).toMatch(/清单签名不符/);
  });

  it('takes many archives by the archive ledger filter, and is itself an audit event', async () => {
    const r = await s.gql<{ serviceArchives: Page<{ customerId: number }> }>(
      `{ serviceArchives(first: 1) { edges { node { customerId } } } }`,
      {},
      auditor,
    );
    const customerId = r.data.serviceArchives.edges[0].node.customerId;
    const count = (
      await s.gql<{ serviceArchives: Page }>(
        `query($f: ServiceArchiveFilter) { serviceArchives(filter: $f) { totalCount } }`,
        { f: { customerId: { eq: customerId } } },
        auditor,
      )
    ).data.serviceArchives.totalCount;
    const res = await dossier(`filter=${encodeURIComponent(JSON.stringify({ customerId: { eq: customerId } }))}`);
    const { wb } = await workbook(res);
    expect(rowsOf(wb.getWorksheet('档案')!)).toHaveLength(count);
    const q = (n: string) => s.ds.driver.escape(n);
    const [last] = await s.ds.query(
      `SELECT ${q('action')} AS action, ${q('newValue')} AS v FROM ${q('audit_event')} ORDER BY ${q('seq')} DESC LIMIT 1`,
    );
    expect(last.action).toBe('EXPORT');
    expect(JSON.parse(last.v)).toMatchObject({ kind: 'dossier', archives: count });
  });

  it('refuses clerks, an unknown unit and a filter that is not JSON, naming the field', async () => {
    expect((await dossier(`serialNo=${serial}`, await s.login('clerk'))).status).toBe(403);
    const missing = await dossier('serialNo=NO-SUCH-UNIT');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { field: 'serialNo' } });
    expect((await dossier('filter=%7Bbad')).status).toBe(400);
  });
});
