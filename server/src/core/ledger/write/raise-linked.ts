import type { DataSource, EntityManager } from 'typeorm';
import { newBatchId } from '../../audit/audit-trail.js';
import { inTransaction } from '../../db/transaction.js';
import { findByIds } from '../query/ledger-store.js';
import type { LedgerDef, Row, SaveContext } from '../schema/ledger.types.js';
import { saveInTransaction, type Actor, type SaveResult } from './batch-save.js';
import { commitAudit, updateAudited } from './row-writer.js';
import { WorkflowError } from './workflow.js';

/** One record raising another (a repair request becoming a complaint): which row, what to make, where the link goes. */
export interface RaiseSpec {
  from: { ledger: LedgerDef; id: number; version: number };
  to: LedgerDef;
  /** The new row's cells, from the source row as it is under lock (the transaction to read its keys with). */
  values(source: Row, em: EntityManager): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The stored column that names the link, and the side it is on: the source's (raisedComplaintId) or the new row's (sourceComplaintId). */
  link: { on: 'from' | 'to'; column: string };
  /** The trail's action for the link. */
  action: string;
  /** A reason the source may not raise it (already raised, ended), or null. */
  refuse?(source: Row): string | null;
}

/**
 * Makes the new row through its ledger's batch save and writes the link, in one transaction: both or
 * neither. The source row is locked and its version checked first, so two clerks raising from the same
 * row raise once. Answers the new row's save result (its cell errors when refused, nothing written).
 */
export async function raiseLinked(ds: DataSource, actor: Actor, spec: RaiseSpec): Promise<SaveResult> {
  return inTransaction(ds, async (em) => {
    const [source] = await findByIds(em, spec.from.ledger, [spec.from.id], true);
    if (!source || source.voidedAt) throw new WorkflowError('NOT_FOUND', `记录 ${spec.from.id} 不存在或已作废`);
    if (source.version !== spec.from.version)
      throw new WorkflowError(
        'CONFLICT',
        `记录已被他人修改（版本 ${source.version}），请刷新后再试`,
        'version',
        source,
      );
    const refused = spec.refuse?.(source);
    if (refused) throw new WorkflowError('PRECONDITION', refused);
    const now = new Date();
    const batchId = newBatchId();
    const saved = await saveInTransaction(
      em,
      spec.to,
      actor,
      { creates: [{ ref: 'raised', values: await spec.values(source, em) }] },
      { batchId, now },
    );
    if (!saved.ok) return saved;
    const made = saved.saved[0].record;
    const ctx: SaveContext = {
      em,
      userId: actor.userId,
      role: actor.role,
      displayName: actor.displayName,
      now,
      audit: [],
      batchId,
    };
    if (spec.link.on === 'from')
      await updateAudited(ctx, spec.from.ledger, source, { [spec.link.column]: made.id }, spec.action);
    else await updateAudited(ctx, spec.to, made, { [spec.link.column]: source.id }, spec.action);
    await commitAudit(ctx);
    const [after] = await findByIds(em, spec.to, [made.id]);
    return { ...saved, saved: [{ ...saved.saved[0], version: after.version, record: after }] };
  });
}
