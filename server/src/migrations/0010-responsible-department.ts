import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { appendAudit, newBatchId, type AuditInput } from '../core/audit/audit-trail.js';
import { quoter } from '../core/db/sql-value.js';
import { col } from './migration-helpers.js';

/**
 * 对策单位 refers to the 部门 ledger: each complaint gets the department whose name (or code) its
 * text names; the text stays, read-only, as 对策单位（原文） (renamed, so its trail goes with it).
 * Every department set is audited; texts that name no department are reported.
 */
async function fillDepartments(qr: QueryRunner): Promise<void> {
  const q = quoter(qr.connection);
  await qr.query(`UPDATE ${q('complaint')} SET ${q('responsibleDeptId')} = (SELECT d.${q('id')} FROM ${q('department')} d
    WHERE d.${q('voidedAt')} IS NULL AND (d.${q('name')} = ${q('complaint')}.${q('responsibleDeptText')} OR d.${q('code')} = ${q('complaint')}.${q('responsibleDeptText')}) ORDER BY d.${q('id')} LIMIT 1)
    WHERE ${q('responsibleDeptText')} IS NOT NULL`);
  const unmatched: Array<{ text: string; n: number }> = await qr.query(
    `SELECT ${q('responsibleDeptText')} AS text, COUNT(*) AS n FROM ${q('complaint')} WHERE ${q('responsibleDeptId')} IS NULL AND ${q('responsibleDeptText')} IS NOT NULL GROUP BY ${q('responsibleDeptText')}`,
  );
  if (unmatched.length)
    console.warn(
      `对策单位迁移：${unmatched.length} 种写法未能对应部门台账，相关投诉的「对策单位」留空（原文保留在「对策单位（原文）」）：${unmatched.map((u) => `「${u.text}」×${Number(u.n)}`).join('，')}`,
    );
  let after = 0;
  for (;;) {
    const rows: Array<{ id: number; d: number }> = await qr.query(
      `SELECT ${q('id')} AS id, ${q('responsibleDeptId')} AS d FROM ${q('complaint')} WHERE ${q('responsibleDeptId')} IS NOT NULL AND ${q('id')} > ? ORDER BY ${q('id')} LIMIT 5000`,
      [after],
    );
    if (!rows.length) return;
    const entries: AuditInput[] = rows.map((r) => ({
      userId: null,
      action: 'MIGRATE',
      entity: 'complaint',
      entityId: Number(r.id),
      field: 'responsibleDeptId',
      oldValue: null,
      newValue: String(r.d),
      reason: '对策单位迁移 (0010)',
    }));
    await appendAudit(qr.manager, entries, newBatchId());
    after = Number(rows.at(-1)!.id);
  }
}

export class ResponsibleDepartment1795860000010 implements MigrationInterface {
  name = 'ResponsibleDepartment1795860000010';

  async up(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('complaint', 'ix_complaint_responsibleDept');
    await qr.changeColumn(
      'complaint',
      'responsibleDept',
      new TableColumn(col('responsibleDeptText', 'string', { length: 60, nullable: true })),
    );
    await qr.addColumn('complaint', new TableColumn(col('responsibleDeptId', 'int', { nullable: true })));
    await qr.createIndex(
      'complaint',
      new TableIndex({ name: 'ix_complaint_responsibleDeptId', columnNames: ['responsibleDeptId'] }),
    );
    await fillDepartments(qr);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('complaint', 'ix_complaint_responsibleDeptId');
    await qr.dropColumn('complaint', 'responsibleDeptId');
    await qr.changeColumn(
      'complaint',
      'responsibleDeptText',
      new TableColumn(col('responsibleDept', 'string', { length: 60, nullable: true })),
    );
    await qr.createIndex(
      'complaint',
      new TableIndex({ name: 'ix_complaint_responsibleDept', columnNames: ['responsibleDept'] }),
    );
  }
}
