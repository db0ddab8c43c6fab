/**
 * `node dist/bench/profile-analysis.js [name] [--sqlite [DIR]]`: each analysis statement timed on its own (best of 3) against
 * the scale database, to see which one a slow query waits for. A tool for tuning, not a benchmark.
 */
import 'reflect-metadata';
import { QueryCounter } from '../server/src/core/db/query-counter.js';
import { openDatabase } from '../server/src/database.js';
import { composeApp } from '../server/src/composition.js';
import { complaintKpis } from '../server/src/modules/report/kpi.queries.js';
import { paretoGroups, PARETO_SUBJECTS, PARETO_MEASURES } from '../server/src/modules/report/pareto.queries.js';
import { reworkGroups } from '../server/src/modules/report/rework-history.queries.js';
import { benchDbFromArgs } from '../seeds/scale.js';
import { openRaw } from '../seeds/scale-target.js';

composeApp();
const db = benchDbFromArgs();
const year = new Date().getUTCFullYear() - 1;
const p = { from: `${year}-01-01`, to: `${year}-12-31` };

async function main(): Promise<void> {
  const counter = new QueryCounter();
  const ds = await openDatabase({ databaseUrl: db.url, dataDir: db.dataDir, logger: counter });
  const raw = openRaw(db, 1);
  const only = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
  const cases: Array<[string, () => Promise<unknown>]> = [
    ...PARETO_SUBJECTS.flatMap((s) =>
      PARETO_MEASURES.map(
        (m) => [`pareto ${s} ${m}`, () => paretoGroups(ds, s, m, p, null)] as [string, () => Promise<unknown>],
      ),
    ),
    ['kpis by month', () => complaintKpis(ds, p, 'MONTH', null)],
    ['rework history XD12 by part', () => reworkGroups(ds, { ...p, models: ['XD12'] }, ['PART'])],
  ];
  for (const [name, run] of cases.filter(([n]) => !only || n.includes(only))) {
    counter.keep = true;
    counter.reset();
    await run();
    const stmts = counter.statements.map((s, i) => [s, counter.params[i]] as const);
    counter.keep = false;
    console.log(`\n${name}`);
    for (const [sql, params] of stmts) {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await raw.rows(sql, params as unknown[]);
        best = Math.min(best, performance.now() - t);
      }
      console.log(`  ${best.toFixed(1).padStart(8)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  await raw.end();
  await ds.destroy();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
