import mysql from 'mysql2';
import type { DataSource } from 'typeorm';

/**
 * Several database servers that hold the same data (a Galera cluster): `DATABASE_URL` names them all,
 * `mysql://user:pass@host1:3306,host2:3306,host3:3306/db`. Every instance sends all its work to the
 * first node in that order that is healthy — synced with the cluster and in its primary component —
 * and moves to the next one when it stops answering or leaves the cluster.
 *
 * Why one node at a time rather than spreading writes: Galera lets two nodes commit conflicting
 * transactions and refuses one of them only at commit. Every save appends to the audit trail's one
 * head row and takes numbers from one sequence row, so writes spread over nodes would mostly be
 * refused and retried. Pinned to one node they wait on row locks as on a single server, and the other
 * nodes are synchronous standbys that hold every committed transaction. All instances choose the same
 * node, because they read the same list in the same order.
 */

export type NodeState = 'synced' | 'plain' | 'joining' | 'donor' | 'not-primary' | 'down';

export interface ClusterNodeStatus {
  name: string;
  state: NodeState;
  /** Galera's own words for the state (wsrep_local_state_comment), or the error reaching it. */
  detail: string;
  /** Nodes in the cluster as this node sees it (wsrep_cluster_size). */
  clusterSize: number | null;
  inUse: boolean;
}

interface ClusterNode {
  name: string;
  host: string;
  port: number;
  pool: mysql.Pool;
  state: NodeState;
  detail: string;
  clusterSize: number | null;
  /** Since when it has been healthy (a node that comes back gets work only once it has stayed synced). */
  healthySince: number | null;
  /** Checks in a row that got no answer in time (a busy node is not a dead one: two are needed). */
  slowChecks: number;
}

/** SL_NO_TX_RETRY=1 turns every retry off: the Galera test proves with it that it fails without them. */
export const retryOff = () => process.env.SL_NO_TX_RETRY === '1';

const healthy = (n: ClusterNode) => n.state === 'synced' || n.state === 'plain';
/**
 * Still serving: a node donating a state transfer to a rejoining one stays in the primary component and
 * answers. The node in use is not left for that (instances that saw the short donor state and those
 * that did not would otherwise part, and write on two nodes); a node is chosen anew only when synced.
 */
const serving = (n: ClusterNode) => healthy(n) || n.state === 'donor';

/** The hosts of a multi-host `DATABASE_URL` (null when it names one host). */
export function clusterHosts(url: string): Array<{ host: string; port: number }> | null {
  const m = /^mysql:\/\/(?:[^@/]*@)?([^/]+)\//.exec(url);
  if (!m || !m[1].includes(',')) return null;
  return m[1].split(',').map((hp) => {
    const [host, port] = hp.trim().split(':');
    return { host, port: port ? Number(port) : 3306 };
  });
}

/** The URL with only its first host, for what needs one server's address (TypeORM parses it). */
export function firstHostUrl(url: string): string {
  return url.replace(/^(mysql:\/\/(?:[^@/]*@)?)([^,/]+)(?:,[^/]*)?\//, '$1$2/');
}

/** Errors that say the node is gone or not serving (as opposed to an error of the statement). */
export function isNodeFailure(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; fatal?: boolean; driverError?: unknown };
  const inner = (err?.driverError ?? err) as { code?: string; errno?: number; fatal?: boolean };
  if (!inner) return false;
  if (inner.fatal) return true;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'PROTOCOL_CONNECTION_LOST'].includes(
      inner.code ?? '',
    ) ||
    // 1047: WSREP has not yet prepared node for application use; 1053 shutting down; 1927 connection killed
    [1047, 1053, 1927].includes(inner.errno ?? 0)
  );
}

export interface ClusterPoolOptions {
  /** How often each node is asked for its state. */
  checkEveryMs: number;
  /** A node that comes back gets work again once it has been healthy this long. */
  failbackAfterMs: number;
}

const DEFAULTS: ClusterPoolOptions = { checkEveryMs: 1000, failbackAfterMs: 10_000 };

/**
 * Stands where TypeORM's MySQL driver keeps its pool (`getConnection`, `query`, `end`): one mysql2
 * pool per node, each connection taken from the node in use.
 */
export class ClusterPool {
  readonly nodes: ClusterNode[];
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private current: ClusterNode | null = null;
  /** Failovers so far (the test and /readyz report them). */
  switches = 0;

  constructor(
    hosts: Array<{ host: string; port: number }>,
    connection: mysql.PoolOptions,
    private readonly opts: ClusterPoolOptions = DEFAULTS,
  ) {
    this.nodes = hosts.map(({ host, port }) => {
      const pool = mysql.createPool({ ...connection, host, port, connectTimeout: 2000 });
      pool.on('connection', (c) => {
        // a dead node's idle connections are dropped by the pool; their errors are not the app's concern
        c.on('error', () => undefined);
        // causal reads: a read waits until this node has applied every transaction committed in the
        // cluster before it, so what was saved through another node (two instances briefly on two
        // nodes, a failover) is never read as missing
        c.query('SET SESSION wsrep_sync_wait = 1', () => undefined);
      });
      return {
        name: `${host}:${port}`,
        host,
        port,
        pool,
        state: 'synced' as NodeState,
        detail: 'not yet checked',
        clusterSize: null,
        healthySince: 0,
        slowChecks: 0,
      };
    });
  }

  /** Starts watching the nodes (the first check is awaited, so the first connection goes to a healthy one). */
  async start(): Promise<void> {
    await this.checkNow();
    for (const n of this.nodes) if (healthy(n)) n.healthySince = 0; // at start every healthy node may serve at once
    this.choose();
    this.timer = setInterval(() => void this.checkNow(), this.opts.checkEveryMs);
    this.timer.unref();
  }

  /** Asks every node for its state now (concurrent callers share one round). */
  checkNow(): Promise<void> {
    this.checking ??= Promise.all(this.nodes.map((n) => this.check(n)))
      .then(() => void this.choose())
      .finally(() => (this.checking = null));
    return this.checking!;
  }

  private async check(n: ClusterNode): Promise<void> {
    const was = healthy(n);
    try {
      const rows = await probe(n);
      const v = new Map(rows.map((r) => [String(r.Variable_name).toLowerCase(), String(r.Value)]));
      n.clusterSize = v.has('wsrep_cluster_size') ? Number(v.get('wsrep_cluster_size')) : null;
      if (!v.has('wsrep_local_state')) {
        n.state = 'plain';
        n.detail = 'no Galera on this server';
      } else {
        const state = Number(v.get('wsrep_local_state'));
        n.detail = v.get('wsrep_local_state_comment') ?? '';
        n.state =
          v.get('wsrep_cluster_status') !== 'Primary'
            ? 'not-primary'
            : v.get('wsrep_ready') !== 'ON'
              ? 'joining'
              : state === 4
                ? 'synced'
                : state === 2
                  ? 'donor'
                  : 'joining';
      }
      n.slowChecks = 0;
    } catch (e) {
      // a refused connection is a dead node at once; a check that timed out only the second time in a row
      const slow = e instanceof ProbeTimeout || (e as { code?: string }).code === 'PROTOCOL_SEQUENCE_TIMEOUT';
      n.slowChecks = slow ? n.slowChecks + 1 : 0;
      if (!slow || n.slowChecks >= 2) {
        n.state = 'down';
        n.detail = String((e as Error).message ?? e).slice(0, 200);
        n.clusterSize = null;
      }
    }
    if (healthy(n) && !was && n.healthySince === null) n.healthySince = Date.now();
    if (!serving(n)) n.healthySince = null;
  }

  /** The node work goes to: the first healthy one in order (a returning one only after it has stayed synced). */
  private choose(): ClusterNode {
    const now = Date.now();
    const settled = (n: ClusterNode) =>
      healthy(n) && n.healthySince !== null && now - n.healthySince >= this.opts.failbackAfterMs;
    const preferred = this.nodes.find(settled);
    const keep =
      this.current !== null &&
      serving(this.current) &&
      (!preferred || this.nodes.indexOf(preferred) >= this.nodes.indexOf(this.current));
    const next = keep ? this.current! : (preferred ?? this.nodes.find(healthy) ?? this.current ?? this.nodes[0]);
    if (this.current && next !== this.current) this.switches++;
    this.current = next;
    return next;
  }

  /** A statement or connection failed as a lost node does: that node is out until a check finds it healthy again. */
  nodeFailed(): Promise<void> {
    return this.checkNow();
  }

  inUse(): ClusterNode {
    return this.current ?? this.choose();
  }

  status(): ClusterNodeStatus[] {
    const used = this.inUse();
    return this.nodes.map((n) => ({
      name: n.name,
      state: n.state,
      detail: n.detail,
      clusterSize: n.clusterSize,
      inUse: n === used,
    }));
  }

  /** TypeORM's driver takes its connections here: from the node in use, else the next healthy one. */
  getConnection(cb: (err: Error | null, conn?: mysql.PoolConnection) => void): void {
    const tried = new Set<ClusterNode>();
    const attempt = () => {
      const order = [this.inUse(), ...this.nodes.filter(healthy), ...this.nodes];
      const n = order.find((x) => !tried.has(x));
      if (!n) return void cb(new Error('集群中没有可用的数据库节点（no database node of the cluster answers）'));
      tried.add(n);
      n.pool.getConnection((err, conn) => {
        if (!err) return cb(null, this.guard(conn));
        if (!isNodeFailure(err)) return cb(err);
        n.state = 'down';
        n.detail = err.message;
        n.healthySince = null;
        this.choose();
        attempt();
      });
    };
    attempt();
  }

  /**
   * A read outside a transaction that fails because its node went is read again from the node that
   * takes over, so a node's death costs a reader nothing; a lone statement refused by a certification
   * conflict runs again. A lone write whose node went is not: it may have been applied (a transaction
   * is run again whole by inTransaction, which can tell).
   */
  private guard(conn: mysql.PoolConnection): mysql.PoolConnection {
    const c = conn as mysql.PoolConnection & { slGuarded?: boolean };
    if (c.slGuarded) return conn;
    c.slGuarded = true;
    let inTransaction = false;
    type Done = (err: mysql.QueryError | null, rows?: unknown, fields?: unknown) => void;
    const query = c.query.bind(c) as unknown as (sql: unknown, values: unknown, cb: Done) => unknown;
    c.query = ((sql: unknown, values: unknown, cb?: Done) => {
      if (typeof values === 'function') [values, cb] = [undefined, values as Done];
      const text = typeof sql === 'string' ? sql : String((sql as { sql?: string }).sql ?? '');
      if (/^\s*(START TRANSACTION|BEGIN)/i.test(text)) inTransaction = true;
      else if (/^\s*(COMMIT|ROLLBACK)/i.test(text)) inTransaction = false;
      if (inTransaction || !cb || retryOff()) return query(sql, values, cb!);
      const rereadable = /^\s*(SELECT|SHOW)\b/i.test(text) && !/FOR UPDATE/i.test(text);
      const done = cb;
      // a statement of its own that another node's transaction won against (1213) was not applied:
      // it runs again, as Galera itself does once (wsrep_retry_autocommit)
      let conflicts = 0;
      const again: Done = (err, rows, fields) => {
        if (err && err.errno === 1213 && ++conflicts <= 5)
          return void setTimeout(() => query(sql, values, again), 20 * conflicts * (0.5 + Math.random()));
        if (!err || !rereadable || !isNodeFailure(err)) return done(err, rows, fields);
        void this.nodeFailed().then(() =>
          this.getConnection((again, fresh) => {
            if (again || !fresh) return done(err, rows, fields);
            (fresh.query as unknown as (s: unknown, v: unknown, d: Done) => unknown)(sql, values, (e2, r2, f2) => {
              fresh.release();
              done(e2, r2, f2);
            });
          }),
        );
      };
      return query(sql, values, again);
    }) as typeof c.query;
    return conn;
  }

  /** A statement outside a transaction (the streamed export reads through this). */
  query(...args: Parameters<mysql.Pool['query']>): ReturnType<mysql.Pool['query']> {
    return (this.inUse().pool.query as (...a: unknown[]) => ReturnType<mysql.Pool['query']>)(...args);
  }

  end(cb?: (err: Error | null) => void): void {
    if (this.timer) clearInterval(this.timer);
    Promise.all(this.nodes.map((n) => new Promise<void>((r) => n.pool.end(() => r())))).then(
      () => cb?.(null),
      (e) => cb?.(e as Error),
    );
  }

  on(): this {
    return this;
  }
}

class ProbeTimeout extends Error {}

/** One node's Galera state, on a connection of its own with a short timeout (a hung node must not hang the check). */
async function probe(n: ClusterNode): Promise<Array<{ Variable_name: string; Value: string }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ProbeTimeout('no answer within 2 s')), 2000);
    n.pool.query(
      {
        sql: "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready','wsrep_local_state','wsrep_local_state_comment','wsrep_cluster_status','wsrep_cluster_size')",
        timeout: 2000,
      },
      (err, rows) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(rows as Array<{ Variable_name: string; Value: string }>);
      },
    );
  });
}

/** The cluster pool behind a data source, when its URL named several hosts. */
export function clusterOf(ds: DataSource): ClusterPool | null {
  const pool = (ds.driver as unknown as { pool?: unknown }).pool;
  return pool instanceof ClusterPool ? pool : null;
}

/**
 * mysql2 as TypeORM loads it, except that the pool it makes spans the cluster's nodes. TypeORM builds
 * its connection options from the first host; each node's pool takes them with its own host and port.
 */
export function clusterDriver(hosts: Array<{ host: string; port: number }>, opts?: ClusterPoolOptions): typeof mysql {
  return {
    ...mysql,
    createPool: (connection: mysql.PoolOptions) => {
      const pool = new ClusterPool(hosts, connection, opts);
      // TypeORM asks for a first connection straight away: by then the first check has chosen the node
      const started = pool.start();
      const getConnection = pool.getConnection.bind(pool);
      pool.getConnection = (cb) => void started.then(() => getConnection(cb));
      void started.then(() => (pool.getConnection = getConnection));
      return pool as unknown as mysql.Pool;
    },
  } as typeof mysql;
}
