import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from './helpers/answers.js';
import { auditKeyOf } from '../server/src/core/audit/audit-key.js';
import { SheetDigest, type SheetCell } from '../server/src/core/ledger/files/sheet-digest.js';
import { verifyWorkbook } from '../server/src/core/ledger/files/verify-workbook.js';
import { parseDelimited } from '../server/src/core/ledger/query/cell-format.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let auditor: string;
let clerk: string;

beforeAll(async () => {
  s = await startTestServer(); // the demo story
  auditor = await s.login('auditor');
  clerk = await s.login('clerk');
});
afterAll(async () => s?.close());

const get = (path: string, token = auditor) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

async function workbook(res: Response): Promise<{ wb: ExcelJS.Workbook; buf: Buffer }> {
  const buf = Buffer.from(await res.arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return { wb, buf };
}

interface FileCheck {
  ok: boolean;
  problems: string[];
  sheets: number;
  exportedBy: string | null;
  head: { seq: number } | null;
}
async function verify(
  body: Uint8Array | string,
  token = auditor,
): Promise<{ status: number; body: FileCheck & { error?: { message: string } } }> {
  const res = await fetch(`${s.url}/audit/verify-export`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  return { status: res.status, body: await res.json() };
}

/** The workbook again, with one cell changed. */
async function tampered(
  wb: ExcelJS.Workbook,
  sheet: string,
  row: number,
  col: number,
  value: ExcelJS.CellValue,
): Promise<Buffer> {
  wb.getWorksheet(sheet)!.getRow(row).getCell(col).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A complaint saved and then voided with a reason, for the exports that list voided rows. */
async function voidedComplaint(): Promise<{ id: number; no: string }> {
  const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field message } rows { id version complaintNo } } }`;
  const values = {
    receivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    channel: 'HOTLINE',
    customer: 'C0001',
    kind: 'APPEAL',
    description: '作废测试',
    handlingScope: 'DEPARTMENT',
  };
  const made = await s.gql<{ saveComplaints: { rows: Array<{ id: number; version: number; complaintNo: string }> } }>(
    SAVE,
    { input: { creates: [{ ref: 'v', values }] } },
    clerk,
  );
  const c = made.data.saveComplaints.rows[0];
  const voided = await s.gql<{ saveComplaints: { ok: boolean } }>(
    SAVE,
    { input: { voids: [{ id: c.id, version: c.version, reason: '重复录入' }] } },
    clerk,
  );
  expect(voided.data.saveComplaints.ok).toBe(true);
  return { id: c.id, no: c.complaintNo };
}

describe('ledger exports', () => {
  it('writes times and days as Excel dates and numbers as numbers, and verifies until a cell is changed', async () => {
    const res = await get('/export/complaint.xlsx');
    expect(res.status).toBe(200);
    const { wb, buf } = await workbook(res);
    const data = wb.worksheets[0];
    const header = (data.getRow(1).values as unknown[]).slice(1);
    const at = (label: string) => header.indexOf(label) + 1;
    const row = data.getRow(2);
    expect(row.getCell(1).value).toEqual(expect.any(Number));
    expect(row.getCell(at('受理时间')).value).toBeInstanceOf(Date);
    expect(row.getCell(at('受理时间')).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    const manifest = wb.getWorksheet('导出清单')!;
    const listed = manifest
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1))
      .filter((r) => r[0] === '工作表' && r[1] !== '名称');
    expect(listed).toEqual([
      [
        '工作表',
        '投诉台账',
        data.rowCount - 1,
        expect.stringMatching(/^[0-9a-f]{64}$/),
        100,
        expect.stringMatching(/^[0-9a-f]{16}( [0-9a-f]{16}){4}$/),
      ],
    ]); // 401 rows in blocks of 100

    const ok = await verify(buf);
    expect(ok.body).toMatchObject({ ok: true, sheets: 1, problems: [], exportedBy: '孙审计' });
    const id = data.getRow(3).getCell(1).value;
    const before = String(data.getRow(3).getCell(at('处理结果')).value ?? '');
    const when = data.getRow(57).getCell(at('受理时间')).value as Date;
    const later = new Date(when.getTime() + 3600_000);
    data.getRow(57).getCell(at('受理时间')).value = later;
    const bad = await verify(await tampered(wb, '投诉台账', 3, at('处理结果'), '改过的处理结果'));
    expect(bad.body.ok).toBe(false);
    // the rows and cells named, each against what was exported (the database still renders it so)
    expect(bad.body.problems).toEqual([
      '工作表「投诉台账」被改动过（SHA-256 不符）：改动在第 1–100 行之间',
      `工作表「投诉台账」第 3 行（ID ${String(id)}）「处理结果」：文件中为「改过的处理结果」，导出时为「${before}」`,
      `工作表「投诉台账」第 57 行（ID ${String(data.getRow(57).getCell(1).value)}）「受理时间」：文件中为「${later.toISOString().slice(0, 19).replace('T', ' ')}」，导出时为「${when.toISOString().slice(0, 19).replace('T', ' ')}」`,
    ]);
  });

  it('lists voided rows with when and why only when asked, in CSV and XLSX, and says so in the file name', async () => {
    const v = await voidedComplaint();
    const filter = encodeURIComponent(JSON.stringify({ complaintNo: { eq: v.no } }));
    const without = await (await get(`/export/complaint.csv?filter=${filter}`)).text();
    expect(without.trim().split('\r\n')).toHaveLength(1); // the header only
    const withCsv = await get(`/export/complaint.csv?filter=${filter}&includeVoided=true`);
    expect(decodeURIComponent(withCsv.headers.get('content-disposition') ?? '')).toContain('投诉台账（含作废）-');
    const [head, line] = (await withCsv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(head.endsWith(',作废时间,作废原因')).toBe(true);
    expect(line).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},重复录入$/);
    const { wb } = await workbook(await get(`/export/complaint.xlsx?filter=${filter}&includeVoided=true`));
    const row = (wb.worksheets[0].getRow(2).values as unknown[]).slice(1);
    expect(row.at(-2)).toBeInstanceOf(Date);
    expect(row.at(-1)).toBe('重复录入');
    // the grid asks the same of the list
    const listed = await s.gql<{ complaints: Page<{ voidReason: string | null }> }>(
      `query($f: ComplaintFilter) { complaints(filter: $f, includeVoided: true) { edges { node { voidReason } } } }`,
      { f: { complaintNo: { eq: v.no } } },
      clerk,
    );
    expect(listed.data.complaints.edges.map((e) => e.node.voidReason)).toEqual(['重复录入']);
  });
  it('names each reference by its key, read with the row, also under a filter on a reference', async () => {
    const name = '宁波';
    type Node = {
      id: number;
      customer: { code: string } | null;
      archive: { archiveNo: string } | null;
      sourceCallback: { callbackNo: string } | null;
    };
    const expected = await s.gql<{ complaints: Page<Node> }>(
      `query($f: ComplaintFilter) { complaints(first: 500, filter: $f) { edges { node { id customer { code } archive { archiveNo } sourceCallback { callbackNo } } } } }`,
      { f: { customer: { name: { contains: name } } } },
      auditor,
    );
    const nodes = expected.data.complaints.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(2);
    expect(nodes.some((n) => n.archive === null || n.sourceCallback === null)).toBe(true); // an empty reference among them
    const filter = encodeURIComponent(JSON.stringify({ customer: { name: { contains: name } } }));
    const table = parseDelimited(
      new TextDecoder().decode(await (await get(`/export/complaint.csv?filter=${filter}`)).arrayBuffer()),
    );
    const at = (label: string) => table[0].indexOf(label);
    const byId = new Map(table.slice(1).map((r) => [Number(r[0]), r]));
    expect([...byId.keys()].sort((a, b) => a - b)).toEqual(nodes.map((n) => n.id).sort((a, b) => a - b));
    for (const n of nodes) {
      const row = byId.get(n.id) ?? [];
      expect([row[at('客户')], row[at('服务档案')], row[at('来源回访')]]).toEqual([
        n.customer?.code ?? '',
        n.archive?.archiveNo ?? '',
        n.sourceCallback?.callbackNo ?? '',
      ]);
    }
  });
});

describe('the audit log as a file', () => {
  it('exports the filtered trail with its manifest, is itself audited, and verifies', async () => {
    const res = await get('/audit/events.xlsx?user=clerk&ledger=complaint');
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(
      /审计日志-\d{4}-\d{2}-\d{2}\.xlsx/,
    );
    const { wb, buf } = await workbook(res);
    const log = wb.getWorksheet('审计日志')!;
    expect((log.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号',
      '时间',
      '用户',
      '操作',
      '台账',
      '记录',
      '字段',
      '原值',
      '新值',
      '原因',
    ]);
    const rows = (log.getRows(2, log.rowCount - 1) ?? []).map((r) => (r.values as unknown[]).slice(1));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r[2] === '王丽（客服）' && r[4] === '投诉台账')).toBe(true);
    expect(rows[0][1]).toBeInstanceOf(Date);
    const seqs = rows.map((r) => Number(r[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a)); // newest first
    const api = await s.gql<{ auditEvents: { entries: Array<{ seq: number }> } }>(
      `{ auditEvents(filter: { user: "clerk", ledger: "complaint" }, first: 500) { entries { seq } } }`,
      {},
      auditor,
    );
    expect(seqs.slice(0, 500)).toEqual(
      api.data.auditEvents.entries
        .map((e) => e.seq)
        .filter((q) => q <= seqs[0])
        .slice(0, 500),
    );
    expect((await verify(buf)).body.ok).toBe(true);
    const trail = await s.gql<{
      auditEvents: { entries: Array<{ ledger: string; ledgerLabel: string; actionLabel: string }> };
    }>(
      `{ auditEvents(filter: { action: "EXPORT" }, first: 1) { entries { ledger ledgerLabel actionLabel } } }`,
      {},
      auditor,
    );
    expect(trail.data.auditEvents.entries[0]).toMatchObject({ ledger: 'audit_event', ledgerLabel: '审计日志' });
  });

  it('refuses clerks, and names a bad time', async () => {
    expect((await get('/audit/events.xlsx', clerk)).status).toBe(403);
    const bad = await get('/audit/events.xlsx?from=yesterday');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ field: 'from' });
  });

  it('lists the users the log can be filtered by', async () => {
    const r = await s.gql<{ trailUsers: Array<{ username: string; displayName: string }> }>(
      `{ trailUsers { username displayName } }`,
      {},
      auditor,
    );
    expect(r.data.trailUsers).toContainEqual({ username: 'clerk', displayName: '王丽（客服）' });
  });
});

describe('checking an exported file', () => {
  it('answers what is wrong with a file that is not an export, and refuses clerks', async () => {
    const notXlsx = await verify('客户编号,客户名称\r\n');
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.error?.message).toContain('不是导出的 Excel（.xlsx）或档案包（.zip）');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1').addRow(['a']);
    const foreign = await verify(Buffer.from(await blank.xlsx.writeBuffer()));
    expect(foreign.body).toMatchObject({ ok: false, problems: ['没有「导出清单」工作表：不是本系统导出的文件'] });
    expect((await verify('x', clerk)).status).toBe(403);
  });

  it('catches a signature that does not match and a chain rewritten after the export', async () => {
    const { wb, buf } = await workbook(await get('/export/customer.xlsx'));
    const manifest = wb.getWorksheet('导出清单')!;
    const line = (label: string) => manifest.getRows(1, manifest.rowCount)!.find((r) => r.getCell(1).value === label)!;
    const seq = Number(line('审计链头序号').getCell(2).value);
    line('审计链头哈希').getCell(2).value = 'f'.repeat(64);
    const forged = await verify(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(forged.body.problems).toEqual([
      expect.stringContaining('清单签名不符'),
      `审计链第 ${seq} 条的哈希与文件引用的不符：导出之后审计链被改写`,
    ]);
    // the file holds, but the entry it quotes is no longer what the chain has there
    const Q = (n: string) => s.ds.driver.escape(n);
    const [{ h }] = await s.ds.query(`SELECT ${Q('hash')} AS h FROM ${Q('audit_event')} WHERE ${Q('seq')} = ?`, [seq]);
    await s.ds.query(`UPDATE ${Q('audit_event')} SET ${Q('hash')} = ? WHERE ${Q('seq')} = ?`, ['0'.repeat(64), seq]);
    try {
      const rewritten = await verify(buf);
      expect(rewritten.body.problems).toEqual([`审计链第 ${seq} 条的哈希与文件引用的不符：导出之后审计链被改写`]);
    } finally {
      await s.ds.query(`UPDATE ${Q('audit_event')} SET ${Q('hash')} = ? WHERE ${Q('seq')} = ?`, [h, seq]);
    }
  });
});

describe('a file re-signed by someone without the key', () => {
  /** What an insider does after editing a file: recompute each listed sheet's rows, SHA-256 and block digests into the manifest. */
  async function rehashed(source: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(source as never);
    edit(wb);
    wb.getWorksheet('导出清单')!.eachRow((row) => {
      const name = String(row.getCell(2).value);
      const ws = row.getCell(1).value === '工作表' && name !== '名称' ? wb.getWorksheet(name) : undefined;
      if (!ws) return;
      const d = new SheetDigest();
      ws.eachRow({ includeEmpty: true }, (r) =>
        d.add((r.values as SheetCell[]).slice(1).map((v) => (v === undefined ? null : v))),
      );
      row.getCell(3).value = d.rows - 1;
      row.getCell(4).value = d.hex();
      row.getCell(6).value = d.blocks(Number(row.getCell(5).value)).digests.join(' ');
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const manifestLine = (wb: ExcelJS.Workbook, label: string) =>
    wb
      .getWorksheet('导出清单')!
      .getRows(1, 60)!
      .find((r) => r.getCell(1).value === label)!;

  it('fails however the file was changed, on the server and with the key alone (what npm run verify-export runs)', async () => {
    const { buf } = await workbook(await get('/export/complaint.xlsx'));
    const key = auditKeyOf(s.ds).key;
    const cases: Array<[string, (wb: ExcelJS.Workbook) => void, string]> = [
      [
        'a cell',
        (wb) => {
          wb.getWorksheet('投诉台账')!.getRow(7).getCell(2).value = 'TS-0000-000000';
        },
        '清单签名不符',
      ],
      [
        'a row deleted',
        (wb) => {
          wb.getWorksheet('投诉台账')!.spliceRows(5, 1);
        },
        '清单签名不符',
      ],
      [
        '导出人',
        (wb) => {
          manifestLine(wb, '导出人').getCell(2).value = '王丽（客服）';
        },
        '清单签名不符',
      ],
      [
        '导出时间',
        (wb) => {
          manifestLine(wb, '导出时间').getCell(2).value = '2020-01-01 08:00:00';
        },
        '清单签名不符',
      ],
      [
        'the filter line',
        (wb) => {
          manifestLine(wb, '筛选').getCell(2).value = '{"status":{"eq":"CLOSED"}}';
        },
        '清单签名不符',
      ],
      [
        'the signature row removed',
        (wb) => {
          wb.getWorksheet('导出清单')!.spliceRows(wb.getWorksheet('导出清单')!.rowCount, 1);
        },
        '导出清单没有清单签名',
      ],
      [
        'a sheet added',
        (wb) => {
          wb.addWorksheet('补充说明').addRow(['经核实无误']);
        },
        '工作表「补充说明」不在导出清单中',
      ],
    ];
    for (const [what, edit, problem] of cases) {
      const file = await rehashed(buf, edit);
      const local = await verifyWorkbook(file, key);
      expect(local.ok, what).toBe(false);
      expect(local.problems, what).toContainEqual(expect.stringContaining(problem));
      const served = await verify(file);
      expect(served.body.ok, what).toBe(false);
      expect(served.body.problems, what).toContainEqual(expect.stringContaining(problem));
    }
    // untouched, it holds everywhere
    expect(await verifyWorkbook(buf, key)).toMatchObject({ ok: true, problems: [] });
    expect((await verify(buf)).body).toMatchObject({ ok: true, problems: [] });
  });

  it('a file whose export record is gone, or that claims another export, fails on the server', async () => {
    const { buf } = await workbook(await get('/export/customer.xlsx'));
    const check = await verifyWorkbook(buf, null);
    const Q = (n: string) => s.ds.driver.escape(n);
    const [{ v }] = await s.ds.query(
      `SELECT ${Q('newValue')} AS v FROM ${Q('audit_event')} WHERE ${Q('batchId')} = ?`,
      [check.exportId],
    );
    expect(JSON.parse(v)).toMatchObject({
      exportId: check.exportId,
      sheets: [{ name: '客户', rows: check.listed[0].rows, sha256: check.listed[0].sha256 }],
    });
    // the audit log and the dossier are signed the same way
    const unit = await s.gql<{ serviceArchives: Page<{ archiveNo: string }> }>(
      `{ serviceArchives(first: 1) { edges { node { archiveNo } } } }`,
      {},
      auditor,
    );
    const archiveNo = unit.data.serviceArchives.edges[0].node.archiveNo;
    for (const path of [
      '/audit/events.xlsx?ledger=customer',
      `/export/dossier.xlsx?archiveNo=${encodeURIComponent(archiveNo)}`,
    ]) {
      const file = await get(path);
      expect(file.status, path).toBe(200);
      const { buf: other } = await workbook(file);
      expect((await verify(other)).body, path).toMatchObject({ ok: true, problems: [] });
      const edited = await rehashed(other, (wb) => {
        wb.worksheets[0].getRow(2).getCell(2).value = '改';
      });
      expect((await verify(edited)).body.problems, path).toContainEqual(expect.stringContaining('清单签名不符'));
    }
  });
});

describe('a ledger as of a moment', () => {
  it('shows each row as the grid does: labels, China time, refs by their keys', async () => {
    const r = await s.gql<{
      ledgerAsOf: {
        rows: Array<{
          id: number;
          voided: boolean;
          display: Record<string, string | null>;
          cells: Record<string, string | null>;
        }>;
      };
    }>(
      `query($at: DateTimeISO!) { ledgerAsOf(ledger: "complaint", at: $at, first: 5) { rows { id voided cells display } } }`,
      { at: new Date().toISOString() },
      auditor,
    );
    expect(r.errors).toBeUndefined();
    const row = r.data.ledgerAsOf.rows[0];
    expect(row.display.customer).toMatch(/^C\d{4}$/); // the key, not the id in cells.customerId
    expect(row.cells.customerId).toMatch(/^\d+$/);
    expect(row.display.status).toMatch(/[\u4e00-\u9fff]/);
    expect(row.display.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/);
  });
});
