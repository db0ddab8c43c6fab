import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import type { Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { scheduleInspections } from '../inspection/inspection.schedule.js';
import { warrantyPolicyLedger } from '../warranty/warranty-policy.ledger.js';
import { serviceArchiveLedger } from './service-archive.ledger.js';

/** The unit's model is its warranty policy's model. */
async function modelFromPolicy(
  ctx: SaveContext,
  rows: Array<{ values: Record<string, unknown>; previous: Row | null }>,
): Promise<void> {
  const changed = rows.filter((r) => 'policyId' in r.values);
  const policies = new Map(
    (await findByIds(ctx.em, warrantyPolicyLedger, [...new Set(changed.map((r) => r.values.policyId as number))])).map(
      (p) => [p.id, p],
    ),
  );
  for (const r of changed) r.values.modelId = policies.get(r.values.policyId as number)?.modelId ?? null;
}

const serviceArchiveHooks: LedgerHooks = {
  validateRow: (row, key) =>
    row.acceptanceDate && row.invoiceDate && String(row.acceptanceDate) < String(row.invoiceDate)
      ? [{ row: key, field: 'acceptanceDate', code: 'INVALID', message: '交验日期不能早于发票日期' }]
      : [],
  // acceptance recorded → the routine inspections of the policy are scheduled
  beforeWrite: modelFromPolicy,
  afterWrite: scheduleInspections,
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const archiveBehaviours: LedgerBehaviour[] = [{ ledger: serviceArchiveLedger, hooks: serviceArchiveHooks }];
