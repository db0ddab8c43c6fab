/**
 * The checks a ledger column declares beyond its type, as data: `check: between(1, 120)`. Each
 * answers the message for a value it refuses (the cell's label is put before it), or null.
 */
export type CellCheck = (value: unknown) => string | null;

/** More than zero: 数量, 金额, 满分. */
export const positive: CellCheck = (v) => (Number(v) > 0 ? null : '应大于 0');
/** Zero or more: 单价, 实发数量. */
export const notNegative: CellCheck = (v) => (Number(v) >= 0 ? null : '不能为负');
/** At least `min`. */
export const atLeast =
  (min: number): CellCheck =>
  (v) =>
    Number(v) >= min ? null : `至少为 ${min}`;
/** From `min` to `max`, both included. */
export const between =
  (min: number, max: number): CellCheck =>
  (v) =>
    Number(v) >= min && Number(v) <= max ? null : `应在 ${min}–${max} 之间`;
/** Text of a shape, with what to write instead when it is not. */
export const matching =
  (pattern: RegExp, hint: string): CellCheck =>
  (v) =>
    pattern.test(String(v)) ? null : `格式不对（${hint}）`;
