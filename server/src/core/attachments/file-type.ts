/**
 * What a file is, from its bytes (never its name): the allow-list of kinds an attachment may be —
 * images, PDF, Office documents, plain text — and the checks that refuse a file pretending to be one
 * (a zip bomb, a polyglot that is also a web page or an archive, a PDF that runs scripts).
 */

export interface FileKind {
  mime: string;
  /** What a reader calls it (图片, PDF …). */
  label: string;
  /** Shown in the browser (images, PDF) rather than only downloaded. */
  inline: boolean;
  /** The extension a saved copy gets when its name has none of this kind's. */
  ext: string;
}

/** A file refused, with a code and a message naming what is wrong with it. */
export class FileRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const starts = (b: Buffer, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, text: string, at = 0) => b.subarray(at, at + text.length).toString('latin1') === text;

const KINDS = {
  png: { mime: 'image/png', label: 'PNG 图片', inline: true, ext: 'png' },
  jpeg: { mime: 'image/jpeg', label: 'JPEG 图片', inline: true, ext: 'jpg' },
  gif: { mime: 'image/gif', label: 'GIF 图片', inline: true, ext: 'gif' },
  webp: { mime: 'image/webp', label: 'WebP 图片', inline: true, ext: 'webp' },
  pdf: { mime: 'application/pdf', label: 'PDF 文件', inline: true, ext: 'pdf' },
  ooxml: { mime: 'application/vnd.openxmlformats-officedocument', label: 'Office 文件', inline: false, ext: 'docx' },
  ole: { mime: 'application/x-ole-storage', label: 'Office 97–2003 文件', inline: false, ext: 'doc' },
  text: { mime: 'text/plain; charset=utf-8', label: '文本文件', inline: false, ext: 'txt' },
} as const satisfies Record<string, FileKind>;

/** The kind of a file from its first bytes, or null when it is none the allow-list takes. */
export function kindOf(head: Buffer): FileKind | null {
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (starts(head, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a')) return KINDS.gif;
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return KINDS.webp;
  if (ascii(head, '%PDF-')) return KINDS.pdf;
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return KINDS.ooxml; // confirmed by its directory at the end
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return KINDS.ole;
  if (isText(head)) return KINDS.text;
  return null;
}

/** UTF-8 text without control bytes other than tab, line feed, carriage return and form feed (a cut last character allowed). */
function isText(head: Buffer): boolean {
  if (!head.length) return false;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  return !text.slice(0, -1).includes('\uFFFD');
}

/** Markup or script in a file of another kind: a page a browser would run, hidden in an image or a PDF. */
const ACTIVE_MARKUP = ['<script', '<html', '<svg', '<?php', '<iframe', 'javascript:'];
/** A text file that is really a web page. */
const PAGE_MARKUP = ['<!doctype html', '<html', '<svg', '<script'];
/** What a PDF may not carry: scripts, launch actions, embedded files. */
const PDF_ACTIVE = ['/JavaScript', '/JS ', '/JS(', '/JS<', '/Launch', '/EmbeddedFile', '/OpenAction /JS'];
/** A zip's end-of-directory signature: an archive appended to an image or a PDF. */
const ZIP_END = 'PK\u0005\u0006';

/**
 * Reads a file as it streams, in order, and says what is wrong with it at the end: patterns are
 * sought across chunk boundaries (an overlap is kept), and the zip directory is read from the tail.
 */
export class FileInspector {
  private overlap = '';
  private found: string | null = null;
  /** The last chunks, at least TAIL_BYTES of them (an Office file's directory is read from its end). */
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private seen = 0;
  private readonly everywhere: string[];
  private readonly atEnds: string[];

  constructor(readonly kind: FileKind) {
    // a text file may speak of markup, but may not be a page a browser would run
    const markup = kind === KINDS.text ? PAGE_MARKUP : ACTIVE_MARKUP;
    const archive = kind === KINDS.ooxml || kind === KINDS.ole ? [] : [ZIP_END];
    // markup is sought where a browser would find it (the first and last 64 KB), a PDF's actions everywhere
    this.atEnds = [...markup, ...archive];
    this.everywhere = kind === KINDS.pdf ? PDF_ACTIVE : [];
  }

  /** Feeds the next bytes (kept by reference for the tail: the caller may not change them afterwards). */
  add(chunk: Buffer): void {
    const head = this.seen < ENDS;
    this.seen += chunk.length;
    if (this.everywhere.length || head) this.seek(chunk, head ? [...this.atEnds, ...this.everywhere] : this.everywhere);
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= TAIL_BYTES)
      this.tailBytes -= this.tail.shift()!.length;
  }

  private seek(chunk: Buffer, patterns: string[]): void {
    const text = this.overlap + chunk.toString('latin1');
    const lower = text.toLowerCase();
    for (const p of patterns) {
      const hit = p.startsWith('/') || p === ZIP_END ? text.includes(p) : lower.includes(p);
      if (hit && !this.found) this.found = p;
    }
    this.overlap = text.slice(-24);
  }

  /** The file's kind in full (an Office document: Word, Excel or PowerPoint); throws FileRefusal when it is not what it claims to be, or would burst when opened. */
  finish(size: number): FileKind {
    const tail = Buffer.concat(this.tail);
    this.overlap = '';
    this.seek(tail.subarray(-ENDS), this.atEnds);
    if (this.found === ZIP_END)
      throw new FileRefusal('POLYGLOT', `文件是${this.kind.label}，但末尾还藏着一个压缩包：拒收`);
    if (this.found && this.kind === KINDS.pdf && this.found.startsWith('/'))
      throw new FileRefusal('ACTIVE_CONTENT', `PDF 文件含有脚本、启动动作或内嵌文件（${this.found.trim()}）：拒收`);
    if (this.found && this.kind === KINDS.text)
      throw new FileRefusal('NOT_ALLOWED', `这是网页或脚本文件（${this.found}），不是文本：拒收`);
    if (this.found)
      throw new FileRefusal('POLYGLOT', `文件是${this.kind.label}，但其中含有网页或脚本（${this.found}）：拒收`);
    return this.kind === KINDS.ooxml ? checkOfficeZip(tail.subarray(-TAIL_BYTES), size) : this.kind;
  }
}

/** Where markup is sought: the first and the last 64 KB. */
const ENDS = 64 * 1024;
const TAIL_BYTES = 1 << 20;
/** An Office document unpacks to at most this many bytes, or this many times its size. */
const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_RATIO = 100;
const MAX_ENTRIES = 5000;

/**
 * An Office document is a zip whose directory names `[Content_Types].xml`; its entries may not
 * unpack to more than 200 MB, nor to more than 100 times the file (a zip bomb), nor be more than 5,000.
 */
function checkOfficeZip(tail: Buffer, size: number): FileKind {
  const end = tail.lastIndexOf(Buffer.from(ZIP_END, 'latin1'));
  if (end < 0 || end + 22 > tail.length) throw new FileRefusal('BAD_ZIP', '压缩结构不完整：不是有效的 Office 文件');
  const entries = tail.readUInt16LE(end + 10);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirStart = end - dirSize;
  if (dirStart < 0) throw new FileRefusal('BAD_ZIP', 'Office 文件的目录过大，无法检查：拒收');
  if (entries > MAX_ENTRIES) throw new FileRefusal('ZIP_BOMB', `压缩包里有 ${entries} 个文件：不像 Office 文件，拒收`);
  let unpacked = 0;
  let contentTypes = false;
  let kind: FileKind | null = null;
  for (let at = dirStart, i = 0; i < entries; i++) {
    if (tail.readUInt32LE(at) !== 0x02014b50) throw new FileRefusal('BAD_ZIP', '压缩目录已损坏：拒收');
    unpacked += tail.readUInt32LE(at + 24);
    const nameLength = tail.readUInt16LE(at + 28);
    const name = tail.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (name === '[Content_Types].xml') contentTypes = true;
    kind ??= OFFICE.find(([dir]) => name.startsWith(dir))?.[1] ?? null;
    at += 46 + nameLength + tail.readUInt16LE(at + 30) + tail.readUInt16LE(at + 32);
  }
  if (!contentTypes)
    throw new FileRefusal('NOT_ALLOWED', '这是普通压缩包，不是 Office 文件：请上传图片、PDF、Office 文件或文本');
  if (unpacked > MAX_UNPACKED || unpacked > size * MAX_RATIO)
    throw new FileRefusal(
      'ZIP_BOMB',
      `文件解压后有 ${Math.round(unpacked / 1048576)} MB（原文件 ${Math.max(1, Math.round(size / 1024))} KB）：疑似压缩炸弹，拒收`,
    );
  return kind ?? KINDS.ooxml;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const OFFICE: Array<[string, FileKind]> = [
  ['word/', { mime: `${OOXML}.wordprocessingml.document`, label: 'Word 文件', inline: false, ext: 'docx' }],
  ['xl/', { mime: `${OOXML}.spreadsheetml.sheet`, label: 'Excel 文件', inline: false, ext: 'xlsx' }],
  ['ppt/', { mime: `${OOXML}.presentationml.presentation`, label: 'PowerPoint 文件', inline: false, ext: 'pptx' }],
];

/** The allow-list in words, for a refusal. */
export const ALLOWED_IN_WORDS = '图片（PNG、JPEG、GIF、WebP）、PDF、Office 文件或文本文件';
