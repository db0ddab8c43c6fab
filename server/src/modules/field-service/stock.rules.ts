/**
 * What a spare-part movement does to the balances: which location gives, which receives. A stock count
 * (盘点) sets the balance to what was counted: its difference is the move, kept on the row with the book
 * figure, so the audit trail shows what the count found.
 */
export interface MovementFacts {
  kind: string;
  qty: number | null;
  fromLocationId: number | null;
  toLocationId: number | null;
}

export interface Side {
  locationId: number;
  delta: number;
}

/** Which locations a kind needs, by field, with the message when one is missing. */
const NEEDS: Record<string, Array<'fromLocation' | 'toLocation'>> = {
  RECEIPT: ['toLocation'],
  ISSUE: ['fromLocation', 'toLocation'],
  CONSUME: ['fromLocation'],
  RETURN_UNUSED: ['fromLocation', 'toLocation'],
  RETURN_FAULTY: ['toLocation'],
  COUNT: ['toLocation'],
  SCRAP: ['fromLocation'],
};

const LABEL = { fromLocation: '发出库位', toLocation: '接收库位' };

export function movementProblems(
  m: MovementFacts & { countedQty: number | null; visitId?: number | null },
): Array<{ field: string; code: string; message: string }> {
  const out: Array<{ field: string; code: string; message: string }> = [];
  for (const f of NEEDS[m.kind] ?? []) {
    if (m[`${f}Id`] == null) out.push({ field: f, code: 'REQUIRED', message: `此类出入库须填写「${LABEL[f]}」` });
  }
  if (m.kind === 'COUNT') {
    if (m.countedQty == null) out.push({ field: 'countedQty', code: 'REQUIRED', message: '盘点须填写「盘点实数」' });
  } else if (!m.qty) out.push({ field: 'qty', code: 'REQUIRED', message: '须填写数量（大于 0）' });
  // quality inspects a faulty part against the unit it came out of
  if (m.kind === 'RETURN_FAULTY' && m.visitId == null)
    out.push({ field: 'visit', code: 'REQUIRED', message: '旧件须注明换下它的「服务报告」' });
  if (m.fromLocationId != null && m.fromLocationId === m.toLocationId)
    out.push({ field: 'fromLocation', code: 'INVALID', message: '「发出库位」不能与「接收库位」相同' });
  return out;
}

/** The balance moves of a movement (a count's is computed from the book figure when it is written). */
export function sidesOf(m: MovementFacts): Side[] {
  const qty = Number(m.qty ?? 0);
  const out: Side[] = [];
  const takes = ['ISSUE', 'CONSUME', 'RETURN_UNUSED', 'SCRAP'].includes(m.kind);
  const gives = ['RECEIPT', 'ISSUE', 'RETURN_UNUSED', 'RETURN_FAULTY'].includes(m.kind);
  if (takes && m.fromLocationId != null) out.push({ locationId: m.fromLocationId, delta: -qty });
  if (gives && m.toLocationId != null) out.push({ locationId: m.toLocationId, delta: qty });
  return out;
}
