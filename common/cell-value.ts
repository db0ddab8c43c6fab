// Shared by the server's batch save and the client's grid (validation before anything is sent).
import { localYear } from './business-time.js';
import type { CellColumn } from './cell-types.js';

export type Coerced = { ok: true; value: unknown } | { ok: false; code: string; message: string };

const DATE_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** Business dates outside these years are typing mistakes (0000, 1969 from a zero timestamp, 20260). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be stored exactly as given, or null: a NUL character, or half of a UTF-16
 * surrogate pair (neither database keeps it; one stores U+FFFD instead).
 */
export function textProblem(s: string): { code: string; message: string } | null {
  if (s.includes('\u0000')) return { code: 'INVALID_CHARACTER', message: '含有不可保存的空字符 (NUL)' };
  if (LONE_SURROGATE.test(s)) return { code: 'INVALID_CHARACTER', message: '含有无效的字符（不成对的代理项）' };
  return null;
}

/** Length in characters (code points), as MySQL counts them: an emoji is one. */
export function charLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The year of a 'YYYY-MM-DD' day, or of a moment in China time (the business calendar's year). */
function yearInRange(isoOrDate: string | Date): boolean {
  const y = typeof isoOrDate === 'string' ? Number(isoOrDate.slice(0, 4)) : localYear(isoOrDate);
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function isEmpty(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** A calendar date 'YYYY-MM-DD' (also accepts 2026/1/5 and 2026.1.5 as typed on paper-era sheets). */
export function parseLocalDate(raw: string): string | null {
  const m = DATE_RE.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A moment. Without an offset it is read as China time (UTC+8), the time printed on the paper forms:
 * "2026-03-02 14:30" and "2026-03-02T14:30:00+08:00" are the same moment.
 */
export function parseDateTime(raw: unknown): Date | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
  const s = String(raw).trim();
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      s,
    );
  if (!m) return null;
  const date = parseLocalDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!date) return null;
  const [h, mi, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || sec > 59) return null;
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const tz = m[8] ?? '+08:00';
  const iso = `${date}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(sec).padStart(2, '0')}.${String(ms).padStart(3, '0')}${tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是', '对', '√', '✓']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否', '不', '×', '✗']);

const fail = (code: string, message: string): Coerced => ({ ok: false, code, message });
const ok = (value: unknown): Coerced => ({ ok: true, value });

function coerceText(text: unknown, col: CellColumn): Coerced {
  const value = String(text);
  const max = col.maxLength ?? (col.type === 'string' ? 255 : 10_000);
  return charLength(value) > max ? fail('TOO_LONG', `最多 ${max} 个字符`) : ok(value);
}

function coerceInt(text: unknown): Coerced {
  const n = typeof text === 'number' ? text : Number(String(text).replace(/,/g, ''));
  return !Number.isInteger(n) || Math.abs(n) > 2_147_483_647 ? fail('INVALID_NUMBER', '应为整数') : ok(n);
}

function coerceDecimal(text: unknown): Coerced {
  const n = typeof text === 'number' ? text : Number(String(text).replace(/[,¥￥\s]/g, ''));
  return !Number.isFinite(n) || Math.abs(n) >= 1e12
    ? fail('INVALID_NUMBER', '应为数字')
    : ok(Math.round(n * 100) / 100);
}

function coerceBool(text: unknown): Coerced {
  if (typeof text === 'boolean') return ok(text);
  const w = String(text).toLowerCase();
  if (TRUE_WORDS.has(w)) return ok(true);
  if (FALSE_WORDS.has(w)) return ok(false);
  return fail('INVALID_BOOLEAN', '应为 是/否');
}

const OUT_OF_RANGE = `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间`;

function coerceDate(text: unknown): Coerced {
  const d = text instanceof Date ? text.toISOString().slice(0, 10) : parseLocalDate(String(text));
  if (!d) return fail('INVALID_DATE', '应为日期 YYYY-MM-DD');
  return yearInRange(d) ? ok(d) : fail('DATE_OUT_OF_RANGE', OUT_OF_RANGE);
}

function coerceDateTime(text: unknown): Coerced {
  const d = parseDateTime(text);
  if (!d) return fail('INVALID_DATETIME', '应为时间 YYYY-MM-DD HH:mm');
  return yearInRange(d) ? ok(d) : fail('DATE_OUT_OF_RANGE', OUT_OF_RANGE);
}

/** An enum cell accepts the code or either label. */
function coerceEnum(text: unknown, col: CellColumn): Coerced {
  const values: Record<string, { zh: string; en: string }> = col.enum!.values;
  const s = String(text);
  const hit = Object.entries(values).find(
    ([code, l]) => code === s || code === s.toUpperCase() || l.zh === s || l.en.toLowerCase() === s.toLowerCase(),
  );
  return hit
    ? ok(hit[0])
    : fail(
        'INVALID_ENUM',
        `只能是：${Object.values(values)
          .map((l) => l.zh)
          .join('、')}`,
      );
}

/** One coercer per column kind; its message is completed with the column's label. */
const COERCE: Record<CellColumn['type'], (text: unknown, col: CellColumn) => Coerced> = {
  string: coerceText,
  text: coerceText,
  ref: (text) => ok(String(text)), // the referenced row's key as typed; resolved by the server
  int: coerceInt,
  decimal: coerceDecimal,
  bool: coerceBool,
  date: coerceDate,
  datetime: coerceDateTime,
  enum: coerceEnum,
};

/**
 * Turns what a clerk typed, pasted or imported (or a typed GraphQL value) into the column's value,
 * or a coded error. Enums accept the code or either label; refs stay as the typed key (resolved later).
 */
export function coerceCell(col: CellColumn, raw: unknown): Coerced {
  const name = col.label.zh;
  if (isEmpty(raw)) {
    return col.required ? { ok: false, code: 'REQUIRED', message: `「${name}」必填` } : { ok: true, value: null };
  }
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof text === 'string') {
    const bad = textProblem(text);
    if (bad) return { ok: false, code: bad.code, message: `「${name}」${bad.message}` };
  }
  const r = COERCE[col.type](text, col);
  if (!r.ok) return { ok: false, code: r.code, message: `「${name}」${r.message}` };
  const msg = col.check?.(r.value);
  return msg ? { ok: false, code: 'INVALID', message: `「${name}」${msg}` } : r;
}
