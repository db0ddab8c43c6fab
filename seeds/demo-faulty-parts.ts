import { findByIds } from '../server/src/core/ledger/query/ledger-store.js';
import type { Row, SaveContext } from '../server/src/core/ledger/schema/ledger.types.js';
import { moveBalance } from '../server/src/core/ledger/write/balance.js';
import { insertAudited, updateAudited } from '../server/src/core/ledger/write/row-writer.js';
import { sendFaultyPartToQuality } from '../server/src/modules/field-service/faulty-parts.js';
import { partMovementLedger, partStockLedger } from '../server/src/modules/field-service/spare-part.ledgers.js';
import { reworkOrderLedger } from '../server/src/modules/rework/rework.ledgers.js';
import { weighted } from './random.js';

const DAY = 86_400_000;

/** Parts quality looks at when they fail in the field; filters and seals are thrown away on site. */
export const INSPECTED_PARTS: ReadonlySet<string> = new Set([
  'BJ-KY-YF01',
  'BJ-BP-BPQ1',
  'BJ-XD-QHF1',
  'BJ-LG-WK01',
  'BJ-TY-ZC01',
]);

/** What the demo's faulty parts need from the story around them. */
export interface FaultyPartStory {
  ctxOf(who: 'pmc' | 'quality', at: Date): SaveContext;
  qaShelf: Row;
  now: Date;
  r: () => number;
  /** The spring when a supplier's lot of valves failed across the fleet. */
  inSpring(at: Date): boolean;
}

/**
 * A part replaced on a visit comes back to quality's shelf a day or two later and opens its rework
 * order (by the same function the save path uses); those older than a week were inspected, found
 * worn or — the spring's valves — a bad incoming lot, and scrapped. Not every failed part comes back.
 */
export async function returnFaultyPart(story: FaultyPartStory, part: Row, visitId: number, left: Date): Promise<void> {
  const { r, qaShelf, now } = story;
  const badLot = story.inSpring(left) && part.partNo === 'BJ-XD-QHF1';
  // every valve of the bad lot went to quality; of other failures, those the technician brought back
  if (!badLot && r() < 0.6) return;
  const at = new Date(left.getTime() + (1 + r() * 2) * DAY);
  if (at > now) return;
  const ctx = story.ctxOf('pmc', at);
  const shelf = { locationId: qaShelf.id, partId: part.id };
  const v: Record<string, unknown> = {
    kind: 'RETURN_FAULTY',
    partId: part.id,
    qty: 1,
    toLocationId: qaShelf.id,
    visitId,
  };
  await moveBalance(ctx, partStockLedger, 'qty', { keys: shelf, delta: 1 }, 'STOCK_MOVE');
  const refused = await sendFaultyPartToQuality(ctx, 'demo', v);
  if (refused) throw new Error(`demo faulty part: ${refused.message}`);
  await insertAudited(ctx, partMovementLedger, { ...v, movedAt: at });
  const inspectedAt = new Date(at.getTime() + (2 + r() * 5) * DAY);
  if (inspectedAt > now) return; // still waiting on quality's shelf
  const q = story.ctxOf('quality', inspectedAt);
  const [rework] = await findByIds(ctx.em, reworkOrderLedger, [Number(v.reworkOrderId)]);
  const cause = badLot
    ? 'MATERIAL'
    : weighted(r, [
        ['WEAR', 6],
        ['ASSEMBLY', 1],
        ['MISUSE', 1],
      ] as const);
  await updateAudited(
    q,
    reworkOrderLedger,
    rework,
    {
      inspector: q.displayName,
      inspectionResult: badLot ? '阀芯密封件硬化开裂，与同批次来料一致' : '拆检确认失效，不可修复',
      defectCause: cause,
      partsNeeded: false,
      status: 'DONE',
      finalResult: '报废',
      finalInspector: q.displayName,
      finalInspectedAt: inspectedAt,
    },
    'recordInspection',
  );
  await moveBalance(q, partStockLedger, 'qty', { keys: shelf, delta: -1 }, 'STOCK_MOVE');
  await insertAudited(q, partMovementLedger, {
    kind: 'SCRAP',
    partId: part.id,
    qty: 1,
    fromLocationId: qaShelf.id,
    movedAt: inspectedAt,
    reason: `检验后报废：${String(rework.reworkNo)}`,
  });
}
