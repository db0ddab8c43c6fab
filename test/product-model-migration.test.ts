import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { quoter, toSqlParam } from '../server/src/core/db/sql-value.js';
import { verifyAuditChainShared } from '../server/src/core/audit/audit-trail.js';
import { matchModelCode } from '../server/src/migrations/0005-product-model.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;

describe('the model code a free-text model names', () => {
  it('matches the code itself, a word, or the part after a dash, whatever the case', () => {
    const codes = ['XD12', 'KY200', 'LG50'];
    expect(matchModelCode('XD12', codes)).toBe('XD12');
    expect(matchModelCode('SL-XD12 吸附式干燥机', codes)).toBe('XD12');
    expect(matchModelCode('冷干机 lg50', codes)).toBe('LG50');
    expect(matchModelCode('螺杆空压机（KY200）', codes)).toBe('KY200');
    expect(matchModelCode('XD120', codes)).toBeNull();
    expect(matchModelCode('吸附式干燥机', codes)).toBeNull();
  });
});

describe('migrations 0005, 0007 and 0010 on a database with rows from before them', () => {
  beforeAll(async () => {
    s = await startTestServer({ demo: false });
    // back to before the model list (0005) and every migration after it
    const q0 = quoter(s.ds);
    const applied = async () =>
      ((await s.ds.query(`SELECT ${q0('name')} AS name FROM ${q0('migrations')}`)) as Array<{ name: string }>).map(
        (m) => m.name,
      );
    while ((await applied()).some((n) => n.startsWith('ProductModel')))
      await s.ds.undoLastMigration({ transaction: 'each' });
    const q = quoter(s.ds);
    const now = toSqlParam(s.ds, 'datetime', new Date('2024-05-01T02:00:00Z'));
    const base = [1, now, now];
    const insert = async (table: string, cols: string[], values: unknown[]) =>
      s.ds.query(
        `INSERT INTO ${q(table)} (${['version', 'createdAt', 'updatedAt', ...cols].map(q).join(', ')}) VALUES (${[...base, ...values].map(() => '?').join(', ')})`,
        [...base, ...values],
      );
    await insert('customer', ['code', 'name', 'tier'], ['C1', '甲厂', 'REGULAR']);
    await insert(
      'warranty_policy',
      ['modelCode', 'modelName', 'warrantyMonths', 'startBasis'],
      ['XD12', 'SL-XD12 吸附式干燥机', 24, 'INVOICE'],
    );
    await insert(
      'warranty_policy',
      ['modelCode', 'modelName', 'warrantyMonths', 'startBasis'],
      ['KY200', 'SL-KY200 螺杆空压机', 12, 'INVOICE'],
    );
    await insert(
      'service_archive',
      ['archiveNo', 'customerId', 'policyId', 'serialNo', 'invoiceDate'],
      ['DA-2024-000001', 1, 1, 'XD12-0001', '2024-01-10'],
    );
    const complaint = (no: string, model: string | null, archiveId: number | null) =>
      insert(
        'complaint',
        [
          'complaintNo',
          'receivedAt',
          'channel',
          'anonymous',
          'kind',
          'description',
          'handlingScope',
          'status',
          'productModel',
          'archiveId',
        ],
        [
          no,
          now,
          'PHONE',
          toSqlParam(s.ds, 'bool', false),
          'APPEAL',
          '旧投诉',
          'DEPARTMENT',
          'RECEIVED',
          model,
          archiveId,
        ],
      );
    await complaint('TS-2024-000001', '干燥机', 1); // the unit says XD12, whatever the text
    await complaint('TS-2024-000002', 'SL-KY200 螺杆空压机', null);
    await complaint('TS-2024-000003', 'ky200', null);
    await complaint('TS-2024-000004', '不知道什么型号', null);
    await complaint('TS-2024-000005', null, null);
    await s.ds.query(
      `UPDATE ${q('complaint')} SET ${q('customerId')} = 1, ${q('serialNo')} = 'XD12-0001' WHERE ${q('complaintNo')} IN ('TS-2024-000001', 'TS-2024-000002')`,
    );
    // 0010: 对策单位 as written before the department ledger was referred to
    await insert('department', ['code', 'name'], ['QA', '品质部']);
    await s.ds.query(
      `UPDATE ${q('complaint')} SET ${q('responsibleDept')} = '品质部' WHERE ${q('complaintNo')} = 'TS-2024-000001'`,
    );
    await s.ds.query(
      `UPDATE ${q('complaint')} SET ${q('responsibleDept')} = 'QA' WHERE ${q('complaintNo')} = 'TS-2024-000003'`,
    );
    await s.ds.query(
      `UPDATE ${q('complaint')} SET ${q('responsibleDept')} = '不存在的科室' WHERE ${q('complaintNo')} = 'TS-2024-000004'`,
    );
    await insert(
      'return_order',
      ['orderNo', 'archiveId', 'type', 'qtyClaimed', 'receivedAt', 'fault', 'status'],
      ['TH-2024-000001', 1, 'REPAIR', 1, now, '漏气', 'REGISTERED'],
    );
  });
  afterAll(async () => s?.close());

  it('gives every row its model by code, keeps the text, reports what did not match, and audits what it set', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await s.ds.runMigrations({ transaction: 'each' });
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/1 种型号原文未能对应.*「不知道什么型号」×1/);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(
      /对策单位迁移：1 种写法未能对应部门台账.*「不存在的科室」×1/,
    );
    warn.mockRestore();
    const q = quoter(s.ds);
    const models: Array<{ code: string; name: string }> = await s.ds.query(
      `SELECT ${q('code')} AS code, ${q('name')} AS name FROM ${q('product_model')} ORDER BY ${q('code')}`,
    );
    expect(models).toEqual([
      { code: 'KY200', name: 'SL-KY200 螺杆空压机' },
      { code: 'XD12', name: 'SL-XD12 吸附式干燥机' },
    ]);
    const codeOf = `(SELECT m.${q('code')} FROM ${q('product_model')} m WHERE m.${q('id')} = t.${q('modelId')})`;
    const complaints: Array<{ no: string; text: string | null; code: string | null }> = await s.ds.query(
      `SELECT t.${q('complaintNo')} AS no, t.${q('productModel')} AS text, ${codeOf} AS code FROM ${q('complaint')} t ORDER BY t.${q('id')}`,
    );
    expect(complaints.map((c) => [c.no, c.text, c.code])).toEqual([
      ['TS-2024-000001', '干燥机', 'XD12'],
      ['TS-2024-000002', 'SL-KY200 螺杆空压机', 'KY200'],
      ['TS-2024-000003', 'ky200', 'KY200'],
      ['TS-2024-000004', '不知道什么型号', null],
      ['TS-2024-000005', null, null],
    ]);
    for (const table of ['warranty_policy', 'service_archive', 'return_order']) {
      const [row] = await s.ds.query(`SELECT ${codeOf} AS code FROM ${q(table)} t ORDER BY t.${q('id')}`);
      expect(row.code, table).toBe('XD12');
    }
    const audited: Array<{ entity: string; n: number }> = await s.ds.query(
      `SELECT ${q('entity')} AS entity, COUNT(*) AS n FROM ${q('audit_event')} WHERE ${q('action')} = 'MIGRATE' GROUP BY ${q('entity')} ORDER BY ${q('entity')}`,
    );
    expect(audited.map((a) => [a.entity, Number(a.n)])).toEqual([
      ['complaint', 6],
      ['returnOrder', 1],
      ['serviceArchive', 1],
      ['warrantyPolicy', 2],
    ]);
    const depts: Array<{ no: string; text: string | null; name: string | null }> = await s.ds.query(
      `SELECT t.${q('complaintNo')} AS no, t.${q('responsibleDeptText')} AS text, (SELECT d.${q('name')} FROM ${q('department')} d WHERE d.${q('id')} = t.${q('responsibleDeptId')}) AS name FROM ${q('complaint')} t ORDER BY t.${q('id')}`,
    );
    expect(depts.map((d) => [d.no, d.text, d.name])).toEqual([
      ['TS-2024-000001', '品质部', '品质部'],
      ['TS-2024-000002', null, null],
      ['TS-2024-000003', 'QA', '品质部'],
      ['TS-2024-000004', '不存在的科室', null],
      ['TS-2024-000005', null, null],
    ]);
    // 0007: of two complaints about the same unit at the same moment, the one entered second repeats the first
    const repeats: Array<{ no: string; r: unknown }> = await s.ds.query(
      `SELECT ${q('complaintNo')} AS no, ${q('isRepeat')} AS r FROM ${q('complaint')} ORDER BY ${q('id')}`,
    );
    expect(repeats.map((x) => [x.no, Boolean(Number(x.r))])).toEqual([
      ['TS-2024-000001', false],
      ['TS-2024-000002', true],
      ['TS-2024-000003', false],
      ['TS-2024-000004', false],
      ['TS-2024-000005', false], // NULL reads as not a repeat
    ]);
    expect((await verifyAuditChainShared(s.ds)).ok).toBe(true);
  });
});
