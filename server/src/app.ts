import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { dbKind } from './core/db/data-source.js';
import { createContext, type RequestContext, type SessionUser } from './core/graphql/context.js';
import { depthLimit } from './core/graphql/limits.js';
import { queryCost, tooCostly } from './core/graphql/query-cost.js';
import { jsonErrors, notFound, sendError } from './core/http/http-errors.js';
import { createLogger, type Logger } from './core/http/logger.js';
import { requestLog } from './core/http/request-log.js';
import { buildAppSchema } from './core/graphql/schema.js';
import { getLedger } from './core/ledger/define-ledger.js';
import { exportLedger, type ExportFormat } from './core/ledger/export.js';
import { decodeCsv, importLedger, parseCsv, readXlsx } from './core/ledger/import.js';
import { LedgerInputError } from './core/ledger/ledger-input-error.js';
import { listLedger, type ListArgs } from './core/ledger/list-query.js';
import { appResolvers } from './modules/index.js';
import { userForToken } from './modules/user/user.store.js';

/**
 * Most a request may cost (query-cost.ts). The largest legitimate requests: 500 complaints with
 * every column and the customer ≈ 28,000; the timelines of 50 archives, three levels deep ≈ 117,000.
 * 1,000 aliases of a 500-row page cost ≈ 2,000,000.
 */
export const MAX_QUERY_COST = 250_000;
/** Largest GraphQL request body; a 5,000-row batch save is ≈ 2 MB. */
const GRAPHQL_BODY_LIMIT = '20mb';

export interface AppOptions {
  production: boolean;
  /** The request log; a new pino logger on stdout when not given. */
  logger?: Logger;
  /** Built client (index.html and assets); served at / when present. */
  clientDir?: string;
}

async function userFrom(ds: DataSource, req: Request): Promise<SessionUser | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? userForToken(ds, m[1]) : null;
}

function jsonParam(req: Request, name: string): unknown {
  const raw = req.query[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(String(raw));
  } catch {
    throw new LedgerInputError(name, 'INVALID_JSON', `${name}: 不是有效的 JSON`);
  }
}

/** Never shows internals to clients; logs what was hidden. */
function maskInternalErrors(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR') log.error({ reqId: contextValue.requestId, err: e.originalError ?? e }, 'internal error');
          }
        },
      };
    },
  };
}

/** Refuses a request whose cost (aliases and page sizes included) exceeds `max`, before any resolver runs. */
function costLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName);
          } catch {
            return; // variables that do not fit their types: execution refuses them with the reason
          }
          if (cost > max) throw tooCostly(cost, max);
        },
      };
    },
  };
}

export async function createApp(ds: DataSource, opts: AppOptions): Promise<{ app: express.Express; apollo: ApolloServer<RequestContext>; schema: GraphQLSchema }> {
  const schema = await buildAppSchema(appResolvers());
  const log = opts.logger ?? createLogger();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !opts.production,
    // "Did you mean …" would list field names while introspection is off
    hideSchemaDetailsFromClientErrors: opts.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [depthLimit(12)],
    // compact JSON (Apollo pretty-prints by default) and no per-field cache-control hooks: both
    // showed in the profile of a loaded server
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [maskInternalErrors(log), costLimit(schema, MAX_QUERY_COST), ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted) =>
      !formatted.extensions?.code || formatted.extensions.code === 'INTERNAL_SERVER_ERROR'
        ? { message: '服务器内部错误 (internal server error)', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
        : formatted,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLog(log));

  app.get('/healthz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok', database: dbKind(ds) });
    } catch {
      res.status(503).json({ status: 'unavailable', database: dbKind(ds) });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const user = await userFrom(ds, req);
        res.locals.userId = user?.id;
        return createContext(ds, user, req.ip ?? '', String(res.locals.requestId));
      },
    }),
  );

  app.get('/export/:ledger.:format', async (req, res) => {
    const user = await userFrom(ds, req);
    if (!user) return sendError(res, 401, 'UNAUTHENTICATED', '请先登录 (sign in first)');
    res.locals.userId = user.id;
    const ledger = getLedger(String(req.params.ledger));
    const format = String(req.params.format) as ExportFormat;
    if (!ledger || !['csv', 'xlsx'].includes(format)) return sendError(res, 404, 'NOT_FOUND', '没有这个台账或格式');
    if (!ledger.readRoles.includes(user.role)) return sendError(res, 403, 'FORBIDDEN', `角色 ${user.role} 不能导出「${ledger.label.zh}」`);
    const lang = req.query.lang === 'en' ? 'en' : 'zh';
    let args: ListArgs;
    try {
      args = { filter: jsonParam(req, 'filter') as ListArgs['filter'], orderBy: jsonParam(req, 'orderBy') as ListArgs['orderBy'], includeVoided: req.query.includeVoided === 'true' };
      // validate before the first byte goes out, so a bad filter is a clean 400
      await listLedger(ds.manager, ledger, { ...args, first: 1 });
    } catch (e) {
      if (e instanceof LedgerInputError) return sendError(res, 400, e.code, e.message, e.path);
      throw e;
    }
    const stamp = new Date().toISOString().slice(0, 10);
    const filename = `${ledger.label[lang]}-${stamp}.${format}`;
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${ledger.name}-${stamp}.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await exportLedger(ds, ledger, args, format, lang, res, { userId: user.id, displayName: user.displayName });
    } catch (e) {
      log.error({ reqId: res.locals.requestId, err: e }, 'export failed');
      res.destroy();
    }
  });

  app.post('/import/:ledger', express.raw({ type: () => true, limit: '50mb' }), async (req, res) => {
    const user = await userFrom(ds, req);
    if (!user) return sendError(res, 401, 'UNAUTHENTICATED', '请先登录 (sign in first)');
    res.locals.userId = user.id;
    const ledger = getLedger(String(req.params.ledger));
    if (!ledger) return sendError(res, 404, 'NOT_FOUND', '没有这个台账');
    if (!ledger.writeRoles.includes(user.role)) return sendError(res, 403, 'FORBIDDEN', `角色 ${user.role} 不能导入「${ledger.label.zh}」`);
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const isXlsx = body.subarray(0, 2).toString('latin1') === 'PK';
    let table: string[][];
    try {
      table = isXlsx ? await readXlsx(body) : parseCsv(decodeCsv(body));
    } catch (e) {
      if (e instanceof LedgerInputError) return sendError(res, 422, e.code, e.message, e.path);
      throw e;
    }
    const dryRun = req.query.dryRun !== 'false';
    const report = await importLedger(ds, ledger, { userId: user.id, role: user.role, displayName: user.displayName }, table, dryRun);
    res.status(report.ok ? 200 : 422).json({
      ok: report.ok, dryRun: report.dryRun, rows: report.rows, batchId: report.batchId, errors: report.errors,
      saved: report.saved.map((s) => ({ row: s.row, id: s.id })),
    });
  });

  app.use(['/graphql', '/export', '/import', '/healthz'], notFound);
  if (opts.clientDir && fs.existsSync(path.join(opts.clientDir, 'index.html'))) {
    app.use(express.static(opts.clientDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|export|import|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(opts.clientDir!, 'index.html'));
    });
  }
  app.use(notFound);
  app.use(jsonErrors(log));
  return { app, apollo, schema };
}
