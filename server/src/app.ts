import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { unwrapResolverError } from '@apollo/server/errors';
import { RepeatedRequest } from './core/db/request-once.js';
import { idempotentRequests } from './api/http/idempotency.js';
import { errorLanguagePlugin } from './api/graphql/error-language.js';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createContext, DEFAULT_SETTINGS, readFromPrimary, type RequestContext } from './api/graphql/context.js';
import { ReadRouter } from './core/db/read-router.js';
import { watchEventLoop } from './core/runtime/event-loop.js';
import { depthLimit, SIGNED_IN_BUDGET } from './api/graphql/limits.js';
import { documentBudget } from './api/graphql/document-budget.js';
import { QueryCosts, tooCostly } from './api/graphql/query-cost.js';
import { jsonErrors, notFound } from './api/http/http-errors.js';
import { createLogger, type Logger } from './api/http/logger.js';
import { requestLog } from './api/http/request-log.js';
import { SERVER_ROUTES } from '../../common/server-routes.js';
import { securityHeaders } from './api/http/security-headers.js';
import { buildAppSchema } from './api/graphql/schema.js';
import { compiledExecutionGateway } from './api/graphql/compiled-execution.js';
import { auditRouter } from './api/http/audit.router.js';
import { ledgerFilesRouter } from './api/http/ledger-files.router.js';
import { attachmentsRouter, DEFAULT_ATTACHMENT_LIMITS } from './api/http/attachments.router.js';
import type { AttachmentLimits } from './core/attachments/attachments.js';
import { readOwnWrites, userFrom, signedOutReason } from './api/http/session.js';
import { healthRouter, type Lifecycle } from './api/http/health.router.js';
import { clientPages } from './api/http/client-pages.js';
import { composeApp } from './composition.js';

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
  /** Lifetime of new sessions (SESSION_TTL_HOURS); 12 h when not given. */
  sessionTtlHours?: number;
  /** Where list, report and export reads go; every read goes to `ds` when not given. */
  readRouter?: ReadRouter;
  /** Set while the instance shuts down: /readyz answers 503 and connections are not kept alive. */
  lifecycle?: Lifecycle;
  /** The site is served over TLS (HSTS=1): browsers are told to keep to HTTPS. */
  hsts?: boolean;
  /** How much an attached file, and a row's files together, may weigh (bytes); 64 MB and 256 MB when not given. */
  attachmentLimits?: AttachmentLimits;
  /** How queries are executed: compiled once per document (the default), or walked by graphql-js. */
  execution?: 'compiled' | 'standard';
}

export type { Lifecycle };

/** Never shows internals to clients; logs what was hidden. */
function maskInternalErrors(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR')
              log.error({ reqId: contextValue.requestId, err: e.originalError ?? e }, 'internal error');
          }
        },
      };
    },
  };
}

/** A mutation reads from the primary, and keeps its session's reads there for the next few seconds (on every instance). */
function readYourWrites(router: ReadRouter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          readFromPrimary(contextValue);
          if (contextValue.user) await readOwnWrites(contextValue.ds, router, contextValue.user);
        },
      };
    },
  };
}

/** Refuses a request whose cost (aliases and page sizes included) exceeds `max`, before any resolver runs. */
function costLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin<RequestContext> {
  const costs = new QueryCosts(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          let cost: number;
          try {
            cost = costs.cost(document, request.variables, operationName);
          } catch {
            return; // variables that do not fit their types: execution refuses them with the reason
          }
          if (cost > max) throw tooCostly(cost, max);
        },
      };
    },
  };
}

/** What a client may see of an error: its code and message, never an internal one's text or stack. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (unwrapResolverError(error) instanceof RepeatedRequest)
    return { message: '这次提交已经保存过（同一个请求重复发送）', extensions: { code: 'REPEATED_REQUEST' } };
  return !formatted.extensions?.code || formatted.extensions.code === 'INTERNAL_SERVER_ERROR'
    ? { message: '服务器内部错误 (internal server error)', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
    : formatted;
}

export async function createApp(
  ds: DataSource,
  opts: AppOptions,
): Promise<{ app: express.Express; apollo: ApolloServer<RequestContext>; schema: GraphQLSchema }> {
  const composition = composeApp();
  const schema = await buildAppSchema(composition.resolvers());
  const log = opts.logger ?? createLogger();
  const settings = { ...DEFAULT_SETTINGS, ...(opts.sessionTtlHours ? { sessionTtlHours: opts.sessionTtlHours } : {}) };
  const router = opts.readRouter ?? new ReadRouter(ds, [], { maxLagSeconds: 0, readYourWritesSeconds: 0 });
  const lifecycle = opts.lifecycle ?? { draining: false };
  const apollo = new ApolloServer<RequestContext>({
    // queries run compiled (compiled-execution.ts); `standard` leaves all of it to graphql-js
    ...(opts.execution === 'standard' ? { schema } : { gateway: compiledExecutionGateway(schema) }),
    introspection: !opts.production,
    // the program drains on SIGTERM itself (server.ts); Apollo's own handler would stop it mid-drain and re-raise the signal
    stopOnTerminationSignals: false,
    // "Did you mean …" would list field names while introspection is off
    hideSchemaDetailsFromClientErrors: opts.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [depthLimit(12)],
    // documentBudget refuses long documents before this, with the sender's own budget; this is the backstop
    parseOptions: { maxTokens: SIGNED_IN_BUDGET.maxTokens },
    // compact JSON (Apollo pretty-prints by default) and no per-field cache-control hooks: both
    // showed in the profile of a loaded server
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      maskInternalErrors(log),
      errorLanguagePlugin(),
      readYourWrites(router),
      costLimit(schema, MAX_QUERY_COST),
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError,
  });
  await apollo.start();
  watchEventLoop();

  const app = express();
  app.disable('x-powered-by');
  // no ETag computed over every answer (a SHA-1 of each GraphQL page): nothing revalidates a POST; static files keep theirs
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use(requestLog(log));
  app.use(securityHeaders({ hsts: opts.hsts ?? false }));
  app.use(healthRouter(ds, router, lifecycle));

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    documentBudget(ds),
    idempotentRequests(ds),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const user =
          res.locals.user !== undefined
            ? (res.locals.user as Awaited<ReturnType<typeof userFrom>>)
            : await userFrom(ds, req);
        res.locals.userId = user?.id;
        const ctx = createContext(
          ds,
          user,
          req.ip ?? '',
          String(res.locals.requestId),
          settings,
          router.forReads(user?.primaryUntil),
        );
        if (!user) ctx.signedOut = () => signedOutReason(ds, req);
        return ctx;
      },
    }),
  );

  // the modules' routes first: /export/dossier.xlsx is not a ledger's export
  for (const m of composition.modules) if (m.http) app.use(m.http(ds, log));
  app.use(ledgerFilesRouter(ds, log, router));
  app.use(auditRouter(ds, log, composition.auditRoles));
  app.use(attachmentsRouter(ds, log, opts.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS));

  app.use([...SERVER_ROUTES], notFound);
  if (opts.clientDir && fs.existsSync(path.join(opts.clientDir, 'index.html')))
    app.use(
      clientPages(
        opts.clientDir,
        composition.ledgers.map((l) => l.name),
      ),
    );
  app.use(notFound);
  app.use(jsonErrors(log));
  return { app, apollo, schema };
}
