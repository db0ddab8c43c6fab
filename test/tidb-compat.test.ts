/**
 * What the schema and the SQL may rely on so that the same code runs on MySQL/MariaDB and on TiDB
 * (README, "Several instances" → TiDB). A static check of every SQL text the server can send: the
 * migrations and the hand-written statements. TiDB itself is not run here (not installable offline).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): Array<[string, string]> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [[p, fs.readFileSync(p, 'utf8')] as [string, string]] : [];
  });
}

/** Constructs TiDB rejects or treats differently, and why each matters. */
const NOT_ON_TIDB: Array<[RegExp, string]> = [
  [
    /CREATE\s+(DEFINER\s*=\s*\S+\s+)?(TRIGGER|PROCEDURE|FUNCTION|EVENT)\b/i,
    'TiDB has no triggers, stored procedures, stored functions or events',
  ],
  [/\bFULLTEXT\b|\bSPATIAL\b/i, 'TiDB has no FULLTEXT (before 8.x) or SPATIAL indexes'],
  [
    /\bGET_LOCK\s*\(|\bRELEASE_LOCK\s*\(/i,
    'named locks differ on TiDB before 7.x: leases use a table row (core/jobs/lease.ts)',
  ],
  [/\bLOCK\s+TABLES\b/i, 'LOCK TABLES is experimental on TiDB'],
  [
    /\bLOCK\s+IN\s+SHARE\s+MODE\b|\bFOR\s+SHARE\b/i,
    'shared locking reads are a no-op on TiDB unless enabled: use FOR UPDATE',
  ],
  [/\bSQL_CALC_FOUND_ROWS\b|\bFOUND_ROWS\s*\(/i, 'SQL_CALC_FOUND_ROWS is off on TiDB by default'],
  [/\bXA\s+(START|BEGIN|COMMIT)\b/i, 'TiDB has no XA transactions'],
  [/\bLAST_INSERT_ID\s*\(\s*\w/i, 'LAST_INSERT_ID(expr) sequences: TiDB allocates ids in per-server batches'],
];

describe('SQL that TiDB accepts as MySQL does', () => {
  const files = [...sources('server/src'), ...sources('seeds')];

  it('uses none of what TiDB lacks', () => {
    const found = files.flatMap(([file, text]) =>
      NOT_ON_TIDB.filter(([re]) => re.test(text)).map(([, why]) => `${file}: ${why}`),
    );
    expect(found).toEqual([]);
  });

  it('never takes the largest auto-increment id as the newest row: TiDB hands ids out in batches per server', () => {
    // "newest" is a time or a sequence of our own (audit seq, document numbers); id only breaks ties
    const byIdAlone = files.flatMap(([file, text]) =>
      [...text.matchAll(/ORDER BY \$\{q\('id'\)\} DESC LIMIT/g)].map(() => file),
    );
    expect(byIdAlone).toEqual([]);
  });

  it('takes row locks with FOR UPDATE only, in one place', () => {
    const users = files.filter(([, text]) => /['"`]\s*FOR UPDATE/.test(text)).map(([file]) => file);
    expect(users).toEqual([path.join('server/src/core/db/transaction.ts')]);
  });
});
