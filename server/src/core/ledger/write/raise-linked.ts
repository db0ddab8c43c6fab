import type { DataSource, EntityManager } from 'typeorm';
import { newBatchId } from '../../audit/audit-trail.js';
import { inTransaction } from '../../db/transaction.js';
import { findByIds } from '../query/ledger-store.js';
import type { LedgerDef, Row } from '../schema/ledger.types.js';
import { saveInTransaction, type Actor, type SaveResult } from './batch-save.js';
import { commitAudit, updateAudited, writeContext } from './row-writer.js';
import { WorkflowError } from './workflow.js';

/** One record raising another (a repair request becoming a complaint): which row, what to make, where the link goes. */
export interface RaiseSpec {
  /** The source row; `arg` names the argument that gave its id (a refusal names it). */
  from: { ledger: LedgerDef; id: number; version: number; arg?: string };
  to: LedgerDef;
  /** The new row's cells, from the source row as it is under lock (the transaction to read its keys with). */
  values(source: Row, em: EntityManager): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The stored columns that name the link, each on its side: the source's (raisedComplaintId) or the new row's (sourceComplaintId). */
  links: ReadonlyArray<{ on: 'from' | 'to'; column: string }>;
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
    const arg = spec.from.arg ?? 'id';
    if (!source || source.voidedAt)
      throw new WorkflowError('NOT_FOUND', `${spec.from.ledger.label.zh} ${spec.from.id} 不存在或已作废`, arg);
    if (source.version !== spec.from.version)
      throw new WorkflowError(
        'CONFLICT',
        `记录已被他人修改（版本 ${source.version}），请刷新后再试`,
        'version',
        source,
      );
    const refused = spec.refuse?.(source);
    if (refused) throw new WorkflowError('PRECONDITION', refused, arg);
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
    const ctx = writeContext(em, actor, now, batchId);
    const onFrom = spec.links.filter((l) => l.on === 'from').map((l) => [l.column, made.id]);
    const onTo = spec.links.filter((l) => l.on === 'to').map((l) => [l.column, source.id]);
    if (onFrom.length) await updateAudited(ctx, spec.from.ledger, source, Object.fromEntries(onFrom), spec.action);
    if (onTo.length) await updateAudited(ctx, spec.to, made, Object.fromEntries(onTo), spec.action);
    await commitAudit(ctx);
    const [after] = await findByIds(em, spec.to, [made.id]);
    return { ...saved, saved: [{ ...saved.saved[0], version: after.version, record: after }] };
  });
}
