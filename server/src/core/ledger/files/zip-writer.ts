import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip archive written front to back, for a workbook: each entry is raw deflate whose CRC-32 and
 * sizes follow its bytes (a data descriptor), so an entry is deflated by zlib as it is written
 * (xlsx-writer.ts) and only its bytes pass through here. Entries are written in the order they were
 * begun; one begun while the one before is still being deflated keeps its bytes until its turn. No ZIP64: a workbook's parts stay far below 4 GB (a sheet ends at 1,048,576 rows, about 1.3
 * GB of XML for the widest ledger), and a larger one is refused rather than written unreadable.
 */

const LIMIT = 0xffffffff;
/** Bit 3: sizes and CRC in a data descriptor after the bytes; bit 11: the name is UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** An MS-DOS date and time, as a zip entry keeps when it was written. */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** One entry of the archive: its deflated bytes as they come, then end() with the CRC-32 and size of what they inflate to. */
export class ZipEntry {
  private held: Uint8Array[] = [];
  private turn = false;
  private onTurn: Array<() => void> = [];
  compressed = 0;
  ended: { crc: number; size: number } | null = null;

  constructor(
    readonly name: string,
    private readonly zip: ZipWriter,
  ) {}

  write(bytes: Uint8Array): void {
    this.compressed += bytes.length;
    if (this.turn) this.zip.put(bytes);
    else this.held.push(bytes);
  }

  end(crc: number, size: number): void {
    this.ended = { crc, size };
    if (this.turn) this.zip.close(this);
  }

  /** Resolves when the archive takes more of this entry: its turn has come and the output is not full. */
  drained(): Promise<void> | undefined {
    if (!this.turn) return new Promise((resolve) => this.onTurn.push(resolve));
    return this.zip.drained();
  }

  /** The entry's turn: what it held goes out. */
  begin(): void {
    this.turn = true;
    for (const bytes of this.held.splice(0)) this.zip.put(bytes);
    for (const wake of this.onTurn.splice(0)) wake();
    if (this.ended) this.zip.close(this);
  }
}

export class ZipWriter {
  private offset = 0;
  private readonly queue: ZipEntry[] = [];
  private readonly written: Written[] = [];
  private current: { entry: ZipEntry; offset: number; name: Buffer } | null = null;
  private allClosed: (() => void) | null = null;
  private readonly stamp = dosTime(new Date());

  constructor(private readonly out: Writable) {}

  /** Begins an entry; its bytes are written after those of the entries begun before it. */
  entry(name: string): ZipEntry {
    const entry = new ZipEntry(name, this);
    this.queue.push(entry);
    if (!this.current) this.next();
    return entry;
  }

  /** A small entry whose text is at hand: deflated here. */
  addText(name: string, text: string): void {
    const data = Buffer.from(text);
    const entry = this.entry(name);
    entry.write(deflateRawSync(data, { level: 6 }));
    entry.end(crc32(data), data.length);
  }

  /** Writes the central directory once every entry has ended, and ends the output; resolves when it is through. */
  async finish(): Promise<void> {
    if (this.current || this.queue.length) await new Promise<void>((resolve) => (this.allClosed = resolve));
    const start = this.offset;
    for (const w of this.written) this.put(this.centralRecord(w));
    const size = this.offset - start;
    if (this.offset > LIMIT) throw new Error('a workbook over 4 GB needs ZIP64, which this writer does not write');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.out.end(end);
    await finished(this.out);
  }

  /** Resolves when the output has room again (undefined while it has). */
  drained(): Promise<void> | undefined {
    return this.out.writableNeedDrain ? new Promise((resolve) => this.out.once('drain', () => resolve())) : undefined;
  }

  put(bytes: Uint8Array): void {
    this.offset += bytes.length;
    this.out.write(bytes);
  }

  close(entry: ZipEntry): void {
    const cur = this.current;
    if (!cur || cur.entry !== entry || !entry.ended) return;
    const { crc, size } = entry.ended;
    if (size > LIMIT || entry.compressed > LIMIT || cur.offset > LIMIT)
      throw new Error(`${entry.name}: a part over 4 GB needs ZIP64, which this writer does not write`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(entry.compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    this.put(descriptor);
    this.written.push({ name: cur.name, crc, compressed: entry.compressed, size, offset: cur.offset });
    this.current = null;
    this.next();
  }

  private next(): void {
    const entry = this.queue.shift();
    if (!entry) {
      this.allClosed?.();
      return;
    }
    const name = Buffer.from(entry.name);
    this.current = { entry, offset: this.offset, name };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(name.length, 26);
    this.put(header);
    this.put(name);
    entry.begin();
  }

  private centralRecord(w: Written): Buffer {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(VERSION, 4);
    record.writeUInt16LE(VERSION, 6);
    record.writeUInt16LE(FLAGS, 8);
    record.writeUInt16LE(DEFLATE, 10);
    record.writeUInt16LE(this.stamp.time, 12);
    record.writeUInt16LE(this.stamp.date, 14);
    record.writeUInt32LE(w.crc >>> 0, 16);
    record.writeUInt32LE(w.compressed, 20);
    record.writeUInt32LE(w.size, 24);
    record.writeUInt16LE(w.name.length, 28);
    record.writeUInt32LE(w.offset, 42);
    return Buffer.concat([record, w.name]);
  }
}
