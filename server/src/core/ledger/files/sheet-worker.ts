import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { createDeflateRaw, crc32, type DeflateRaw } from 'node:zlib';
import { rowXml, SHEET_TAIL, sheetHead, type SheetLayout } from './sheet-xml.js';
import { Utf8Chunks } from './utf8-chunks.js';

/**
 * The sheet-writing thread: it takes a sheet's rows as its digest hashes them (blocks of JSON lines,
 * sheet-digest.ts), hashes each block, builds the sheet's XML from the same lines, and deflates it —
 * the half of a ledger export that is not reading and formatting rows, on the second core. It answers
 * the deflated bytes, an ack per batch taken (the writer's pace), and at the end the CRC-32, the size
 * and every block's digest. Several sheets may be open at once, each by its id.
 */

export type ToSheetThread =
  | { op: 'open'; id: number; layout: SheetLayout }
  | { op: 'rows'; id: number; blocks: string[] }
  | { op: 'close'; id: number };

export type FromSheetThread =
  | { op: 'data'; id: number; bytes: Uint8Array }
  | { op: 'ack'; id: number }
  | { op: 'closed'; id: number; crc: number; size: number; digests: Uint8Array }
  | { op: 'failed'; id: number; message: string };

/** Bytes of sheet XML gathered before they are deflated. */
const CHUNK = 64 * 1024;
/** Deflate at its fastest: sheet XML compresses well at any level, and level 6 kept the export waiting on zlib. */
const LEVEL = 1;

const port = parentPort;
if (!port) throw new Error('sheet-worker.ts runs as a worker thread');
const post = (m: FromSheetThread, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

class SheetInWorker {
  private crc = 0;
  private size = 0;
  private row = 0;
  private readonly letters: string[] = [];
  private readonly digests: Buffer[] = [];
  private readonly deflate: DeflateRaw = createDeflateRaw({ level: LEVEL });
  private readonly xml: Utf8Chunks;

  constructor(
    private readonly id: number,
    private readonly layout: SheetLayout,
  ) {
    this.xml = new Utf8Chunks(CHUNK, (chunk) => {
      this.crc = crc32(chunk, this.crc);
      this.size += chunk.length;
      this.deflate.write(chunk);
    });
    // zlib hands out slices of one buffer: each is copied to a buffer of its own, which is moved, not copied again
    this.deflate.on('data', (out: Buffer) => {
      const bytes = new Uint8Array(out);
      post({ op: 'data', id, bytes }, [bytes.buffer]);
    });
    this.deflate.on('error', (e) => fail(id, e));
    this.xml.add(sheetHead(layout));
  }

  /** Blocks of rows: each hashed as it came, then written as XML; acked once the deflate has room for more. */
  rows(blocks: string[]): void {
    for (const block of blocks) {
      this.digests.push(createHash('sha256').update(block).digest());
      const values = JSON.parse(`[${block.slice(0, -1).replaceAll('\n', ',')}]`) as unknown[][];
      for (const row of values) this.xml.add(rowXml(++this.row, row, this.letters, this.layout.styles));
    }
    if (this.deflate.writableNeedDrain) this.deflate.once('drain', () => post({ op: 'ack', id: this.id }));
    else post({ op: 'ack', id: this.id });
  }

  close(): void {
    this.xml.add(SHEET_TAIL);
    this.xml.flush();
    // 'end': the last deflated bytes have been posted
    this.deflate.once('end', () => {
      const digests = new Uint8Array(Buffer.concat(this.digests));
      post({ op: 'closed', id: this.id, crc: this.crc, size: this.size, digests }, [digests.buffer]);
      sheets.delete(this.id);
    });
    this.deflate.end();
  }
}

const sheets = new Map<number, SheetInWorker>();

function fail(id: number, e: unknown): void {
  sheets.delete(id);
  post({ op: 'failed', id, message: e instanceof Error ? e.message : String(e) });
}

port.on('message', (m: ToSheetThread) => {
  try {
    if (m.op === 'open') sheets.set(m.id, new SheetInWorker(m.id, m.layout));
    else if (m.op === 'rows') sheets.get(m.id)?.rows(m.blocks);
    else sheets.get(m.id)?.close();
  } catch (e) {
    fail(m.id, e);
  }
});
