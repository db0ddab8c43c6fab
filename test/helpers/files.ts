import { crc32 } from '../../seeds/demo-files.js';

export { generated, pdf, png } from '../../seeds/demo-files.js';

// Files made byte by byte for the attachment tests: real formats, small, and the bad ones a
// clerk's machine (or an attacker) might send.

/** A zip of stored entries; each entry's uncompressed size as declared (a bomb declares more than it holds). */
export function zip(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc32(e.data), 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A minimal Word document's zip layout (what the allow-list reads: its directory). */
export function docx(declaredSize?: number): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>'), declaredSize },
  ]);
}

/**
 * A JPEG whose EXIF holds an orientation and a GPS position (31.2304 N, 121.4737 E): the APP1
 * segment as cameras write it, big-endian TIFF, then a tiny image.
 */
export function jpegWithLocation(): Buffer {
  const tiff = Buffer.alloc(120);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 at 8
  tiff.writeUInt16BE(2, 8); // two entries
  // orientation = 6 (rotated)
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(6, 18);
  // GPS IFD at 38
  tiff.writeUInt16BE(0x8825, 22);
  tiff.writeUInt16BE(4, 24);
  tiff.writeUInt32BE(1, 26);
  tiff.writeUInt32BE(38, 30);
  tiff.writeUInt32BE(0, 34); // no next IFD
  tiff.writeUInt16BE(1, 38); // one GPS entry: latitude, 3 rationals at 56
  tiff.writeUInt16BE(0x0002, 40);
  tiff.writeUInt16BE(5, 42);
  tiff.writeUInt32BE(3, 44);
  tiff.writeUInt32BE(56, 48);
  tiff.writeUInt32BE(0, 52);
  [31, 1, 13, 1, 4944, 100].forEach((v, i) => tiff.writeUInt32BE(v, 56 + i * 4));
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(exif.length + 2, 2);
  const body = Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0x33, 0xff, 0xd9]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, exif, body]);
}

/** The latitude's first rational in a JPEG made by jpegWithLocation (0 once the position is taken out). */
export function jpegLatitudeDegrees(jpeg: Buffer): number {
  return jpeg.readUInt32BE(2 + 4 + 6 + 56);
}

/** The orientation kept in a JPEG made by jpegWithLocation. */
export function jpegOrientation(jpeg: Buffer): number {
  return jpeg.readUInt16BE(2 + 4 + 6 + 18);
}
