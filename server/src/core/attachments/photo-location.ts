/**
 * Where a photo was taken, taken out of it: a JPEG's EXIF (APP1) keeps the GPS position in its own
 * directory; that directory's entries and the values they point at are zeroed and its count set to 0,
 * so the rest of EXIF (the orientation, the time the photo was taken) stays and the file keeps its
 * size and layout. Works on the file's head, where EXIF is (before the image data).
 */

const GPS_POINTER = 0x8825;
/** Bytes of one value of each TIFF type (1 BYTE … 12 DOUBLE). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];

/** How many bytes of a JPEG's head to hold before streaming on: the APP segments come first, each at most 64 KB. */
export const JPEG_HEAD_BYTES = 256 * 1024;

/** Whether `head` (a JPEG's first bytes) holds a GPS position; the position is zeroed in place. */
export function stripJpegLocation(head: Buffer): boolean {
  let at = 2; // after SOI
  let stripped = false;
  while (at + 4 <= head.length && head[at] === 0xff) {
    const marker = head[at + 1];
    if (marker === 0xda || marker === 0xd9) break; // image data: no more metadata
    const length = head.readUInt16BE(at + 2);
    if (marker === 0xe1 && head.subarray(at + 4, at + 10).toString('latin1') === 'Exif\0\0')
      stripped = stripTiffGps(head.subarray(at + 10, Math.min(head.length, at + 2 + length))) || stripped;
    at += 2 + length;
  }
  return stripped;
}

function stripTiffGps(tiff: Buffer): boolean {
  if (tiff.length < 8) return false;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd0 = u32(4);
  if (ifd0 + 2 > tiff.length) return false;
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > tiff.length) return false;
    if (u16(entry) !== GPS_POINTER) continue;
    const gps = u32(entry + 8);
    if (gps + 2 > tiff.length) return false;
    const n = u16(gps);
    for (let j = 0; j < n; j++) {
      const e = gps + 2 + j * 12;
      if (e + 12 > tiff.length) break;
      const bytes = (TYPE_SIZE[u16(e + 2)] ?? 1) * u32(e + 4);
      if (bytes > 4) {
        const value = u32(e + 8);
        if (value + bytes <= tiff.length) tiff.fill(0, value, value + bytes);
      }
      tiff.fill(0, e, e + 12);
    }
    tiff.fill(0, gps, gps + 2); // no entries
    return n > 0;
  }
  return false;
}
