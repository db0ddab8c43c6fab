/** Why a return order needs the department manager's approval (请示部门经理), or null. */
export function approvalReasons(o: Record<string, unknown>): string[] {
  const out: string[] = [];
  const type = String(o.type);
  const decision = o.warrantyDecision as string | null | undefined;
  if (type === 'RETURN') out.push(decision === 'RETURN' ? '退货' : '超出退货期仍予退货');
  if (type === 'EXCHANGE') out.push(decision === 'RETURN' || decision === 'EXCHANGE' ? '换货' : '超出换货期仍予换货');
  if (type === 'PRICE_REDUCTION') out.push('减价');
  if (type === 'COMPENSATION') out.push('赔偿');
  if (decision === 'CHARGED_REPAIR' && (o.fee === 0 || o.fee === null || o.fee === undefined) && type === 'REPAIR')
    out.push('保修期外免收维修费');
  return out;
}

/** A price reduction or compensation names its amount; other remedies carry none. */
export function amountProblem(o: Record<string, unknown>): string | null {
  const money = o.type === 'PRICE_REDUCTION' || o.type === 'COMPENSATION';
  const amount = o.amount as number | null | undefined;
  if (money && !(typeof amount === 'number' && amount > 0)) return '减价或赔偿须填写金额（大于 0）';
  if (!money && amount !== null && amount !== undefined) return '只有减价或赔偿填写金额';
  return null;
}
