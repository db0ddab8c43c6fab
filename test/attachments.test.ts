import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeyOf } from '../server/src/core/audit/audit-key.js';
import { verifyPackage } from '../server/src/core/attachments/verify-package.js';
import {
  docx,
  generated,
  jpegLatitudeDegrees,
  jpegOrientation,
  jpegWithLocation,
  pdf,
  png,
  zip,
} from './helpers/files.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

// Attachments through the API, on the database the suite runs on: upload, dedupe, download, the
// allow-list and its refusals, a 50 MB file streamed through, void, masking, and the trail's check
// of every file it vouches for — also after someone with the database changed a byte.
let s: TestServer;
const tok: Record<string, string> = {};
let complaintIds: number[] = [];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const q = (n: string) => s.ds.driver.escape(n);

interface Attachment {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  category: string;
}

async function upload(
  body: Buffer | ReadableStream<Uint8Array>,
  opts: { id?: number; category?: string; name?: string; who?: string; ledger?: string } = {},
): Promise<{
  status: number;
  body: { attachment?: Attachment; error?: { code: string; message: string; field?: string } };
}> {
  const url = `${s.url}/attachments/${opts.ledger ?? 'complaint'}/${opts.id ?? complaintIds[0]}?category=${opts.category ?? 'PHOTO'}&name=${encodeURIComponent(opts.name ?? '故障照片.png')}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${tok[opts.who ?? 'clerk']}`, 'content-type': 'application/octet-stream' },
    body: body instanceof ReadableStream ? body : new Uint8Array(body),
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as never };
}

const download = (id: number, who = 'clerk', inline = false) =>
  fetch(`${s.url}/attachments/${id}${inline ? '?inline=1' : ''}`, { headers: { authorization: `Bearer ${tok[who]}` } });

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['clerk', 'pmc', 'auditor', 'admin', 'quality']) tok[u] = await s.login(u);
  const r = await s.gql<{ complaints: { edges: Array<{ node: { id: number } }> } }>(
    // complaints the demo attached nothing to (it attaches to quality complaints)
    '{ complaints(first: 5, filter: { causeCategory: { in: [WORK_ERROR, SERVICE_ATTITUDE, INTERNAL_MANAGEMENT] } }) { edges { node { id } } } }',
    {},
    tok.clerk,
  );
  complaintIds = r.data.complaints.edges.map((e) => Number(e.node.id));
});
afterAll(async () => s?.close());

describe('attachments', () => {
  it('keeps a photo with its complaint, once however often it is attached, and gives it back byte for byte', async () => {
    const photo = png(16, 16);
    const a = await upload(photo, { name: '现场/故障照片 1.png' });
    expect(a.status).toBe(201);
    expect(a.body.attachment).toMatchObject({
      fileName: '故障照片 1.png', // the path part dropped, the Chinese kept
      mime: 'image/png',
      size: photo.length,
      sha256: sha(photo),
      category: 'PHOTO',
    });
    const again = await upload(photo, { id: complaintIds[1], name: 'same.png' });
    expect(again.status).toBe(201);
    const [blobs] = await s.ds.query(`SELECT COUNT(*) AS n FROM ${q('attachment_blob')} WHERE ${q('sha256')} = ?`, [
      sha(photo),
    ]);
    expect(Number(blobs.n)).toBe(1); // two attachments, one content

    const res = await download(a.body.attachment!.id);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="____ 1.png"; filename*=UTF-8''${encodeURIComponent('故障照片 1.png')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const shown = await download(a.body.attachment!.id, 'clerk', true);
    expect(shown.headers.get('content-disposition')).toMatch(/^inline;/);

    const list = await s.gql<{
      attachments: Array<{ fileName: string; categoryLabel: string; createdByName: string }>;
    }>(
      `query($id: Int!) { attachments(ledger: "complaint", recordId: $id) { fileName categoryLabel createdByName } }`,
      { id: complaintIds[0] },
      tok.clerk,
    );
    expect(list.data.attachments).toEqual([
      { fileName: '故障照片 1.png', categoryLabel: '故障照片', createdByName: '王丽（客服）' },
    ]);
  });

  it('reads the kind from the bytes and refuses what is not on the list, or pretends to be, naming why; nothing is kept', async () => {
    const [before] = await s.ds.query(`SELECT COUNT(*) AS n FROM ${q('attachment_chunk')}`);
    const cases: Array<[string, Buffer, string]> = [
      ['a program named as a photo', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000, 1)]), 'NOT_ALLOWED'],
      ['a web page named as text', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), 'NOT_ALLOWED'],
      [
        'a photo with a zip behind it',
        Buffer.concat([png(), zip([{ name: 'a.txt', data: Buffer.from('x') }])]),
        'POLYGLOT',
      ],
      ['a photo with a script in it', Buffer.concat([png(), Buffer.from('<script>alert(1)</script>')]), 'POLYGLOT'],
      ['a PDF that runs a script', pdf('x', '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'ACTIVE_CONTENT'],
      ['a plain zip', zip([{ name: 'a.txt', data: Buffer.from('hello') }]), 'NOT_ALLOWED'],
      ['a Word file that unpacks to 1 GB', docx(1024 * 1048576), 'ZIP_BOMB'],
      ['nothing at all', Buffer.alloc(0), 'EMPTY'],
    ];
    for (const [what, bytes, code] of cases) {
      const r = await upload(bytes, { name: 'x.png' });
      expect(r.status, what).toBe(422);
      expect(r.body.error, what).toMatchObject({ code, field: 'file' });
      expect(r.body.error!.message, what).toMatch(/[\u4e00-\u9fff]/);
    }
    const [after] = await s.ds.query(`SELECT COUNT(*) AS n FROM ${q('attachment_chunk')}`);
    expect(Number(after.n)).toBe(Number(before.n));
    // and what is on the list is taken
    for (const [name, bytes, mime] of [
      ['检测报告.pdf', pdf('Report'), 'application/pdf'],
      ['来函', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['说明.txt', Buffer.from('客户说明：设备异响\n'), 'text/plain; charset=utf-8'],
    ] as Array<[string, Buffer, string]>) {
      const r = await upload(bytes, { name, category: 'TEST_REPORT', id: complaintIds[2] });
      expect(r.status, name).toBe(201);
      expect(r.body.attachment!.mime).toBe(mime);
    }
    const names = await s.gql<{ attachments: Array<{ fileName: string }> }>(
      `query($id: Int!) { attachments(ledger: "complaint", recordId: $id) { fileName } }`,
      { id: complaintIds[2] },
      tok.clerk,
    );
    expect(names.data.attachments.map((a) => a.fileName)).toEqual(['检测报告.pdf', '来函.docx', '说明.txt']);
  });

  it('takes the GPS position out of a photo and keeps the rest of its EXIF', async () => {
    const photo = jpegWithLocation();
    expect(jpegLatitudeDegrees(photo)).toBe(31);
    const r = await upload(photo, { name: '现场.jpg' });
    expect(r.status).toBe(201);
    const kept = Buffer.from(await (await download(r.body.attachment!.id)).arrayBuffer());
    expect(jpegLatitudeDegrees(kept)).toBe(0);
    expect(jpegOrientation(kept)).toBe(6);
    expect(r.body.attachment!.sha256).toBe(sha(kept)); // the trail vouches for what is kept
  });

  it('streams a 50 MB file in and out whole, and refuses one past the limit before reading it', async () => {
    const size = 50 * 1048576;
    const { body, digest } = generated(size);
    const r = await upload(body, { name: '检测记录.txt', category: 'TEST_REPORT', id: complaintIds[3] });
    expect(r.status).toBe(201);
    expect(r.body.attachment!.sha256).toBe(digest());
    const back = createHash('sha256');
    let got = 0;
    for await (const c of (await download(r.body.attachment!.id)).body as unknown as AsyncIterable<Uint8Array>) {
      back.update(c);
      got += c.length;
    }
    expect(got).toBe(size);
    expect(back.digest('hex')).toBe(r.body.attachment!.sha256);
    const [chunks] = await s.ds.query(
      `SELECT COUNT(*) AS n FROM ${q('attachment_chunk')} c JOIN ${q('attachment')} a ON a.${q('blobId')} = c.${q('blobId')} WHERE a.${q('id')} = ?`,
      [r.body.attachment!.id],
    );
    expect(Number(chunks.n)).toBe(200); // 256 KB a row: never the whole file in one

    const tooBig = await fetch(`${s.url}/attachments/complaint/${complaintIds[3]}?category=OTHER&name=x.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok.clerk}`, 'content-length': String(65 * 1048576) },
      body: new Uint8Array(16),
    }).catch(() => null);
    // the declared length alone refuses it (or the connection is closed on the rest of it)
    if (tooBig) expect(tooBig.status).toBe(413);
  }, 120_000);

  it('voids a file with a reason, never deletes it; who may not read a letter may not open it; the auditor may not add', async () => {
    const letter = await upload(pdf('Letter'), { name: '客户来函.pdf', category: 'LETTER' });
    expect(letter.status).toBe(201);
    const id = letter.body.attachment!.id;
    const VOID = `mutation($id: Int!, $reason: String!) { voidAttachment(id: $id, reason: $reason) { voidedAt voidReason } }`;
    expect((await s.gql(VOID, { id, reason: ' ' }, tok.clerk)).errors?.[0].message).toBe('请写明作废附件的原因');
    const voided = await s.gql<{ voidAttachment: { voidReason: string } }>(
      VOID,
      { id, reason: '传错了客户' },
      tok.clerk,
    );
    expect(voided.data.voidAttachment.voidReason).toBe('传错了客户');
    const listed = async (who: string, includeVoided: boolean) =>
      (
        await s.gql<{ attachments: Array<{ id: number }> }>(
          `query($id: Int!, $v: Boolean!) { attachments(ledger: "complaint", recordId: $id, includeVoided: $v) { id } }`,
          { id: complaintIds[0], v: includeVoided },
          tok[who],
        )
      ).data.attachments.map((a) => a.id);
    expect(await listed('clerk', false)).not.toContain(id);
    expect(await listed('clerk', true)).toContain(id);
    expect((await download(id, 'clerk')).status).toBe(200); // voided, the bytes stay
    // PMC does not read complainants' details: it does not see, nor open, their letters
    expect(await listed('pmc', true)).not.toContain(id);
    const refused = await download(id, 'pmc');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('客户来函');
    const byAuditor = await upload(png(), { who: 'auditor' });
    expect(byAuditor.status).toBe(403);
    const trail = await s.ds.query(
      `SELECT ${q('action')} AS action, ${q('newValue')} AS nv, ${q('oldValue')} AS ov, ${q('reason')} AS reason FROM ${q('audit_event')} WHERE ${q('field')} = 'attachment' AND ${q('entityId')} = ? ORDER BY ${q('seq')}`,
      [complaintIds[0]],
    );
    const mine = trail.filter((e: { nv: string | null; ov: string | null }) =>
      (e.nv ?? e.ov ?? '').includes(`"attachmentId":${id},`),
    );
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['ATTACH', 'DETACH']);
    expect(mine[1].reason).toBe('传错了客户');
    expect(JSON.parse(mine[0].nv).sha256).toBe(letter.body.attachment!.sha256);
  });

  it('verify and reconcile find every file the trail vouches for — and a byte changed, a row rewritten or one slipped in past the application', async () => {
    const VERIFY = '{ verifyAuditChain { ok filesChecked fileProblems } }';
    const clean = await s.gql<{ verifyAuditChain: { ok: boolean; filesChecked: number; fileProblems: string[] } }>(
      VERIFY,
      {},
      tok.auditor,
    );
    expect(clean.data.verifyAuditChain).toMatchObject({ ok: true, fileProblems: [] });
    expect(clean.data.verifyAuditChain.filesChecked).toBeGreaterThanOrEqual(5);

    const target = await upload(pdf('Changed later'), {
      name: '检测报告-改.pdf',
      category: 'TEST_REPORT',
      id: complaintIds[4],
    });
    const { id } = target.body.attachment!;
    const [row] = await s.ds.query(`SELECT ${q('blobId')} AS b FROM ${q('attachment')} WHERE ${q('id')} = ?`, [id]);
    // someone with the database changes the stored bytes, as the application never would
    const [chunk] = await s.ds.query(
      `SELECT ${q('data')} AS d FROM ${q('attachment_chunk')} WHERE ${q('blobId')} = ? AND ${q('seq')} = 0`,
      [row.b],
    );
    const changed = Buffer.from(chunk.d);
    changed[20] ^= 0xff;
    await s.ds.query(
      `UPDATE ${q('attachment_chunk')} SET ${q('data')} = ? WHERE ${q('blobId')} = ? AND ${q('seq')} = 0`,
      [changed, row.b],
    );
    // … and slips a row in with no trail
    await s.ds.query(
      `INSERT INTO ${q('attachment')} (${['ledger', 'recordId', 'category', 'fileName', 'mime', 'size', 'sha256', 'blobId', 'createdAt'].map(q).join(', ')}) VALUES ('complaint', ?, 'OTHER', '后塞的.pdf', 'application/pdf', 1, ?, ?, ?)`,
      [complaintIds[4], 'a'.repeat(64), row.b, '2026-11-18 10:00:00'],
    );
    const broken = await s.gql<{ verifyAuditChain: { ok: boolean; fileProblems: string[] } }>(VERIFY, {}, tok.auditor);
    expect(broken.data.verifyAuditChain.ok).toBe(false);
    expect(broken.data.verifyAuditChain.fileProblems).toEqual(
      expect.arrayContaining([
        `附件 #${id}「检测报告-改.pdf」：文件内容被改动过（SHA-256 不符）`,
        expect.stringMatching(/^附件 #\d+「后塞的\.pdf」没有审计记录：是绕过系统写入的$/),
      ]),
    );
    const rec = await s.gql<{ reconcileLedger: { fileProblems: string[]; filesChecked: number } }>(
      '{ reconcileLedger(ledger: "complaint") { filesChecked fileProblems } }',
      {},
      tok.auditor,
    );
    expect(rec.data.reconcileLedger.fileProblems).toContain(
      `附件 #${id}「检测报告-改.pdf」：文件内容被改动过（SHA-256 不符）`,
    );
  });

  it('packs a dossier with its files: verified on the server and with the key alone; a changed byte or a file slipped in is named', async () => {
    const r = await s.gql<{ reworkOrders: { edges: Array<{ node: { id: number; archive: { serialNo: string } } }> } }>(
      '{ reworkOrders(first: 1, orderBy: [{ field: id, direction: ASC }]) { edges { node { id archive { serialNo } } } } }',
      {},
      tok.auditor,
    );
    const { id, archive } = r.data.reworkOrders.edges[0].node;
    // the demo attached a test report to this rework; one more, a photo
    const photo = png(20, 20, [10, 160, 90]);
    expect(
      (
        await upload(photo, {
          ledger: 'reworkOrder',
          id: Number(id),
          category: 'PHOTO',
          name: '返修后照片.png',
          who: 'admin',
        })
      ).status,
    ).toBe(201);
    const res = await fetch(`${s.url}/export/dossier.zip?serialNo=${encodeURIComponent(archive.serialNo)}`, {
      headers: { authorization: `Bearer ${tok.auditor}` },
    });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/档案包-.*\.zip/);
    const packed = Buffer.from(await res.arrayBuffer());
    const zip = await JSZip.loadAsync(packed);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(1);
    const photoPath = names.find((n) => n.endsWith('-返修后照片.png'))!;
    expect(photoPath).toMatch(/^附件\/返工单\/\d+\/\d+-返修后照片\.png$/);
    expect(Buffer.from(await zip.file(photoPath)!.async('nodebuffer')).equals(photo)).toBe(true);
    expect(names.some((n) => n.endsWith('检测报告.pdf'))).toBe(true);

    const verify = async (file: Buffer) => {
      const v = await fetch(`${s.url}/audit/verify-export`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tok.auditor}` },
        body: new Uint8Array(file),
      });
      return (await v.json()) as { ok: boolean; problems: string[]; files?: number };
    };
    expect(await verify(packed)).toMatchObject({ ok: true, problems: [] });
    const key = auditKeyOf(s.ds).key;
    expect(await verifyPackage(packed, key)).toMatchObject({ ok: true, files: names.length - 1 });

    // a byte of the photo changed, and a file slipped in
    const changed = Buffer.from(photo);
    changed[30] ^= 0xff;
    zip.file(photoPath, changed);
    zip.file('附件/返工单/后加的.pdf', pdf('added later'));
    const tampered = await zip.generateAsync({ type: 'nodebuffer' });
    const bad = await verify(tampered);
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^包里的「${photoPath}」被改动过（SHA-256 与附件清单第 \\d+ 行不符）$`)),
        '包里的「附件/返工单/后加的.pdf」不在附件清单中：是后加进去的',
      ]),
    );
    expect((await verifyPackage(tampered, key)).ok).toBe(false);
  });
});
