// Measure 6: the ledger page a user loads — 10 fields and two references — under 50 connections, against a bare
// http + driver endpoint running the same statements (the session lookup included) and answering the same bytes.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { QueryCounter } from '../server/src/core/db/query-counter.js';
import type { ReplayedStatement } from './bare-server.js';
import { SERVER_NODE_FLAGS } from './node-flags.js';
import { nextPort } from './ports.js';
import { median, round, timePair, type Figure } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export const PAGE_FIELDS = [
  'id',
  'complaintNo',
  'receivedAt',
  'channel',
  'customerId',
  'kind',
  'description',
  'handlingScope',
  'dueAt',
  'status',
];
const ORDER = [{ field: 'receivedAt', direction: 'DESC' }];
const REFS = [
  { field: 'customer', idField: 'customerId', fields: ['name'], table: 'customer' },
  { field: 'archive', idField: 'archiveId', fields: ['archiveNo'], table: 'service_archive' },
];
/** The page with its references, as the grid asks it (the customer's name, the unit's archive no.). */
export const LOAD_Q = `query Page($first: Int) { complaints(first: $first, filter: { status: { eq: INVESTIGATING } }, orderBy: [{ field: receivedAt, direction: DESC }]) {
  edges { node { ${PAGE_FIELDS.join(' ')} ${REFS.map((r) => `${r.field} { ${r.fields.join(' ')} }`).join(' ')} } } pageInfo { hasNextPage endCursor } } }`;

/** The statements a request ran, in the waves it ran them (issued within half a millisecond of each other). */
export function wavesOf(counter: QueryCounter): Array<Array<readonly [string, unknown[]]>> {
  const waves: Array<Array<readonly [string, unknown[]]>> = [];
  counter.statements.forEach((s, i) => {
    if (!waves.length || counter.at[i] - counter.at[i - 1] > 0.5) waves.push([]);
    waves.at(-1)!.push([s, counter.params[i]] as const);
  });
  return waves;
}

/**
 * What each of the load page's statements is for, so the bare endpoint can build the same answer from
 * them: what comes before the page (the session) one after another, the page, then every reference at
 * once — as the server issues them (its loaders' batches start in one turn of the event loop).
 */
export function replayOf(waves: Array<Array<readonly [string, unknown[]]>>): ReplayedStatement[][] {
  const from = (sql: string, table: string) => new RegExp(`FROM [\`"]${table}[\`"]`).test(sql);
  const statements = waves.flat().map(([sql, params]): ReplayedStatement => {
    const ref = REFS.find((r) => from(sql, r.table));
    const use: ReplayedStatement['use'] = from(sql, 'complaint')
      ? 'page'
      : ref
        ? { field: ref.field, idField: ref.idField, fields: ref.fields }
        : null;
    return { sql, params, use };
  });
  const page = statements.findIndex((x) => x.use === 'page');
  const isRef = (x: ReplayedStatement) => x.use !== null && x.use !== 'page';
  return [
    ...statements.slice(0, page).map((x) => [x]),
    [statements[page]],
    statements.slice(page + 1).filter(isRef),
    ...statements
      .slice(page + 1)
      .filter((x) => !isRef(x))
      .map((x) => [x]),
  ].filter((w) => w.length);
}

const cannon = async (url: string, body: string | undefined, headers: Record<string, string>, seconds: number) => {
  const r = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    method: body ? 'POST' : 'GET',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return r.requests.average;
};

const loopOf = async (base: string) =>
  ((await (await fetch(`${base}/readyz`)).json()) as { eventLoop: { p99Ms: number } }).eventLoop.p99Ms;

const range = (xs: number[], d = 0) => `${round(Math.min(...xs), d)}–${round(Math.max(...xs), d)}`;

/**
 * Our server (its own process, at `base`) and the bare endpoint (another) side by side: the same bytes checked,
 * single-request latency interleaved, then `rounds` rounds of load, ours and bare alternately, each with its range.
 * Answers our median req/s.
 */
export async function loadPageVersusBare(o: {
  base: string;
  token: string;
  waves: ReplayedStatement[][];
  db: { url: string | null; dataDir: string };
  seconds: number;
  rounds: number;
  samples: number;
  add: (f: Figure) => void;
}): Promise<number> {
  const port = await nextPort();
  const bare = fork(path.join(here, 'bare-server.js'), {
    execArgv: SERVER_NODE_FLAGS,
    env: {
      ...process.env,
      BARE_URL: o.db.url ?? '',
      BARE_DATA_DIR: o.db.dataDir,
      BARE_WAVES: JSON.stringify(o.waves),
      BARE_FIELDS: JSON.stringify(PAGE_FIELDS),
      BARE_ORDER: JSON.stringify(ORDER),
      PORT: String(port),
    },
  });
  try {
    await new Promise((r) => bare.once('message', r));
    const bareUrl = `http://127.0.0.1:${port}/`;
    const body = JSON.stringify({ query: LOAD_Q, variables: { first: 100 } });
    const headers = { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' };
    const ours = () => fetch(`${o.base}/graphql`, { method: 'POST', headers, body }).then((r) => r.text());
    const theirs = () => fetch(bareUrl).then((r) => r.text());
    const [a, b] = [await ours(), await theirs()];
    const at = [...a].findIndex((ch, i) => ch !== b[i]);
    o.add({
      name: '6. the page with references: GraphQL and bare answer the same bytes',
      value: a === b ? 1 : 0,
      unit: 'yes',
      target: '1',
      pass: a === b,
      note: `${round(Buffer.byteLength(a) / 1024, 1)} KB, ${o.waves.flat().length} statements in ${o.waves.length} waves${a === b ? '' : `; differ at ${at}: ${a.slice(at, at + 60)} | ${b.slice(at, at + 60)}`}`,
    });
    const [gql, raw] = await timePair(ours, theirs, o.samples, 20);
    o.add({
      name: '6. page with references p50, one request at a time',
      value: gql.p50,
      unit: 'ms',
      target: `≤ 1.5 × bare (${raw.p50} ms)`,
      pass: gql.p50 <= 1.5 * raw.p50,
      note: `ratio ${round(gql.p50 / raw.p50)}`,
    });
    const mine: number[] = [];
    const limit: number[] = [];
    const loops: number[] = [];
    for (let round_ = 0; round_ < o.rounds; round_++) {
      await loopOf(o.base); // a new window of the event-loop histogram
      mine.push(await cannon(`${o.base}/graphql`, body, headers, o.seconds));
      loops.push(await loopOf(o.base));
      limit.push(await cannon(bareUrl, undefined, {}, o.seconds));
    }
    const ratios = mine.map((m, i) => m / limit[i]);
    o.add({
      name: '6. page with references, 50 connections, GraphQL',
      value: round(median(mine), 0),
      unit: 'req/s',
      target: '—',
      pass: null,
      note: `rounds ${range(mine)}`,
    });
    o.add({
      name: '6. same statements, bare http + driver',
      value: round(median(limit), 0),
      unit: 'req/s',
      target: '—',
      pass: null,
      note: `rounds ${range(limit)}`,
    });
    o.add({
      name: '6. ratio GraphQL / bare (median of rounds)',
      value: round(median(ratios)),
      unit: '×',
      target: '≥ 0.8',
      pass: median(ratios) >= 0.8,
      note: `rounds ${range(ratios, 2)}`,
    });
    o.add({
      name: '6. event loop delay under that load (p99, worst round)',
      value: Math.max(...loops),
      unit: 'ms',
      target: '—',
      pass: null,
      note: `rounds ${loops.join(', ')}`,
    });
    // Directus 39 on the same page, same machine, measured in turn 3 (issue 29): 79–100 req/s
    o.add({
      name: '6. versus Directus on the same page (its 100 req/s, the best measured)',
      value: round(median(mine) / 100, 1),
      unit: '×',
      target: '≥ 3',
      pass: median(mine) / 100 >= 3,
    });
    return median(mine);
  } finally {
    bare.kill();
  }
}
