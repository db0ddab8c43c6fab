import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let tok: Record<string, string>;
let complaint: { id: number; complaintNo: string };

beforeAll(async () => {
  s = await startTestServer();
  tok = Object.fromEntries(
    await Promise.all(['clerk', 'pmc', 'auditor', 'manager'].map(async (u) => [u, await s.login(u)] as const)),
  );
  const saved = await s.gql<{ saveComplaints: { rows: Array<{ id: number; complaintNo: string }> } }>(
    `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { rows { id complaintNo } } }`,
    {
      input: {
        creates: [
          {
            ref: 'p',
            values: {
              receivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
              channel: 'PHONE',
              customer: 'C0001',
              kind: 'APPEAL',
              description: '隐私测试',
              handlingScope: 'DEPARTMENT',
              contactName: '欧阳娜娜',
              contactPhone: '13812345678',
              contactEmail: 'ouyang@example.com',
            },
          },
        ],
      },
    },
    tok.clerk,
  );
  complaint = saved.data.saveComplaints.rows[0];
});
afterAll(async () => s?.close());

const ROW = `query($no: String) { complaints(filter: { complaintNo: { eq: $no } }) { edges { node { contactName contactPhone contactEmail } } } }`;
const contact = async (who: string) =>
  (
    await s.gql<{ complaints: Page<{ contactName: string; contactPhone: string; contactEmail: string }> }>(
      ROW,
      { no: complaint.complaintNo },
      tok[who],
    )
  ).data.complaints.edges[0].node;
const MASKED = { contactName: '欧***', contactPhone: '138****5678', contactEmail: 'o***@example.com' };

describe("a complainant's contact details", () => {
  it('are read in full by those who handle complaints, masked for everyone else', async () => {
    expect(await contact('clerk')).toEqual({
      contactName: '欧阳娜娜',
      contactPhone: '13812345678',
      contactEmail: 'ouyang@example.com',
    });
    expect(await contact('manager')).toEqual({
      contactName: '欧阳娜娜',
      contactPhone: '13812345678',
      contactEmail: 'ouyang@example.com',
    });
    expect(await contact('pmc')).toEqual(MASKED);
    expect(await contact('auditor')).toEqual(MASKED);
  });

  it('are masked in exports, the cell history, the audit log, as-of pages and the dossier', async () => {
    const filter = encodeURIComponent(JSON.stringify({ complaintNo: { eq: complaint.complaintNo } }));
    const csv = await (
      await fetch(`${s.url}/export/complaint.csv?filter=${filter}`, { headers: { authorization: `Bearer ${tok.pmc}` } })
    ).text();
    expect(csv).toContain('138****5678');
    expect(csv).not.toContain('13812345678');
    const clerkCsv = await (
      await fetch(`${s.url}/export/complaint.csv?filter=${filter}`, {
        headers: { authorization: `Bearer ${tok.clerk}` },
      })
    ).text();
    expect(clerkCsv).toContain('13812345678');

    const history = await s.gql<{ history: Array<{ newValue: string }> }>(
      `query($id: Int!) { history(entity: "complaint", id: $id, field: "contactPhone") { newValue } }`,
      { id: complaint.id },
      tok.pmc,
    );
    expect(history.data.history.map((h) => h.newValue)).toEqual(['138****5678']);
    const log = await s.gql<{ auditEvents: { entries: Array<{ fieldLabel: string; newValue: string }> } }>(
      `query($id: Int) { auditEvents(filter: { ledger: "complaint", entityId: $id }, first: 100) { entries { fieldLabel newValue } } }`,
      { id: complaint.id },
      tok.auditor,
    );
    const byField = Object.fromEntries(log.data.auditEvents.entries.map((e) => [e.fieldLabel, e.newValue]));
    expect([byField['投诉人'], byField['联系电话']]).toEqual(['欧***', '138****5678']);
    const asOf = await s.gql<{ recordAsOf: { cells: Record<string, string> } }>(
      `query($id: Int!, $at: DateTimeISO!) { recordAsOf(ledger: "complaint", id: $id, at: $at) { cells } }`,
      { id: complaint.id, at: new Date().toISOString() },
      tok.pmc,
    );
    expect(asOf.data.recordAsOf.cells.contactPhone).toBe('138****5678');

    const linked = await s.gql<{
      complaints: Page<{ contactPhone: string | null; archive: { archiveNo: string } | null }>;
    }>(`{ complaints(first: 100) { edges { node { contactPhone archive { archiveNo } } } } }`, {}, tok.clerk);
    const archiveNo = linked.data.complaints.edges.map((e) => e.node).find((n) => n.archive && n.contactPhone)!.archive!
      .archiveNo;
    const dossier = await fetch(`${s.url}/export/dossier.xlsx?archiveNo=${archiveNo}`, {
      headers: { authorization: `Bearer ${tok.auditor}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await dossier.arrayBuffer());
    const phones = wb.getWorksheet('投诉台账')!.getColumn(8).values.slice(2).filter(Boolean).map(String);
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.every((p) => p.includes('*'))).toBe(true);
  });

  it('cannot be filtered or sorted on by those who see them masked', async () => {
    const byPhone = await s.gql(
      `{ complaints(filter: { contactPhone: { contains: "138" } }) { totalCount } }`,
      {},
      tok.pmc,
    );
    expect(byPhone.errors?.[0].extensions).toMatchObject({ field: 'filter.contactPhone', reason: 'MASKED_FIELD' });
    const sorted = await s.gql(
      `{ complaints(orderBy: [{ field: contactName, direction: ASC }]) { totalCount } }`,
      {},
      tok.auditor,
    );
    expect(sorted.errors?.[0].extensions).toMatchObject({ field: 'orderBy' });
    const nested = await s.gql(
      `{ rewardPenaltyNotices(filter: { sourceComplaint: { contactName: { eq: "欧阳娜娜" } } }) { totalCount } }`,
      {},
      tok.pmc,
    );
    expect(nested.errors?.[0].extensions).toMatchObject({ field: 'filter.sourceComplaint.contactName' });
    const meta = await s.gql<{
      ledgerDefinitions: Array<{
        name: string;
        columns: Array<{ field: string; filterable: boolean; sortable: boolean }>;
      }>;
    }>(`{ ledgerDefinitions { name columns { field filterable sortable } } }`, {}, tok.pmc);
    const phone = meta.data.ledgerDefinitions
      .find((l) => l.name === 'complaint')!
      .columns.find((c) => c.field === 'contactPhone')!;
    expect(phone).toMatchObject({ filterable: false, sortable: false });
    expect(
      (await s.gql(`{ complaints(filter: { contactPhone: { contains: "138" } }) { totalCount } }`, {}, tok.clerk))
        .errors,
    ).toBeUndefined();
  });
});
