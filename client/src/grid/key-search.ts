/**
 * What 按编号查找 asks the server for: a whole number however it is typed (`ts-2026-249`,
 * `TS2026249` → TS-2026-000249) exactly, anything else (`249`, `KY200-2025`) as a part of the number.
 */
export function keySearch(typed: string): { type: 'equals' | 'contains'; filter: string } | null {
  const text = typed.trim();
  if (!text) return null;
  const whole = /^([A-Za-z]{1,6})-?(\d{4})-?(\d{1,6})$/.exec(text);
  if (whole) return { type: 'equals', filter: `${whole[1].toUpperCase()}-${whole[2]}-${whole[3].padStart(6, '0')}` };
  return { type: 'contains', filter: text };
}
