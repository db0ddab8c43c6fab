import { Arg, Authorized, Ctx, Mutation } from 'type-graphql';
import type { RequestContext } from '../context.js';
import type { Ctor } from '../dynamic-type.js';
import type { SaveInput, SaveResult } from '../../../core/ledger/write/batch-save.js';
import * as service from '../../../core/ledger/ledger-service.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import { plainSave, viaService } from './edge.js';
import { actorOf, method, type Proto } from './registry.js';

/** `save<Type>s(input)`: the batch save, with the order's lines in the same transaction. */
export function addSaveMutation(proto: Proto, ledger: LedgerDef, SaveInputT: Ctor, Result: Ctor): void {
  const d = method(
    proto,
    'save',
    async function (input: SaveInput, dryRun: boolean | null, confirm: string[] | null, ctx: RequestContext) {
      const lineInput = (input as SaveInput & { lines?: SaveInput }).lines;
      return viaService(async () => {
        const res = await service.save(ctx.ds, actorOf(ctx), ledger, plainSave(input), {
          lines: lineInput ? plainSave(lineInput) : null,
          dryRun: dryRun === true,
          confirmed: confirm ?? [],
        });
        const withRows = (r: SaveResult) => ({ ...r, rows: r.saved.map((x) => x.record) });
        return { ...withRows(res.rows), lines: res.lines ? withRows(res.lines) : null };
      });
    },
  );
  Arg('input', () => SaveInputT, { description: 'Creates, updates and voids.' })(proto, 'save', 0);
  Arg('dryRun', () => Boolean, {
    nullable: true,
    description: 'Check every cell and answer every error, writing nothing.',
  })(proto, 'save', 1);
  Arg('confirm', () => [String], {
    nullable: true,
    description:
      'Codes of warnings the user accepted: REGENERATE_REPORTS saves a 补录 that changes frozen reports and generates them again as new versions.',
  })(proto, 'save', 2);
  Ctx()(proto, 'save', 3);
  Authorized()(proto, 'save', d);
  Mutation(() => Result, {
    name: `save${ledger.typeName}s`,
    description: `Batch save of the ${ledger.label.zh} ledger: validated first, one transaction, audited.`,
  })(proto, 'save', d);
}
