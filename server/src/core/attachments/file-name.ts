import type { FileKind } from './file-type.js';

/**
 * A file's name as it is kept and offered again: Chinese kept as typed; path parts, control
 * characters and the characters Windows refuses removed; at most 120 characters (the extension
 * kept); a name without an extension of its kind gets one (客户来函 → 客户来函.pdf).
 */
export function safeFileName(raw: string, kind: FileKind): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[<>:"|?*]/g, '')
    .replace(/\p{Cc}/gu, '') // control characters
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .trim();
  if (!name) name = '附件';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const known = new Set([kind.ext, ...(EXTENSIONS[kind.ext] ?? [])]);
  if (!known.has(ext)) name = `${name}.${kind.ext}`;
  if ([...name].length > 120) {
    const e = name.slice(name.lastIndexOf('.'));
    name = [...name.slice(0, name.length - e.length)].slice(0, 120 - e.length).join('') + e;
  }
  return name;
}

/** Other extensions a kind goes by. */
const EXTENSIONS: Record<string, string[]> = {
  jpg: ['jpeg', 'jpe'],
  txt: ['csv', 'log', 'md'],
  doc: ['xls', 'ppt'],
  docx: [],
};

/** `Content-Disposition` for a name in Chinese: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
