import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { quoter, toSqlParam } from '../db/sql-value.js';

/** Bytes of one stored chunk: a 50 MB file is 200 rows, none of them ever the whole file. */
export const CHUNK_BYTES = 256 * 1024;

/** A file's bytes as kept: by their SHA-256, each content once however often it is attached. */
export interface StoredBlob {
  blobId: number;
  sha256: string;
  size: number;
}

/**
 * Where attachments' bytes live. One interface, so a large site can keep them in an S3-compatible
 * store instead (planned: the same content addressing, `put` as a multipart upload, `read` as a
 * ranged GET); the embedded default and several instances on one database keep them in it.
 */
export interface BlobStore {
  /**
   * Writes the bytes as they come (nothing held whole); the same content already kept is kept once.
   * `check` may refuse (throw) as each chunk comes and once all have: nothing is kept then.
   */
  put(chunks: AsyncIterable<Buffer>, check?: PutCheck): Promise<StoredBlob>;
  /** The bytes, in order, a chunk at a time. */
  read(blobId: number): AsyncIterable<Buffer>;
  /** The SHA-256 of the bytes as they are stored now (null: the blob is gone). */
  digestNow(blobId: number): Promise<string | null>;
}

/** What a caller checks while the bytes are written: each chunk (with the size so far), and the whole once written. */
export interface PutCheck {
  onChunk?(chunk: Buffer, size: number): void;
  beforeKeep?(size: number): void;
}

/**
 * Rechunks a stream into CHUNK_BYTES pieces (the last one shorter), copied into one buffer used again
 * for every piece: the consumer writes a piece before it asks for the next, so a 50 MB file makes no
 * 50 MB of garbage on its way in.
 */
async function* chunked(source: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const piece = Buffer.allocUnsafe(CHUNK_BYTES);
  let held = 0;
  for await (const c of source) {
    let at = 0;
    while (at < c.length) {
      const n = c.copy(piece, held, at, Math.min(c.length, at + CHUNK_BYTES - held));
      held += n;
      at += n;
      if (held === CHUNK_BYTES) {
        yield piece;
        held = 0;
      }
    }
  }
  if (held) yield piece.subarray(0, held);
}

/** Runs an INSERT and answers the new row's id, on either database (in the caller's transaction when it has one). */
export async function insertId(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const runner = em.queryRunner ?? em.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    const raw = result.raw as { insertId?: number; lastInsertRowid?: number | bigint } | number;
    return typeof raw === 'number' ? raw : Number(raw.insertId ?? raw.lastInsertRowid);
  } finally {
    if (!em.queryRunner) await runner.release();
  }
}

/**
 * Runs a statement whose parameters carry bytes. On MySQL it goes as a prepared statement, so a chunk
 * travels as it is: the driver's plain query would write 256 KB as a 512 KB hex literal inside a new SQL
 * string, three copies per chunk that grew the server by 30 MB over the first 50 MB file.
 */
async function runBinary(ds: DataSource, sql: string, params: unknown[]): Promise<void> {
  if (ds.options.type !== 'mysql' && ds.options.type !== 'mariadb') {
    await ds.query(sql, params);
    return;
  }
  const runner = ds.createQueryRunner();
  try {
    const conn = (await runner.connect()) as {
      execute(sql: string, params: unknown[], done: (err: Error | null) => void): void;
    };
    await new Promise<void>((resolve, reject) => conn.execute(sql, params, (err) => (err ? reject(err) : resolve())));
  } finally {
    await runner.release();
  }
}

/** The blobs in the database: `attachment_blob` (one per content, by SHA-256) and its `attachment_chunk` rows. */
export class DatabaseBlobStore implements BlobStore {
  constructor(private readonly ds: DataSource) {}

  async put(chunks: AsyncIterable<Buffer>, check: PutCheck = {}): Promise<StoredBlob> {
    const { ds } = this;
    const q = quoter(ds);
    // written under a blob of its own first: the content's hash is known only at its end
    const blobId = await insertId(
      ds.manager,
      `INSERT INTO ${q('attachment_blob')} (${q('size')}, ${q('chunks')}, ${q('createdAt')}) VALUES (0, 0, ?)`,
      [toSqlParam(ds, 'datetime', new Date())],
    );
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    try {
      for await (const chunk of chunked(chunks)) {
        size += chunk.length;
        check.onChunk?.(chunk, size); // may refuse (throw): what was written is removed below
        hash.update(chunk);
        await runBinary(
          ds,
          `INSERT INTO ${q('attachment_chunk')} (${q('blobId')}, ${q('seq')}, ${q('data')}) VALUES (?, ?, ?)`,
          [blobId, seq++, chunk],
        );
      }
      check.beforeKeep?.(size);
    } catch (e) {
      await this.drop(blobId);
      throw e;
    }
    const sha256 = hash.digest('hex');
    const [kept] = (await ds.query(`SELECT ${q('id')} AS id FROM ${q('attachment_blob')} WHERE ${q('sha256')} = ?`, [
      sha256,
    ])) as Array<{ id: number }>;
    if (kept) {
      await this.drop(blobId);
      return { blobId: Number(kept.id), sha256, size };
    }
    try {
      await ds.query(
        `UPDATE ${q('attachment_blob')} SET ${q('sha256')} = ?, ${q('size')} = ?, ${q('chunks')} = ? WHERE ${q('id')} = ?`,
        [sha256, size, seq, blobId],
      );
    } catch (e) {
      // the same content finished a moment earlier by another upload: keep that one
      const [other] = (await ds.query(`SELECT ${q('id')} AS id FROM ${q('attachment_blob')} WHERE ${q('sha256')} = ?`, [
        sha256,
      ])) as Array<{ id: number }>;
      await this.drop(blobId);
      if (!other) throw e;
      return { blobId: Number(other.id), sha256, size };
    }
    return { blobId, sha256, size };
  }

  async *read(blobId: number): AsyncIterable<Buffer> {
    const q = quoter(this.ds);
    const [blob] = (await this.ds.query(
      `SELECT ${q('chunks')} AS n FROM ${q('attachment_blob')} WHERE ${q('id')} = ?`,
      [blobId],
    )) as Array<{ n: number }>;
    for (let seq = 0; seq < Number(blob?.n ?? 0); seq++) {
      const [row] = (await this.ds.query(
        `SELECT ${q('data')} AS data FROM ${q('attachment_chunk')} WHERE ${q('blobId')} = ? AND ${q('seq')} = ?`,
        [blobId, seq],
      )) as Array<{ data: Buffer | Uint8Array }>;
      if (!row) return;
      yield Buffer.isBuffer(row.data) ? row.data : Buffer.from(row.data);
    }
  }

  async digestNow(blobId: number): Promise<string | null> {
    const q = quoter(this.ds);
    const [blob] = (await this.ds.query(`SELECT ${q('id')} AS id FROM ${q('attachment_blob')} WHERE ${q('id')} = ?`, [
      blobId,
    ])) as Array<{ id: number }>;
    if (!blob) return null;
    const hash = createHash('sha256');
    for await (const c of this.read(blobId)) hash.update(c);
    return hash.digest('hex');
  }

  private async drop(blobId: number): Promise<void> {
    const q = quoter(this.ds);
    await this.ds.query(`DELETE FROM ${q('attachment_chunk')} WHERE ${q('blobId')} = ?`, [blobId]);
    await this.ds.query(`DELETE FROM ${q('attachment_blob')} WHERE ${q('id')} = ? AND ${q('sha256')} IS NULL`, [
      blobId,
    ]);
  }
}
