import type { DataSource } from 'typeorm';
import { appendAudit, newBatchId } from '../audit/audit-trail.js';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';
import { inTransaction } from '../db/transaction.js';
import { authorize, authorizeMasked } from '../ledger/ledger-service.js';
import { readsEveryMasked } from '../ledger/schema/masking.js';
import { LedgerInputError } from '../ledger/schema/ledger-input-error.js';
import type { LedgerDef } from '../ledger/schema/ledger.types.js';
import type { Actor } from '../ledger/write/batch-save.js';
import { insertId, type BlobStore } from './blob-store.js';
import { safeFileName } from './file-name.js';
import { ALLOWED_IN_WORDS, FileInspector, FileRefusal, kindOf, type FileKind } from './file-type.js';
import { JPEG_HEAD_BYTES, stripJpegLocation } from './photo-location.js';

/** How much a file, and all of one record's files together, may weigh. */
export interface AttachmentLimits {
  maxFileBytes: number;
  maxRecordBytes: number;
}

/** One file kept with a row, as a reader sees it. */
export interface AttachmentInfo {
  id: number;
  ledger: string;
  recordId: number;
  category: string;
  categoryLabel: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  inline: boolean;
  createdAt: Date;
  createdBy: number | null;
  voidedAt: Date | null;
  voidReason: string | null;
  /** Where its bytes are (the store's blob): for a package that carries the files. */
  blobId?: number;
}

/** The trail's actions of attachments. */
export const ATTACH = 'ATTACH';
export const DETACH = 'DETACH';
const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

function declared(ledger: LedgerDef): NonNullable<LedgerDef['attachments']> {
  if (!ledger.attachments) throw new LedgerInputError('ledger', 'NO_ATTACHMENTS', `「${ledger.label.zh}」不收附件`);
  return ledger.attachments;
}

/** Whether `role` may open files of `category`: a sensitive one only by who reads every masked column of the ledger. */
export function mayOpenCategory(ledger: LedgerDef, category: string, role: string): boolean {
  return !ledger.attachments?.sensitive?.includes(category) || readsEveryMasked(ledger, role);
}

/** A live row of the ledger, or the error naming it. */
async function liveRecord(ds: DataSource, ledger: LedgerDef, id: number): Promise<void> {
  const q = quoter(ds);
  const [row] = (await ds.query(`SELECT ${q('voidedAt')} AS v FROM ${q(ledger.table)} WHERE ${q('id')} = ?`, [
    id,
  ])) as Array<{
    v: unknown;
  }>;
  if (!row) throw new LedgerInputError('recordId', 'NOT_FOUND', `「${ledger.label.zh}」没有这一行`);
  if (row.v) throw new LedgerInputError('recordId', 'VOIDED', '这一行已作废，不能再添加附件');
}

/**
 * The bytes as they come, inspected on the way: the kind from the first bytes (refused when it is not
 * on the allow-list), a JPEG's head held until its metadata is passed and its GPS position taken out.
 */
async function* inspected(
  body: AsyncIterable<Buffer>,
  keepLocation: boolean,
  onKind: (kind: FileKind, inspector: FileInspector) => void,
): AsyncIterable<Buffer> {
  let head: Buffer[] = [];
  let held = 0;
  let kind: FileKind | null = null;
  let inspector: FileInspector | null = null;
  const release = function* (): Iterable<Buffer> {
    const bytes = Buffer.concat(head);
    head = [];
    if (kind!.mime === 'image/jpeg' && !keepLocation) stripJpegLocation(bytes);
    inspector!.add(bytes);
    yield bytes;
  };
  for await (const raw of body) {
    const c = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    if (inspector && !head.length) {
      inspector.add(c);
      yield c;
      continue;
    }
    head.push(c);
    held += c.length;
    if (!kind && held >= 4096) {
      kind = kindOf(Buffer.concat(head));
      if (!kind) throw new FileRefusal('NOT_ALLOWED', `不接受这种文件：只收${ALLOWED_IN_WORDS}`);
      inspector = new FileInspector(kind);
      onKind(kind, inspector);
    }
    if (kind && (kind.mime !== 'image/jpeg' || held >= JPEG_HEAD_BYTES)) yield* release();
  }
  if (!kind) {
    kind = kindOf(Buffer.concat(head));
    if (!kind)
      throw new FileRefusal(
        held ? 'NOT_ALLOWED' : 'EMPTY',
        held ? `不接受这种文件：只收${ALLOWED_IN_WORDS}` : '文件是空的',
      );
    inspector = new FileInspector(kind);
    onKind(kind, inspector);
  }
  if (head.length) yield* release();
}

/**
 * Attaches a file to a row: streamed into the store a chunk at a time (never whole), its kind read from
 * its bytes, refused past the limits or when it is not what it claims to be (nothing kept then); then,
 * in one transaction, the attachment row and its audited ATTACH event carrying the file's SHA-256.
 */
export async function addAttachment(
  ds: DataSource,
  store: BlobStore,
  actor: Actor,
  ledger: LedgerDef,
  recordId: number,
  input: { category: string; fileName: string; body: AsyncIterable<Buffer> },
  limits: AttachmentLimits,
): Promise<AttachmentInfo> {
  const decl = declared(ledger);
  authorize(actor, ledger, 'write');
  if (!decl.categories[input.category])
    throw new LedgerInputError(
      'category',
      'UNKNOWN_CATEGORY',
      `附件类别应为：${Object.values(decl.categories)
        .map((l) => l.zh)
        .join('、')}`,
    );
  await liveRecord(ds, ledger, recordId);
  const q = quoter(ds);
  const [{ n: already }] = (await ds.query(
    `SELECT COALESCE(SUM(${q('size')}), 0) AS n FROM ${q('attachment')} WHERE ${q('ledger')} = ? AND ${q('recordId')} = ? AND ${q('voidedAt')} IS NULL`,
    [ledger.name, recordId],
  )) as Array<{ n: number }>;
  const room = Math.min(limits.maxFileBytes, limits.maxRecordBytes - Number(already));
  // what the bytes turned out to be, learnt as they stream
  const seen: { kind?: FileKind; inspector?: FileInspector } = {};
  const blob = await store.put(
    inspected(input.body, !!decl.keepLocation, (kind, inspector) => Object.assign(seen, { kind, inspector })),
    {
      onChunk: (_chunk, size) => {
        if (size <= room) return;
        throw new FileRefusal(
          'TOO_LARGE',
          size > limits.maxFileBytes
            ? `文件超过 ${mb(limits.maxFileBytes)}：请压缩或拆分后再上传`
            : `这一行的附件合计将超过 ${mb(limits.maxRecordBytes)}（已有 ${mb(Number(already))}）`,
        );
      },
      // a polyglot, a script in a PDF, a zip bomb: seen only once every byte was read; nothing kept
      beforeKeep: (size) => void (seen.kind = seen.inspector!.finish(size)),
    },
  );
  const kind = seen.kind!;
  const fileName = safeFileName(input.fileName, kind);
  const now = new Date();
  return inTransaction(ds, async (em) => {
    const id = await insertId(
      em,
      `INSERT INTO ${q('attachment')} (${['ledger', 'recordId', 'category', 'fileName', 'mime', 'size', 'sha256', 'blobId', 'createdAt', 'createdBy'].map(q).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        ledger.name,
        recordId,
        input.category,
        fileName,
        kind.mime,
        blob.size,
        blob.sha256,
        blob.blobId,
        toSqlParam(ds, 'datetime', now),
        actor.userId,
      ],
    );
    const info: AttachmentInfo = {
      id,
      ledger: ledger.name,
      recordId,
      category: input.category,
      categoryLabel: decl.categories[input.category].zh,
      fileName,
      mime: kind.mime,
      size: blob.size,
      sha256: blob.sha256,
      inline: kind.inline,
      createdAt: now,
      createdBy: actor.userId,
      voidedAt: null,
      voidReason: null,
    };
    await appendAudit(em, [trailEntry(actor, info, ATTACH, null)], newBatchId(), now);
    return info;
  });
}

/** What the trail keeps of an attachment: enough to find its bytes and check them. */
export function trailValue(a: Pick<AttachmentInfo, 'id' | 'fileName' | 'category' | 'size' | 'sha256'>): string {
  return JSON.stringify({
    attachmentId: a.id,
    fileName: a.fileName,
    category: a.category,
    size: a.size,
    sha256: a.sha256,
  });
}

function trailEntry(actor: Actor, a: AttachmentInfo, action: string, reason: string | null) {
  const value = trailValue(a);
  return {
    userId: actor.userId,
    action,
    entity: a.ledger,
    entityId: a.recordId,
    field: 'attachment',
    oldValue: action === DETACH ? value : null,
    newValue: action === ATTACH ? value : null,
    reason,
  };
}

const COLUMNS = [
  'id',
  'ledger',
  'recordId',
  'category',
  'fileName',
  'mime',
  'size',
  'sha256',
  'createdAt',
  'createdBy',
  'voidedAt',
  'voidReason',
  'blobId',
];

function infoOf(ledger: LedgerDef, r: Record<string, unknown>): AttachmentInfo {
  const time = (v: unknown) => fromSql('datetime', v) as Date | null;
  const mime = String(r.mime);
  return {
    id: Number(r.id),
    ledger: String(r.ledger),
    recordId: Number(r.recordId),
    category: String(r.category),
    categoryLabel: ledger.attachments?.categories[String(r.category)]?.zh ?? String(r.category),
    fileName: String(r.fileName),
    mime,
    size: Number(r.size),
    sha256: String(r.sha256),
    inline: mime.startsWith('image/') || mime === 'application/pdf',
    createdAt: time(r.createdAt)!,
    createdBy: r.createdBy === null ? null : Number(r.createdBy),
    voidedAt: time(r.voidedAt),
    voidReason: (r.voidReason as string | null) ?? null,
    ...(r.blobId === undefined ? {} : { blobId: Number(r.blobId) }),
  };
}

/** A row's files, oldest first (voided ones too when asked), those of categories the role may not open left out. */
export async function listAttachments(
  ds: DataSource,
  actor: Actor,
  ledger: LedgerDef,
  recordId: number,
  includeVoided = false,
): Promise<AttachmentInfo[]> {
  return (await attachmentsOf(ds, actor, ledger, [recordId], includeVoided)).get(recordId) ?? [];
}

/** The files of many rows of a ledger in one statement per 500 rows (a dossier's 附件清单), by row id. */
export async function attachmentsOf(
  ds: DataSource,
  actor: Actor,
  ledger: LedgerDef,
  recordIds: readonly number[],
  includeVoided = false,
): Promise<Map<number, AttachmentInfo[]>> {
  declared(ledger);
  authorize(actor, ledger, 'read');
  const q = quoter(ds);
  const out = new Map<number, AttachmentInfo[]>();
  for (let i = 0; i < recordIds.length; i += 500) {
    const ids = recordIds.slice(i, i + 500);
    const rows = (await ds.query(
      `SELECT ${COLUMNS.map(q).join(', ')} FROM ${q('attachment')} WHERE ${q('ledger')} = ? AND ${q('recordId')} IN (${ids.map(() => '?').join(', ')})${includeVoided ? '' : ` AND ${q('voidedAt')} IS NULL`} ORDER BY ${q('id')}`,
      [ledger.name, ...ids],
    )) as Array<Record<string, unknown>>;
    for (const a of rows.map((r) => infoOf(ledger, r)))
      if (mayOpenCategory(ledger, a.category, actor.role)) out.set(a.recordId, [...(out.get(a.recordId) ?? []), a]);
  }
  return out;
}

/** How many live files each of `ids` keeps (the grid's paperclip column). */
export async function attachmentCounts(
  ds: DataSource,
  ledger: LedgerDef,
  ids: readonly number[],
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!ids.length || !ledger.attachments) return out;
  const q = quoter(ds);
  const rows = (await ds.query(
    `SELECT ${q('recordId')} AS id, COUNT(*) AS n FROM ${q('attachment')} WHERE ${q('ledger')} = ? AND ${q('voidedAt')} IS NULL AND ${q('recordId')} IN (${ids.map(() => '?').join(', ')}) GROUP BY ${q('recordId')}`,
    [ledger.name, ...ids],
  )) as Array<{ id: number; n: number }>;
  for (const r of rows) out.set(Number(r.id), Number(r.n));
  return out;
}

/** One attachment with its ledger, for whoever may open it (a sensitive category refused by role). */
export async function attachmentFor(
  ds: DataSource,
  actor: Actor,
  id: number,
  ledgerOf: (name: string) => LedgerDef | undefined,
): Promise<{ info: AttachmentInfo; ledger: LedgerDef; blobId: number }> {
  const q = quoter(ds);
  const [r] = (await ds.query(`SELECT ${COLUMNS.map(q).join(', ')} FROM ${q('attachment')} WHERE ${q('id')} = ?`, [
    id,
  ])) as Array<Record<string, unknown>>;
  const ledger = r && ledgerOf(String(r.ledger));
  if (!r || !ledger) throw new LedgerInputError('id', 'NOT_FOUND', '没有这个附件');
  authorize(actor, ledger, 'read');
  const info = infoOf(ledger, r);
  if (!mayOpenCategory(ledger, info.category, actor.role))
    authorizeMasked(actor, ledger, `「${info.categoryLabel}」类附件`);
  return { info, ledger, blobId: Number(r.blobId) };
}

/** Voids a file with its reason (the bytes stay, for the auditor): an audited DETACH carrying its SHA-256. */
export async function voidAttachment(
  ds: DataSource,
  actor: Actor,
  id: number,
  reason: string,
  ledgerOf: (name: string) => LedgerDef | undefined,
): Promise<AttachmentInfo> {
  const { info, ledger } = await attachmentFor(ds, actor, id, ledgerOf);
  authorize(actor, ledger, 'write');
  if (!reason.trim()) throw new LedgerInputError('reason', 'REQUIRED', '请写明作废附件的原因');
  if (info.voidedAt) throw new LedgerInputError('id', 'VOIDED', '这个附件已作废');
  const q = quoter(ds);
  const now = new Date();
  return inTransaction(ds, async (em) => {
    await em.query(
      `UPDATE ${q('attachment')} SET ${q('voidedAt')} = ?, ${q('voidedBy')} = ?, ${q('voidReason')} = ? WHERE ${q('id')} = ? AND ${q('voidedAt')} IS NULL`,
      [toSqlParam(ds, 'datetime', now), actor.userId, reason.trim(), id],
    );
    const voided = { ...info, voidedAt: now, voidReason: reason.trim() };
    await appendAudit(em, [trailEntry(actor, voided, DETACH, reason.trim())], newBatchId(), now);
    return voided;
  });
}
