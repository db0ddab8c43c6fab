import type { DataSource } from 'typeorm';
import { quote } from '../../core/ledger/query/ledger-store.js';
import { faultSolutionLedger } from './fault-solution.ledger.js';

/**
 * Symptom words as a clerk types them, in search terms. Chinese has no spaces between words, and
 * neither MariaDB's InnoDB full-text (its ngram parser is MySQL's only) nor SQLite's FTS5 without a
 * CJK tokenizer splits it; every run of Chinese is cut into overlapping pairs of characters (「不出料」 →
 * 不出, 出料), the way ngram full-text indexes it, and other words are kept whole. The knowledge base
 * is small (hundreds to a few thousand faults), so the pairs are matched with LIKE on both databases
 * and ranked here by how many matched: honest, and the same answer on both.
 */
export function searchTerms(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/[\u3400-\u9fff]+|[a-z0-9][a-z0-9\-_.]*/g) ?? []) {
    if (/^[a-z0-9]/.test(run)) {
      if (run.length >= 2) out.add(run);
    } else if (run.length === 1) out.add(run);
    else for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out].slice(0, 16);
}

export interface FaultHit {
  id: number;
  code: string;
  appliesTo: string | null;
  symptom: string;
  cause: string | null;
  solution: string;
  /** Terms found in the symptom (count twice) and in the cause or solution. */
  score: number;
  used: number;
  fixedFirstTime: number;
}

// '!' escapes LIKE's wildcards the same way on both databases (a backslash is read differently by each)
const like = (t: string) => `%${t.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** Faults whose symptom, cause or solution share terms with `text`, best first; a model or category that fits ranks higher. */
export async function searchFaults(ds: DataSource, text: string, fits: string[] = [], limit = 20): Promise<FaultHit[]> {
  const terms = searchTerms(text);
  if (!terms.length) return [];
  const q = (n: string) => quote(ds, n);
  const cols = ['symptom', 'cause', 'solution'];
  const conds = terms.flatMap(() => cols.map((c) => `LOWER(${q(c)}) LIKE ? ESCAPE '!'`));
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q('id')} AS id, ${q('code')} AS code, ${q('appliesTo')} AS appliesTo, ${q('symptom')} AS symptom, ${q('cause')} AS cause, ${q('solution')} AS solution FROM ${q(faultSolutionLedger.table)} WHERE ${q('voidedAt')} IS NULL AND (${conds.join(' OR ')})`,
    terms.flatMap((t) => cols.map(() => like(t))),
  );
  const hits = rows.map((r) => {
    const symptom = String(r.symptom ?? '').toLowerCase();
    const rest = `${String(r.cause ?? '')} ${String(r.solution ?? '')}`.toLowerCase();
    let score = terms.reduce((s, t) => s + (symptom.includes(t) ? 2 : rest.includes(t) ? 1 : 0), 0);
    if (fits.some((f) => f && String(r.appliesTo ?? '').includes(f))) score += 3;
    return {
      id: Number(r.id),
      code: String(r.code),
      appliesTo: (r.appliesTo as string | null) ?? null,
      symptom: String(r.symptom),
      cause: (r.cause as string | null) ?? null,
      solution: String(r.solution),
      score,
      used: 0,
      fixedFirstTime: 0,
    };
  });
  hits.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const top = hits.slice(0, limit);
  const usage = await solutionUsage(
    ds,
    top.map((h) => h.id),
  );
  for (const h of top) Object.assign(h, usage.get(h.id) ?? {});
  return top;
}

/**
 * How often each solution was used on a visit, and how often it fixed the fault the first time: the
 * visit said fixed and was the request's first.
 */
export async function solutionUsage(
  ds: DataSource,
  ids: number[],
): Promise<Map<number, { used: number; fixedFirstTime: number }>> {
  const out = new Map<number, { used: number; fixedFirstTime: number }>();
  if (!ids.length) return out;
  const q = (n: string) => quote(ds, n);
  const rows: Array<{ id: number; used: number; firstFix: number }> = await ds.query(
    `SELECT v.${q('faultSolutionId')} AS id, COUNT(*) AS used,
       SUM(CASE WHEN v.${q('fixed')} = 1 AND NOT EXISTS (SELECT 1 FROM ${q('service_visit')} w WHERE w.${q('requestId')} = v.${q('requestId')} AND w.${q('voidedAt')} IS NULL AND (w.${q('arrivedAt')} < v.${q('arrivedAt')} OR (w.${q('arrivedAt')} = v.${q('arrivedAt')} AND w.${q('id')} < v.${q('id')}))) THEN 1 ELSE 0 END) AS firstFix
     FROM ${q('service_visit')} v WHERE v.${q('voidedAt')} IS NULL AND v.${q('faultSolutionId')} IN (${ids.map(() => '?').join(', ')}) GROUP BY v.${q('faultSolutionId')}`,
    ids,
  );
  for (const r of rows) out.set(Number(r.id), { used: Number(r.used), fixedFirstTime: Number(r.firstFix ?? 0) });
  return out;
}
