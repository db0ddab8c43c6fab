import { Arg, Authorized, Ctx, Int, Query } from 'type-graphql';
import type { RequestContext } from '../context.js';
import type { Ctor } from '../dynamic-type.js';
import * as service from '../../../core/ledger/ledger-service.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import { viaService } from './edge.js';
import { actorOf, method, type Proto } from './registry.js';

/** `<name>(id)`: one row through the request's loader. */
export function addGetQuery(proto: Proto, ledger: LedgerDef, Obj: Ctor): void {
  const d = method(proto, 'one', async function (id: number, ctx: RequestContext) {
    return viaService(() => service.get(actorOf(ctx), ledger, id, (x) => ctx.loaders.row(ledger).load(x)));
  });
  Arg('id', () => Int, { description: 'Record id.' })(proto, 'one', 0);
  Ctx()(proto, 'one', 1);
  Authorized()(proto, 'one', d);
  Query(() => Obj, { name: ledger.name, nullable: true, description: `One ${ledger.typeName} by id.` })(
    proto,
    'one',
    d,
  );
}
