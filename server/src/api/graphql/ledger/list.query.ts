import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Query } from 'type-graphql';
import type { RequestContext } from '../context.js';
import type { Ctor } from '../dynamic-type.js';
import { columnsFor, selectedFields } from '../projection.js';
import * as service from '../../../core/ledger/ledger-service.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import type { ListArgs, ListPage } from '../../../core/ledger/query/list-query.js';
import { plainFilter, plainOrder, viaService } from './edge.js';
import { actorOf, method, type Proto } from './registry.js';
import { preloadRefs } from './row-fields.js';

/** `<plural>(first, after, filter, orderBy, includeVoided)`: one keyset page. */
export function addListQuery(proto: Proto, ledger: LedgerDef, Conn: Ctor, Filter: Ctor, OrderBy: Ctor): void {
  const d = method(
    proto,
    'list',
    async function (
      first: number | null,
      after: string | null,
      filter: ListArgs['filter'],
      orderBy: ListArgs['orderBy'],
      includeVoided: boolean | null,
      ctx: RequestContext,
      info: GraphQLResolveInfo,
    ) {
      const columns = columnsFor(ledger, selectedFields(info, ['edges', 'node']));
      return viaService(async () => {
        const page = await readPage(ctx, ledger, { first, after, filter, orderBy, includeVoided }, columns);
        await preloadRefs(ledger, page.rows, ctx, info, ['edges', 'node']);
        return connectionOf(page);
      });
    },
  );
  Arg('first', () => Int, { nullable: true, description: 'Page size, 1–500 (default 100).' })(proto, 'list', 0);
  Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })(proto, 'list', 1);
  Arg('filter', () => Filter, { nullable: true, description: 'Declared columns only.' })(proto, 'list', 2);
  Arg('orderBy', () => [OrderBy], { nullable: true, description: 'Up to 3 keys; id breaks ties.' })(proto, 'list', 3);
  Arg('includeVoided', () => Boolean, { nullable: true, description: 'Also list voided rows.' })(proto, 'list', 4);
  Ctx()(proto, 'list', 5);
  Info()(proto, 'list', 6);
  // signed in; who may read is the service's to say. A page plan answers this query without this
  // wrapper (page-plan.ts): it reads through readPage below and asks the same of the user
  Authorized()(proto, 'list', d);
  Query(() => Conn, { name: ledger.plural, description: `${ledger.label.zh}: keyset-paged, filtered, sorted.` })(
    proto,
    'list',
    d,
  );
}

/**
 * One page of a ledger for the signed-in user, from the list query's arguments as GraphQL gives them
 * (converted here, once): the list resolver and a page plan (page-plan.ts) both read through it.
 */
export function readPage(
  ctx: RequestContext,
  ledger: LedgerDef,
  a: Pick<ListArgs, 'first' | 'after' | 'filter' | 'orderBy' | 'includeVoided'>,
  columns: ListArgs['columns'],
): Promise<ListPage> {
  return service.list(ctx.reads.manager, actorOf(ctx), ledger, {
    first: a.first,
    after: a.after,
    filter: plainFilter(a.filter),
    orderBy: plainOrder(a.orderBy),
    includeVoided: a.includeVoided,
    columns,
  });
}

/** A keyset page as the ledger's connection type answers it (cursors encoded and totalCount counted only when selected). */
export function connectionOf(page: ListPage): Record<string, unknown> {
  const conn: Record<string, unknown> = {
    edges: page.rows.map((node, i) => ({
      get cursor() {
        return page.cursorAt(i);
      },
      node,
    })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      get endCursor() {
        return page.rows.length ? page.cursorAt(page.rows.length - 1) : null;
      },
    },
  };
  Object.defineProperty(conn, 'totalCount', { get: () => page.count() });
  return conn;
}
