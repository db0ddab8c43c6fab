import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLedger } from '../server/src/core/ledger/schema/define-ledger.js';
import { may } from '../server/src/core/ledger/schema/permissions.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/**
 * A person's name, phone and e-mail follow the data wherever it goes: planted on a customer, a unit
 * and a complaint, they must reach no role outside PERSONAL_DATA_READERS by any path — every field
 * reachable through references (walked from the schema itself, two levels deep), every ledger's
 * export, the cell history, the audit log and its workbook, as-of pages, the dossier and reconcile.
 */
const PERSON = {
  customerContact: '欧阳慕容',
  customerPhone: '13912345678',
  unitContact: '司马长风',
  unitPhone: '13987654321',
  complainant: '上官婉儿',
  complainantPhone: '13811112222',
  email: 'wan.er@example.com',
};
const CANARIES = Object.values(PERSON);
const NOT_READERS = ['PMC', 'PRODUCTION', 'AUDITOR'] as const;
const USER_OF: Record<string, string> = { PMC: 'pmc', PRODUCTION: 'production', AUDITOR: 'auditor', CLERK: 'clerk' };

let s: TestServer;
const tok: Record<string, string> = {};
let ids: { customer: number; archive: number; complaint: number; archiveNo: string };

const leaked = (text: string) => CANARIES.filter((c) => text.includes(c));

beforeAll(async () => {
  s = await startTestServer();
  for (const u of Object.values(USER_OF)) tok[u] = await s.login(u);
  const save = async (type: string, values: Record<string, unknown>, fields = 'id') => {
    const r = await s.gql<Record<string, { ok: boolean; errors: unknown[]; rows: Array<Record<string, unknown>> }>>(
      `mutation($i: Save${type}Input!) { save${type}s(input: $i) { ok errors { field message } rows { ${fields} } } }`,
      { i: { creates: [{ ref: 'x', values }] } },
      tok.clerk,
    );
    expect(r.data[`save${type}s`].errors, type).toEqual([]);
    return r.data[`save${type}s`].rows[0];
  };
  const customer = await save('Customer', {
    code: 'MASK1',
    name: '隐私测试机械有限公司',
    tier: 'KEY',
    contactName: PERSON.customerContact,
    phone: PERSON.customerPhone,
  });
  const archive = await save(
    'ServiceArchive',
    {
      customer: 'MASK1',
      policy: 'KY200',
      serialNo: 'KY200-MASK0001',
      invoiceDate: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10),
      contactName: PERSON.unitContact,
      contactPhone: PERSON.unitPhone,
    },
    'id archiveNo',
  );
  const complaint = await save('Complaint', {
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    channel: 'PHONE',
    customer: 'MASK1',
    serialNo: 'KY200-MASK0001',
    kind: 'APPEAL',
    description: '隐私路径测试',
    handlingScope: 'DEPARTMENT',
    contactName: PERSON.complainant,
    contactPhone: PERSON.complainantPhone,
    contactEmail: PERSON.email,
  });
  await save('ReturnOrder', {
    archive: 'KY200-MASK0001',
    type: 'REPAIR',
    qtyClaimed: 1,
    receivedAt: new Date(Date.now() - 1_800_000).toISOString(),
    fault: '隐私路径测试',
  });
  ids = {
    customer: Number(customer.id),
    archive: Number(archive.id),
    complaint: Number(complaint.id),
    archiveNo: String(archive.archiveNo),
  };
});
afterAll(async () => s?.close());

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface GqlField {
  name: string;
  args: Array<{ type: TypeRef }>;
  type: TypeRef;
}

describe('personal details by every path', () => {
  it('no field reachable from any ledger, two references deep, shows them to a role that may not read them (and all of them reach a clerk)', async () => {
    const intro = await s.gql<{
      __schema: { types: Array<{ name: string; kind: string; fields: GqlField[] | null }> };
    }>(
      `{ __schema { types { name kind fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
      {},
      tok.clerk,
    );
    const types = new Map(intro.data.__schema.types.map((t) => [t.name, t]));
    const unwrap = (t: TypeRef): TypeRef => (t.ofType ? unwrap(t.ofType) : t);
    const selection = (typeName: string, depth: number): string => {
      const parts: string[] = [];
      for (const f of types.get(typeName)?.fields ?? []) {
        if (f.args.some((a) => a.type.kind === 'NON_NULL')) continue;
        const u = unwrap(f.type);
        if (u.kind === 'SCALAR' || u.kind === 'ENUM') parts.push(f.name);
        else if (u.kind === 'OBJECT' && depth > 0 && !u.name!.endsWith('Connection')) {
          const inner = selection(u.name!, depth - 1);
          if (inner) parts.push(`${f.name} { ${inner} }`);
        }
      }
      return parts.join(' ');
    };
    const meta = await s.gql<{ ledgerDefinitions: Array<{ name: string; plural: string; typeName: string }> }>(
      `{ ledgerDefinitions { name plural typeName } }`,
      {},
      tok.clerk,
    );
    const walk = async (role: string) => {
      let text = '';
      for (const l of meta.data.ledgerDefinitions) {
        const r = await s.gql(
          `{ ${l.plural}(first: 20, orderBy: [{ field: id, direction: DESC }]) { edges { node { ${selection(l.typeName, 2)} } } } }`,
          {},
          tok[USER_OF[role]],
        );
        if (r.errors?.some((e) => e.extensions.code !== 'FORBIDDEN'))
          throw new Error(`${l.plural} as ${role}: ${JSON.stringify(r.errors)}`);
        text += JSON.stringify(r.data);
      }
      return text;
    };
    expect(leaked(await walk('CLERK')).sort()).toEqual([...CANARIES].sort()); // the walk reaches every planted value
    for (const role of NOT_READERS) expect(leaked(await walk(role)), role).toEqual([]);
  });

  it('no export of any ledger carries them, in CSV or XLSX', async () => {
    const meta = await s.gql<{ ledgerDefinitions: Array<{ name: string }> }>(
      `{ ledgerDefinitions { name } }`,
      {},
      tok.clerk,
    );
    for (const role of NOT_READERS) {
      for (const { name } of meta.data.ledgerDefinitions) {
        if (!may(getLedger(name)!, 'export', role)) continue;
        const csv = await fetch(`${s.url}/export/${name}.csv`, {
          headers: { authorization: `Bearer ${tok[USER_OF[role]]}` },
        });
        expect(csv.status, `${name}.csv as ${role}`).toBe(200);
        expect(leaked(await csv.text()), `${name}.csv as ${role}`).toEqual([]);
      }
      for (const name of ['customer', 'serviceArchive', 'complaint']) {
        const res = await fetch(`${s.url}/export/${name}.xlsx`, {
          headers: { authorization: `Bearer ${tok[USER_OF[role]]}` },
        });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(await res.arrayBuffer());
        const cells: string[] = [];
        wb.eachSheet((ws) => ws.eachRow((row) => cells.push(JSON.stringify(row.values))));
        expect(leaked(cells.join('\n')), `${name}.xlsx as ${role}`).toEqual([]);
      }
    }
  });

  it('the cell history, the audit log and its workbook, as-of pages and the dossier mask them', async () => {
    const auditor = tok.auditor;
    const at = new Date().toISOString();
    const texts: string[] = [];
    for (const [entity, id] of [
      ['customer', ids.customer],
      ['serviceArchive', ids.archive],
      ['complaint', ids.complaint],
    ] as const) {
      texts.push(
        JSON.stringify(
          await s.gql(
            `query($e: String!, $id: Int!) { history(entity: $e, id: $id) { field oldValue newValue } }`,
            { e: entity, id },
            auditor,
          ),
        ),
      );
      texts.push(
        JSON.stringify(
          await s.gql(
            `query($l: String!, $id: Int!, $at: DateTimeISO!) { recordAsOf(ledger: $l, id: $id, at: $at) { cells display } }`,
            { l: entity, id, at },
            auditor,
          ),
        ),
      );
      texts.push(
        JSON.stringify(
          await s.gql(
            `query($l: String!, $at: DateTimeISO!) { ledgerAsOf(ledger: $l, at: $at, first: 500) { rows { cells display } } }`,
            { l: entity, at },
            auditor,
          ),
        ),
      );
    }
    texts.push(
      JSON.stringify(await s.gql(`{ auditEvents(first: 500) { entries { field oldValue newValue } } }`, {}, auditor)),
    );
    for (const path of [
      '/audit/events.xlsx?ledger=customer',
      `/export/dossier.xlsx?archiveNo=${encodeURIComponent(ids.archiveNo)}`,
    ]) {
      const res = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${auditor}` } });
      expect(res.status, path).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      wb.eachSheet((ws) => ws.eachRow((row) => texts.push(JSON.stringify(row.values))));
    }
    const errors = texts.filter((t) => t.includes('"errors"'));
    expect(errors).toEqual([]);
    expect(leaked(texts.join('\n'))).toEqual([]);
  });

  it('reconcile masks them too, in GraphQL and in the streamed report', async () => {
    const q = (n: string) => s.ds.driver.escape(n);
    // a direct edit outside the application: reconcile lists it, with the stored and the audited value
    await s.ds.query(`UPDATE ${q('customer')} SET ${q('phone')} = ? WHERE ${q('id')} = ?`, [
      '13700001111',
      ids.customer,
    ]);
    const gql = await s.gql<{
      reconcileLedger: {
        rows: Array<{ id: number; fields: Array<{ field: string; stored: string; audited: string }> }>;
      };
    }>(`{ reconcileLedger(ledger: "customer") { rows { id fields { field stored audited } } } }`, {}, tok.auditor);
    const row = gql.data.reconcileLedger.rows.find((r) => r.id === ids.customer)!;
    expect(row.fields).toEqual([{ field: 'phone', stored: '137****1111', audited: '139****5678' }]);
    const streamed = await (
      await fetch(`${s.url}/audit/reconcile/customer`, { headers: { authorization: `Bearer ${tok.auditor}` } })
    ).text();
    expect(leaked(streamed)).toEqual([]);
    expect(streamed).not.toContain('13700001111');
    expect(streamed).toContain('137****1111');
  });
});
