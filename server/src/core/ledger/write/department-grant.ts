import { storageField } from '../schema/define-ledger.js';
import { mayCreate } from '../schema/permissions.js';
import type { CellError, ColumnDef, LedgerDef, Row } from '../schema/ledger.types.js';

/**
 * Whether `role` writes `col` only by being of the row's department (editableByDepartment): asked
 * for existing rows alone, where the department is known once the row is read.
 */
export function byDepartmentOnly(ledger: LedgerDef, col: ColumnDef, role: string, isNew: boolean): boolean {
  return !isNew && !!ledger.departmentField && !!col.editableByDepartment?.includes(role);
}

/** Why a role that writes the ledger only in its own department's cells may not create or void a row. */
export function rowsRefusedToDepartmentWriters(
  ledger: LedgerDef,
  role: string,
  rows: Array<{ key: string; kind: 'create' | 'void' }>,
): CellError[] {
  if (mayCreate(ledger, role)) return [];
  return rows.map((r) => ({
    row: r.key,
    field: null,
    code: 'READ_ONLY',
    message:
      r.kind === 'create'
        ? `不能新建「${ledger.label.zh}」的记录：只能填写本部门负责的记录中由部门填写的栏目`
        : `不能作废「${ledger.label.zh}」的记录`,
  }));
}

/**
 * The cells written by the department grant, checked against the rows as read: the row's department
 * (the ledger's departmentField) is the writer's own, else each such cell is refused, named.
 */
export function checkDepartmentGrants(
  ledger: LedgerDef,
  rows: Array<{ key: string; id?: number; byDepartment?: string[] }>,
  current: Map<number, Row>,
  departmentId: number | null | undefined,
  errors: CellError[],
): void {
  const deptColumn = ledger.columns.find((c) => c.field === ledger.departmentField);
  if (!deptColumn) return;
  const deptLabel = deptColumn.label.zh;
  for (const r of rows) {
    if (!r.byDepartment?.length) continue;
    const cur = current.get(r.id!);
    if (!cur) continue; // reported as not found already
    const own = departmentId != null && cur[storageField(deptColumn)] === departmentId;
    if (own) continue;
    for (const field of r.byDepartment) {
      const col = ledger.columns.find((c) => c.field === field)!;
      errors.push({
        row: r.key,
        field,
        code: 'READ_ONLY',
        message: `「${col.label.zh}」只能由「${deptLabel}」所列部门的人员填写`,
      });
    }
  }
}
