// graphql-js checks every instanceof across realms unless NODE_ENV is production: measure what production runs
if (process.env.NODE_ENV !== 'production') {
  console.error('run the benchmark with NODE_ENV=production (npm run bench does)');
  process.exit(2);
}

/**
 * `npm run bench [-- --scale L|S] [--sqlite [DIR]] [--quick] [--analysis-only] [--exports-only] [--load-only]`: the figures of DESIGN.md §7,
 * each side by side with the physical limit measured in the same run, on MySQL/MariaDB (DATABASE_URL) or, with --sqlite,
 * on the embedded SQLite file. Prints a table and writes bench/results.json (bench/results.sqlite.json).
 */
import 'reflect-metadata';
import { generated } from '../seeds/demo-files.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { createApp } from '../server/src/app.js';
import { createLogger } from '../server/src/api/http/logger.js';
import { chunksOf, isLedgerPage, type Manifest } from '../server/src/api/http/client-pages.js';
import { checkSigningKey } from '../server/src/core/audit/checkpoint.js';
import { QueryCounter } from '../server/src/core/db/query-counter.js';
import { parseSort, encodeCursor } from '../server/src/core/ledger/query/sort-parser.js';
import { hydrate } from '../server/src/core/ledger/query/ledger-store.js';
import { reconcileLedger } from '../server/src/core/ledger/trail/reconcile.js';
import { openDatabase } from '../server/src/database.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { materialLineLedger } from '../server/src/modules/rework/rework.ledgers.js';
import { BENCH_PASSWORD, benchDbFromArgs, scaleLoaded, seedScale, type ScaleName } from '../seeds/scale.js';
import { describeDb, openRaw, type RawDb } from '../seeds/scale-target.js';
import { mayDrop, scriptArgs } from '../seeds/script-args.js';
import { LOAD_Q, loadPageVersusBare, PAGE_FIELDS, replayOf, wavesOf } from './load-page.js';
import { CsvRecords, rawDump, xlsxDataRows } from './export-limits.js';
import { galeraBench } from './galera.js';
import { SERVER_NODE_FLAGS } from './node-flags.js';
import { nextPort } from './ports.js';
import { snapshot } from './snapshot.js';
import { median, round, timeIt, timePair, type Figure } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const BENCH_USAGE = `npm run bench -- [--scale L|S] [--sqlite [DIR]] [--quick] [--analysis-only] [--exports-only] [--load-only] [--timeline-only] [--paint-only] [--galera] [--yes]

Measures the figures of DESIGN.md §7 on MySQL/MariaDB (DATABASE_URL, else the bench database) or, with
--sqlite, the embedded SQLite file in DIR; loads the scale first when it is not loaded, which drops
that database: the default bench database only with --yes. Writes bench/results.json.`;
const args = scriptArgs({
  usage: BENCH_USAGE,
  flags: {
    scale: 'value',
    sqlite: 'optional-value',
    quick: 'bool',
    'analysis-only': 'bool',
    'exports-only': 'bool',
    'load-only': 'bool',
    'timeline-only': 'bool',
    'paint-only': 'bool',
    galera: 'bool',
    yes: 'bool',
  },
});
const scale = String(args.scale ?? 'L').toUpperCase() as ScaleName;
const quick = process.argv.includes('--quick') || scale === 'S';
const db = benchDbFromArgs();

const figures: Figure[] = [];
const add = (f: Figure) => {
  figures.push(f);
  console.log(
    `  ${f.name}: ${f.value ?? '—'} ${f.unit}  (target ${f.target}) ${f.pass === null ? '' : f.pass ? 'PASS' : 'MISS'}${f.note ? `  ${f.note}` : ''}`,
  );
};

const PAGE_Q = `query Page($after: String, $first: Int) { complaints(first: $first, after: $after, filter: { status: { eq: INVESTIGATING } }, orderBy: [{ field: receivedAt, direction: DESC }]) {
  edges { node { ${PAGE_FIELDS.join(' ')} } } pageInfo { hasNextPage endCursor } } }`;
const DEEP_Q = `query Deep($after: String) { complaints(first: 100, after: $after, filter: { status: { eq: CLOSED } }, orderBy: [{ field: receivedAt, direction: DESC }]) {
  edges { node { ${PAGE_FIELDS.join(' ')} } } pageInfo { hasNextPage endCursor } } }`;
const TIMELINE_Q = `query T($ids: [Int!]) { serviceArchives(first: 50, filter: { id: { in: $ids } }) { edges { node { archiveNo customer { name } policy { modelName } warranty { remedy reason }
  timeline { kind title children { kind title children { kind title } } } } } } }`;

async function post(base: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

async function loginAt(base: string, user: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${user}", password: "${BENCH_PASSWORD}") { token } }` }),
  });
  return ((await res.json()) as any).data.login.token;
}

function childServer(port: number): Promise<ChildProcess> {
  // its stderr is kept only to say why it did not start: killing it under load logs the closing pool, which is not a finding
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'dist/server/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: db.url ?? '',
      DATA_DIR: path.resolve(db.dataDir),
      PORT: String(port),
      DEMO_DATA: 'off',
      NODE_ENV: 'production',
      // no scheduled escalations or inspection plans: they would change the scale data between runs
      ESCALATION_EVERY_MINUTES: '0',
      INSPECTION_PLAN_EVERY_HOURS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  child.stderr!.on('data', (d: Buffer) => (said = (said + d.toString()).slice(-600)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ServiceLedger') && resolve(child));
    child.on('exit', (c) => reject(new Error(`server exited ${c}: ${said.trim()}`)));
  });
}

const peakRss = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function cannon(
  target: string,
  body?: string,
  headers: Record<string, string> = {},
  seconds = 10,
  connections = 50,
): Promise<number> {
  const result = await autocannon({
    url: target,
    connections,
    duration: seconds,
    method: body ? 'POST' : 'GET',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return round(result.requests.average, 0);
}

/** Why the loaded scale data cannot be served here (it was signed by another AUDIT_KEY), or null. */
async function signedByAnotherKey(): Promise<string | null> {
  const ds = await openDatabase({ databaseUrl: db.url, dataDir: db.dataDir });
  try {
    return await checkSigningKey(ds, false);
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  if (process.argv.includes('--galera')) {
    console.log(`\nServiceLedger benchmark — one MariaDB server against a three-node Galera cluster\n`);
    await galeraBench(add);
    return;
  }
  const loaded = await scaleLoaded(db, scale);
  const foreignKey = loaded ? await signedByAnotherKey() : null;
  if (!loaded || foreignKey) {
    const why = foreignKey
      ? `scale ${scale} in ${describeDb(db)} cannot be served here (${foreignKey})`
      : `scale ${scale} is not loaded in ${describeDb(db)}`;
    if (!mayDrop(args)) {
      console.error(`${why}; loading it drops that database: name it in DATABASE_URL, or add --yes`);
      process.exit(2);
    }
    console.log(`${why}: loading it`);
    add({ name: 'seed time', value: round(await seedScale(db, scale), 0), unit: 's', target: 'minutes', pass: null });
  }
  console.log(`\nServiceLedger benchmark — scale ${scale}, ${describeDb(db)}\n`);
  restore = await snapshot(db);
  const counter = new QueryCounter();
  const ds = await openDatabase({ databaseUrl: db.url, dataDir: db.dataDir, logger: counter });
  // request log at production level, written where it costs what it costs but prints nothing here
  const { app, apollo } = await createApp(ds, {
    production: true,
    logger: createLogger('info', pino.destination({ dest: '/dev/null', sync: false })),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await loginAt(base, 'quality');
  const raw = openRaw(db, 4);
  const n = quick ? 60 : 300;
  const warm = quick ? 10 : 40;

  if (process.argv.includes('--exports-only')) {
    server.close();
    await Promise.all([apollo.stop(), ds.destroy()]);
    const port = await nextPort();
    const child = await childServer(port);
    await exportsAtScale(`http://127.0.0.1:${port}`, await loginAt(`http://127.0.0.1:${port}`, 'auditor'), raw, child);
    child.kill();
    await raw.end();
    return;
  }
  if (process.argv.includes('--analysis-only')) {
    await analysis(base, token, raw, counter, quick ? 15 : 60, quick ? 3 : 10);
    await reconcileAtScale(ds);
    await dossierAtScale(await nextPort());
    server.close();
    await Promise.all([apollo.stop(), ds.destroy(), raw.end()]);
    return;
  }

  if (process.argv.includes('--paint-only')) {
    server.close();
    await Promise.all([apollo.stop(), ds.destroy(), raw.end()]);
    await firstRows(await nextPort());
    return;
  }
  if (process.argv.includes('--timeline-only')) {
    await timelineAtScale(base, token, raw, counter, warm);
    server.close();
    await Promise.all([apollo.stop(), ds.destroy(), raw.end()]);
    return;
  }

  // the load page's statements, in their waves, for the bare endpoint of measure 6 (after one warm request)
  await post(base, token, LOAD_Q, { first: 100 });
  counter.keep = true;
  counter.reset();
  await post(base, token, LOAD_Q, { first: 100 });
  const loadWaves = replayOf(wavesOf(counter));
  counter.keep = false;
  if (process.argv.includes('--load-only')) {
    server.close();
    await Promise.all([apollo.stop(), ds.destroy()]);
    const port = await nextPort();
    const child = await childServer(port);
    const cbase = `http://127.0.0.1:${port}`;
    await loadPageVersusBare({
      base: cbase,
      token: await loginAt(cbase, 'auditor'),
      waves: loadWaves,
      db,
      seconds: quick ? 3 : 10,
      rounds: 3,
      samples: quick ? 60 : 200,
      add,
    });
    child.kill();
    await raw.end();
    return;
  }

  // 1. ledger page of 100, one filter + one sort, vs raw mysql2 running the same SQL
  counter.keep = true;
  counter.reset();
  await post(base, token, PAGE_Q, { first: 100 });
  const pageSql = counter.statements.find((s) => /FROM [`"]complaint[`"]/.test(s))!;
  const pageParams = counter.params[counter.statements.indexOf(pageSql)] ?? [];
  counter.keep = false;
  // GraphQL and raw samples interleaved, so both see the same machine
  const [gqlPage, rawPage] = await timePair(
    () => post(base, token, PAGE_Q, { first: 100 }),
    () => raw.rows(pageSql, pageParams),
    n,
    warm,
  );
  add({ name: '1. page of 100 via GraphQL p50', value: gqlPage.p50, unit: 'ms', target: '—', pass: null });
  add({
    name: '1. page of 100 via GraphQL p95',
    value: gqlPage.p95,
    unit: 'ms',
    target: '≤ 25',
    pass: gqlPage.p95 <= 25,
  });
  add({ name: `1. raw ${raw.kind} same SQL p95`, value: rawPage.p95, unit: 'ms', target: '—', pass: null });
  add({
    name: '1. ratio GraphQL / raw (p95)',
    value: round(gqlPage.p95 / rawPage.p95),
    unit: '×',
    target: '≤ 2',
    pass: gqlPage.p95 / rawPage.p95 <= 2,
  });

  // 2. keyset depth: a filtered page (closed complaints, newest first) 5,000 and 100,000 rows deep vs its page 1
  const keys = parseSort(complaintLedger, [{ field: 'receivedAt', direction: 'DESC' }]);
  const filtered = Number(
    (await raw.rows("SELECT COUNT(*) AS n FROM `complaint` WHERE `status` = 'CLOSED' AND `voidedAt` IS NULL"))[0].n,
  );
  const firstPage = await timeIt(() => post(base, token, DEEP_Q, {}), n, warm);
  for (const want of [5_000, 100_000]) {
    const depth = Math.min(want, filtered - 101);
    if (depth < 1) continue;
    const deepRows = await raw.rows(
      "SELECT * FROM `complaint` WHERE `status` = 'CLOSED' AND `voidedAt` IS NULL ORDER BY `receivedAt` DESC, `id` DESC LIMIT 1 OFFSET ?",
      [depth - 1],
    );
    const cursor = encodeCursor(keys, hydrate(complaintLedger, deepRows[0]));
    const deep = await timeIt(() => post(base, token, DEEP_Q, { after: cursor }), n, warm);
    add({
      name: `2. filtered page ${depth.toLocaleString('en')} rows deep p95`,
      value: deep.p95,
      unit: 'ms',
      target: '—',
      pass: null,
    });
    add({
      name: `2. ratio ${depth.toLocaleString('en')} deep / page 1 (p95)`,
      value: round(deep.p95 / firstPage.p95),
      unit: '×',
      target: '≤ 1.5',
      pass: deep.p95 / firstPage.p95 <= 1.5,
      note: depth < want ? `only ${filtered.toLocaleString('en')} rows match` : '',
    });
  }

  await timelineAtScale(base, token, raw, counter, warm);

  // 4. batch save: 5,000 changed cells over 1,000 rows, audit included, one transaction; median of 5 over distinct rows
  // (cells no approval vouches for: an approved complaint's answer may no longer change)
  const rows = await raw.rows(
    'SELECT `id`, `version` FROM `complaint` WHERE `voidedAt` IS NULL ORDER BY `id` DESC LIMIT 5000',
  );
  const saveToken = await loginAt(base, 'quality');
  const saveTimes: number[] = [];
  let saveProblem = '';
  for (let run = 0; run < Math.min(5, Math.floor(rows.length / 1000)); run++) {
    const stamp = Date.now();
    const updates = rows.slice(run * 1000, run * 1000 + 1000).map((r) => ({
      id: Number(r.id),
      version: Number(r.version),
      values: {
        remark: `基准 ${stamp}`,
        description: `基准测试的投诉内容 ${stamp}`,
        contactEmail: 'bench@example.com',
        contactName: '基准测试',
        responsibleDept: '品质部',
      },
    }));
    const saveStart = Date.now();
    const saved = await post(
      base,
      saveToken,
      `mutation($i: SaveComplaintInput!) { saveComplaints(input: $i) { ok errors { code message } saved { id } } }`,
      { i: { updates } },
    );
    saveTimes.push(Date.now() - saveStart);
    if (!saved.saveComplaints.ok) saveProblem = JSON.stringify(saved.saveComplaints.errors[0]);
  }
  const saveMs = median(saveTimes);
  add({
    name: '4. batch save 5,000 cells / 1,000 rows (median of 5)',
    value: saveMs,
    unit: 'ms',
    target: '≤ 1500',
    pass: !saveProblem && saveMs <= 1500,
    note: saveProblem || `runs ${saveTimes.join(', ')}`,
  });

  // 8. analysis: each query p95 over a year of scale data, beside the same statements run raw (in parallel, as the resolvers run them)
  await analysis(base, token, raw, counter, quick ? 15 : 60, quick ? 3 : 10);
  // 9. the auditor: the complaint ledger held against the whole trail, and a dossier
  await reconcileAtScale(ds);
  await dossierAtScale(await nextPort());
  // the event loop of this server over everything above (its own figure, from /readyz)
  const loop = ((await (await fetch(`${base}/readyz`)).json()) as { eventLoop: { p99Ms: number; maxMs: number } })
    .eventLoop;
  add({
    name: 'event loop held, pages, saves and analysis (p99)',
    value: loop.p99Ms,
    unit: 'ms',
    target: '≤ 100',
    pass: loop.p99Ms <= 100,
    note: `worst ${loop.maxMs} ms`,
  });

  server.close();
  await apollo.stop();
  await ds.destroy();

  // 5 and 6 against a server in its own process (its RSS, and load from this one)
  const port = await nextPort();
  const child = await childServer(port);
  const cbase = `http://127.0.0.1:${port}`;
  const ctoken = await loginAt(cbase, 'auditor');
  await exportsAtScale(cbase, ctoken, raw, child);
  await attachmentThroughput(cbase, child);
  const seconds = quick ? 3 : 10;
  const ours = await loadPageVersusBare({
    base: cbase,
    token: ctoken,
    waves: loadWaves,
    db,
    seconds,
    rounds: 3,
    samples: quick ? 60 : 200,
    add,
  });
  child.kill();
  const body = JSON.stringify({ query: LOAD_Q, variables: { first: 100 } });
  if (db.url) await twoInstances(await nextPort(), await nextPort(), body, seconds, ours);

  // 7. client: bundle sizes, and the complaint ledger's first 100 rows in headless Chromium
  // the sign-in bundle, and everything a ledger page needs on top (its chunk and what it imports, AG Grid among them)
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist/client/.vite/manifest.json'), 'utf8')) as Manifest;
  const filesOf = (c: { scripts: string[]; styles: string[] }) => [...c.scripts, ...c.styles];
  const gzKb = (files: string[]) =>
    [...new Set(files)].reduce(
      (n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(root, 'dist/client', f))).length / 1024,
      0,
    );
  const signIn = filesOf(chunksOf(manifest, (c) => !!c.isEntry));
  const ledgerPage = [...signIn, ...filesOf(chunksOf(manifest, isLedgerPage))];
  add({
    name: '7. sign-in and 我的待办 bundle',
    value: round(gzKb(signIn), 1),
    unit: 'KB gz',
    target: '—',
    pass: null,
  });
  add({
    name: '7. first ledger page bundle (all it loads)',
    value: round(gzKb(ledgerPage), 1),
    unit: 'KB gz',
    target: '≤ 400',
    pass: gzKb(ledgerPage) <= 400,
  });
  await firstRows(await nextPort()).catch((e) =>
    add({
      name: '7. first 100 rows visible',
      value: null,
      unit: 'ms',
      target: '≤ 1000',
      pass: null,
      note: `not measured: ${(e as Error).message}`,
    }),
  );

  await raw.end();
  const out = {
    scale,
    database: describeDb(db),
    at: new Date().toISOString(),
    seconds: round((Date.now() - t0) / 1000, 0),
    figures,
  };
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(
    path.join(root, db.url ? 'bench/results.json' : 'bench/results.sqlite.json'),
    `${JSON.stringify(out, null, 2)}\n`,
  );
  console.log('\n| measure | value | unit | target | result |\n|---|---|---|---|---|');
  for (const f of figures)
    console.log(
      `| ${f.name} | ${f.value ?? '—'} | ${f.unit} | ${f.target} | ${f.pass === null ? '' : f.pass ? 'pass' : 'miss'}${f.note ? ` ${f.note}` : ''} |`,
    );
  console.log(JSON.stringify(out));
}

const year = new Date().getUTCFullYear() - 1;
const ANALYSIS: Array<[string, string, Record<string, unknown>]> = [
  ...['COMPLAINT_CAUSE', 'DEFECT_CAUSE', 'PART', 'PRODUCT_MODEL', 'CUSTOMER'].flatMap((subject) =>
    ['COUNT', 'COST'].map(
      (measure) =>
        [
          `pareto ${subject} ${measure}`,
          `query($s: ParetoSubject!, $m: ParetoMeasure!) { pareto(subject: $s, measure: $m, from: "${year}-01-01", to: "${year}-12-31") { total items { key value share drill { filter } } } }`,
          { s: subject, m: measure },
        ] as [string, string, Record<string, unknown>],
    ),
  ),
  [
    'complaintKpis, 12 months by month',
    `{ complaintKpis(from: "${year}-01-01", to: "${year}-12-31", groupBy: MONTH) { rows { key received closed timelinessRate satisfactionRate medianFirstResponseHours repeatRate overdueOpen yoyChange } totals { received timelinessRate } } }`,
    {},
  ],
  [
    'reworkHistory, a model and a year by part',
    `{ reworkHistory(filter: { from: "${year}-01-01", to: "${year}-12-31", models: ["XD12"] }, groupBy: [PART]) { totals { reworks totalCost } groups { key reworks materialCost drill { filter } } } }`,
    {},
  ],
];

/** 3. The timeline of 50 archives: statements for 1 and for 50, p95, and its ratio to the same statements run raw in their waves. */
async function timelineAtScale(
  base: string,
  token: string,
  raw: RawDb,
  counter: QueryCounter,
  warm: number,
): Promise<void> {
  const withReturns = await raw.rows(
    'SELECT DISTINCT `archiveId` AS id FROM `return_order` ORDER BY `archiveId` LIMIT 50',
  );
  const ids: number[] = withReturns.map((x) => Number(x.id));
  counter.keep = true;
  counter.reset();
  await post(base, token, TIMELINE_Q, { ids: ids.slice(0, 1) });
  const one = counter.count;
  counter.reset();
  await post(base, token, TIMELINE_Q, { ids });
  const fifty = counter.count;
  // the statements in the waves the server issued them (a loader's batch at once, the next level after it)
  const waves = wavesOf(counter);
  counter.keep = false;
  const replayWaves = async () => {
    for (const wave of waves) await Promise.all(wave.map(([sql, p]) => raw.rows(sql, p)));
  };
  const [gqlTimeline, rawTimeline] = await timePair(
    () => post(base, token, TIMELINE_Q, { ids }),
    replayWaves,
    quick ? 20 : 100,
    warm,
  );
  add({
    name: '3. timeline SQL statements, 1 archive',
    value: one,
    unit: 'stmts',
    target: '= 50 archives',
    pass: one === fifty,
  });
  add({
    name: '3. timeline SQL statements, 50 archives',
    value: fifty,
    unit: 'stmts',
    target: 'constant',
    pass: one === fifty,
  });
  add({
    name: '3. timeline of 50 p95',
    value: gqlTimeline.p95,
    unit: 'ms',
    target: '—',
    pass: null,
    note: `raw replay in ${waves.length} waves: ${rawTimeline.p95} ms`,
  });
  add({
    name: '3. ratio GraphQL / raw statements (p95)',
    value: round(gqlTimeline.p95 / rawTimeline.p95),
    unit: '×',
    target: '≤ 2',
    pass: gqlTimeline.p95 / rawTimeline.p95 <= 2,
  });
}

async function analysis(
  base: string,
  token: string,
  raw: RawDb,
  counter: QueryCounter,
  n: number,
  warm: number,
): Promise<void> {
  for (const [name, query, variables] of ANALYSIS) {
    counter.keep = true;
    counter.reset();
    await post(base, token, query, variables);
    // the session lookup is not the analysis: replay only the statements that read the ledgers
    const replay = counter.statements
      .map((sql, i) => [sql, counter.params[i]] as const)
      .filter(([sql]) => !/app_session|app_user/.test(sql));
    counter.keep = false;
    const gql = await timeIt(() => post(base, token, query, variables), n, warm);
    const bare = await timeIt(() => Promise.all(replay.map(([sql, p]) => raw.rows(sql, p as unknown[]))), n, warm);
    add({
      name: `8. ${name} p95`,
      value: gql.p95,
      unit: 'ms',
      target: '≤ 300',
      pass: gql.p95 <= 300,
      note: `raw ${bare.p95} ms, ${replay.length} stmts`,
    });
  }
}

/** A dossier of 1,000 archives from a server in its own process: rows/s of the whole workbook and that server's peak RSS. */
async function dossierAtScale(port: number): Promise<void> {
  const child = await childServer(port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const token = await loginAt(base, 'auditor');
    const start = Date.now();
    const res = await fetch(
      `${base}/export/dossier.xlsx?filter=${encodeURIComponent(JSON.stringify({ id: { lte: 1000 } }))}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
    const secs = round((Date.now() - start) / 1000, 1);
    const rss = round(peakRss(child.pid!), 0);
    add({
      name: `9. dossier of 1,000 archives (${(bytes / 1e6).toFixed(1)} MB)`,
      value: secs,
      unit: 's',
      target: '—',
      pass: res.ok ? null : false,
      note: `HTTP ${res.status}`,
    });
    add({ name: '9. server peak RSS during the dossier', value: rss, unit: 'MB', target: '≤ 250', pass: rss <= 250 });
  } finally {
    child.kill();
  }
}

async function reconcileAtScale(ds: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM `audit_event`');
  const start = Date.now();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const report = await reconcileLedger(ds, complaintLedger, {
    limit: 10,
    role: null,
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
  });
  const secs = round((Date.now() - start) / 1000, 1);
  add({
    name: `9. reconcile complaint (${report.checked.toLocaleString()} rows, ${Number(n).toLocaleString()} events)`,
    value: secs,
    unit: 's',
    target: '≤ 60',
    pass: secs <= 60,
    note: `${report.differing.toLocaleString()} rows differ (scale rows are bulk-loaded, no trail); RSS +${Math.round((peak - rss0) / 1e6)} MB`,
  });
}

/** 5. The two largest ledgers exported four times in a row (CSV then XLSX), and the server's peak RSS over them. */
async function exportsAtScale(cbase: string, ctoken: string, raw: RawDb, child: ChildProcess): Promise<void> {
  const rounds = quick ? 1 : 3;
  const ledgers = { materialLine: materialLineLedger, complaint: complaintLedger } as const;
  await fetch(`${cbase}/readyz`); // a new window of the event-loop histogram: the exports' own
  for (const [name, ledger] of Object.entries(ledgers)) {
    const rate = { raw: [] as number[], csv: [] as number[], xlsx: [] as number[] };
    let written = '';
    for (let round_ = 0; round_ < rounds; round_++) {
      const dump = await rawDump(db, ledger);
      rate.raw.push(dump.rows / dump.secs);
      for (const format of ['csv', 'xlsx'] as const) {
        const file = path.join(os.tmpdir(), `bench-export-${process.pid}.${format}`);
        const start = process.hrtime.bigint();
        const res = await fetch(`${cbase}/export/${name}.${format}`, {
          headers: { authorization: `Bearer ${ctoken}` },
        });
        const csv = new CsvRecords();
        const out = fs.createWriteStream(file);
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          if (format === 'csv') csv.add(chunk);
          else if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
        }
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        await new Promise<void>((r) => out.end(() => r()));
        // rows counted from the file: CSV records less the header, XLSX sheet rows less each sheet's header
        const rows =
          format === 'csv' ? csv.records - 1 : await xlsxDataRows(file, Math.max(1, Math.ceil(dump.rows / 1_048_575)));
        fs.rmSync(file, { force: true });
        rate[format].push(rows / secs);
        written = `${rows.toLocaleString('en')} rows (the dump ${dump.rows.toLocaleString('en')})`;
      }
    }
    const limit = median(rate.raw);
    add({
      name: `5. raw dump of ${name}'s columns and joins (${raw.kind === 'mysql' ? 'mysql --batch --quick' : 'sqlite3'})`,
      value: round(limit, 0),
      unit: 'rows/s',
      target: '—',
      pass: null,
      note: `rounds ${rate.raw.map((x) => round(x, 0)).join(', ')}`,
    });
    for (const [format, target] of [
      ['csv', 0.9],
      ['xlsx', 0.5],
    ] as const) {
      const ratios = rate[format].map((x, i) => x / rate.raw[i]);
      add({
        name: `5. export ${name} ${format.toUpperCase()} / raw dump`,
        value: round(median(ratios)),
        unit: '×',
        target: `≥ ${target}`,
        pass: median(ratios) >= target,
        note: `${round(median(rate[format]), 0)} rows/s, rounds ${ratios.map((x) => round(x)).join(', ')}; ${written}`,
      });
    }
  }
  const loop = ((await (await fetch(`${cbase}/readyz`)).json()) as { eventLoop: { p99Ms: number; maxMs: number } })
    .eventLoop;
  add({
    name: '5. event loop held during the exports (worst)',
    value: loop.maxMs,
    unit: 'ms',
    target: '≤ 100',
    pass: loop.maxMs <= 100,
    note: `p99 ${loop.p99Ms} ms`,
  });
  const rss = round(peakRss(child.pid!), 0);
  add({
    name: `5. server peak RSS over ${rounds * 4} exports`,
    value: rss,
    unit: 'MB',
    target: '≤ 250',
    pass: rss <= 250,
  });
}

/** 11. A 50 MB attachment up and down through the server in its own process: throughput, and its resident memory meanwhile. */
async function attachmentThroughput(base: string, child: ChildProcess): Promise<void> {
  const token = await loginAt(base, 'clerk');
  const id = (await post(base, token, '{ complaints(first: 1) { edges { node { id } } } }')).complaints.edges[0].node
    .id;
  const rss = () =>
    Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const size = 50 * 1048576;
  // two files: the first grows the process once (V8 frees the driver's packet buffers only after tens of
  // MB of them), the second shows what each further file costs; both are printed
  const growth: number[] = [];
  let up = 0;
  let down = 0;
  let status = 0;
  let bytes = 0;
  for (const nth of [1, 2]) {
    await new Promise((r) => setTimeout(r, 300));
    const base0 = rss();
    let peak = base0;
    const sample = setInterval(() => (peak = Math.max(peak, rss())), 10);
    const file = generated(size);
    let start = Date.now();
    const res = await fetch(`${base}/attachments/complaint/${id}?category=TEST_REPORT&name=bench-${nth}.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: file.body,
      duplex: 'half',
    } as RequestInit);
    up = (Date.now() - start) / 1000;
    status = res.status;
    const { attachment } = (await res.json()) as { attachment?: { id: number } };
    start = Date.now();
    bytes = 0;
    if (attachment)
      for await (const c of (
        await fetch(`${base}/attachments/${attachment.id}`, { headers: { authorization: `Bearer ${token}` } })
      ).body as unknown as AsyncIterable<Uint8Array>)
        bytes += c.length;
    down = (Date.now() - start) / 1000;
    clearInterval(sample);
    growth.push(round(peak - base0, 1));
  }
  add({
    name: '11. attachment upload, 50 MB',
    value: round(50 / up, 1),
    unit: 'MB/s',
    target: '—',
    pass: status === 201 ? null : false,
    note: `HTTP ${status}`,
  });
  add({
    name: '11. attachment download, 50 MB',
    value: round(bytes / 1048576 / down, 1),
    unit: 'MB/s',
    target: '—',
    pass: bytes === size ? null : false,
  });
  add({
    name: '11. server RSS growth over a further 50 MB file',
    value: growth[1],
    unit: 'MB',
    target: '≤ 30',
    pass: growth[1] <= 30,
    note: `the process's first 50 MB file: +${growth[0]} MB`,
  });
}

/** 10. The same page load spread over two instances on the one database (what a load balancer does), against one. */
async function twoInstances(port: number, port2: number, body: string, seconds: number, one: number): Promise<void> {
  const children = [await childServer(port), await childServer(port2)];
  try {
    const tokens = await Promise.all([port, port2].map((p) => loginAt(`http://127.0.0.1:${p}`, 'auditor')));
    const each = await Promise.all(
      [port, port2].map((p, i) =>
        cannon(`http://127.0.0.1:${p}/graphql`, body, { authorization: `Bearer ${tokens[i]}` }, seconds, 25),
      ),
    );
    const two = each[0] + each[1];
    add({
      name: '10. page under 50 connections, two instances',
      value: two,
      unit: 'req/s',
      target: '—',
      pass: null,
      note: `one instance ${one} req/s: ${round(two / one)}× on ${os.cpus().length} cores`,
    });
  } finally {
    for (const c of children) c.kill();
  }
}

/** Time from navigation to the complaint ledger showing its first 100 rows loaded. */
async function firstRows(port: number): Promise<void> {
  const { chromium } = await import('playwright-core');
  const child = await childServer(port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const token = await loginAt(base, 'clerk');
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const open = async (page: import('playwright-core').Page): Promise<number> => {
      const start = Date.now();
      await page.goto(`${base}/complaint`);
      await page.locator('[data-test=footer]', { hasText: '已加载 100' }).waitFor({ timeout: 20_000 });
      await page.locator('.ag-row[row-index="0"][row-id]').waitFor();
      return Date.now() - start;
    };
    // a fresh context (empty HTTP cache) signed in: what a clerk sees after opening the bookmark in the morning
    const coldContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/healthz`);
      await page.evaluate((t: string) => {
        const g = globalThis as unknown as Record<'localStorage', { setItem(k: string, v: string): void }>;
        g.localStorage.setItem('sl.token', t);
        g.localStorage.setItem(
          'sl.user',
          JSON.stringify({
            id: 2,
            username: 'clerk',
            displayName: '王丽',
            role: 'CLERK',
            departmentId: null,
            mustChangePassword: false,
          }),
        );
      }, token);
      return { context, page };
    };
    // rounds of seven cold opens each, the target held in every round; then seven warm ones (assets cached)
    const rounds = quick ? 1 : 3;
    const coldMedians: number[] = [];
    const coldRuns: number[][] = [];
    const warmRuns: number[] = [];
    for (let round_ = 0; round_ < rounds; round_++) {
      const runs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const { context, page } = await coldContext();
        runs.push(await open(page));
        if (round_ === rounds - 1 && i === 6) for (let j = 0; j < 7; j++) warmRuns.push(await open(page));
        await context.close();
      }
      coldRuns.push(runs);
      coldMedians.push(median(runs));
    }
    await browser.close();
    add({
      name: `7. first 100 rows visible, cold context (median of 7, worst of ${rounds} rounds)`,
      value: Math.max(...coldMedians),
      unit: 'ms',
      target: '≤ 1000 every round',
      pass: coldMedians.every((m) => m <= 1000),
      note: `round medians ${coldMedians.join(', ')}; runs ${coldRuns.map((r) => r.join(' ')).join(' | ')}`,
    });
    add({
      name: '7. first 100 rows visible, warm (median of 7)',
      value: median(warmRuns),
      unit: 'ms',
      target: '≤ 400',
      pass: median(warmRuns) <= 400,
      note: `runs ${warmRuns.join(', ')}`,
    });
  } finally {
    child.kill();
  }
}

/** Puts the scale data back as the run found it (see snapshot.ts), once every server of the run has stopped. */
let restore: (() => Promise<void>) | null = null;

main().then(
  async () => {
    await new Promise((r) => setTimeout(r, 500)); // the servers killed last are gone
    await restore?.();
    process.exit(0);
  },
  async (e) => {
    console.error(e);
    await restore?.().catch((r: Error) => console.error('restoring the scale data failed:', r.message));
    process.exit(1);
  },
);
