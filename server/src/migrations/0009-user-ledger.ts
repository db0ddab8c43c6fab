import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { appendAudit, newBatchId, type AuditInput } from '../core/audit/audit-trail.js';
import { quoter, toSqlParam } from '../core/db/sql-value.js';
import { col } from './migration-helpers.js';

/** The columns the user ledger declares, whose values the migration writes into the trail. */
const AUDITED = ['username', 'displayName', 'role', 'departmentId', 'active'];

/** The existing users enter the trail as they are, so the user ledger reconciles and reads as of a moment. */
async function auditUsers(qr: QueryRunner): Promise<void> {
  const q = quoter(qr.connection);
  const users: Array<Record<string, unknown>> = await qr.query(
    `SELECT ${['id', ...AUDITED].map(q).join(', ')} FROM ${q('app_user')} ORDER BY ${q('id')}`,
  );
  const entries: AuditInput[] = users.flatMap((u) =>
    AUDITED.filter((f) => u[f] !== null && u[f] !== undefined).map((f) => ({
      userId: null,
      action: 'MIGRATE',
      entity: 'user',
      entityId: Number(u.id),
      field: f,
      newValue: f === 'active' ? String(u[f] === true || Number(u[f]) === 1) : String(u[f]),
      oldValue: null,
      reason: '用户台账迁移 (0009)',
    })),
  );
  if (entries.length) await appendAudit(qr.manager, entries, newBatchId());
}

/**
 * app_user becomes the 用户 ledger: the ledger's system columns (existing users created now, version
 * 1), the last sign-in and the one-time-password flag; the password hash gets a default (a row the
 * ledger inserts has none until its one-time password is set, and no password matches it).
 */
export class UserLedger1795860000009 implements MigrationInterface {
  name = 'UserLedger1795860000009';

  async up(qr: QueryRunner): Promise<void> {
    const q = quoter(qr.connection);
    const add = (c: Parameters<typeof col>) => qr.addColumn('app_user', new TableColumn(col(...c)));
    await add(['version', 'int', { default: 1 }]);
    for (const c of ['createdAt', 'updatedAt']) await add([c, 'datetime', { nullable: true }]);
    for (const c of ['createdBy', 'updatedBy']) await add([c, 'int', { nullable: true }]);
    await add(['voidedAt', 'datetime', { nullable: true }]);
    await add(['voidReason', 'text', { nullable: true }]);
    await add(['lastLoginAt', 'datetime', { nullable: true }]);
    await add(['mustChangePassword', 'bool', { default: false }]);
    const now = toSqlParam(qr.connection, 'datetime', new Date());
    await qr.query(`UPDATE ${q('app_user')} SET ${q('createdAt')} = ?, ${q('updatedAt')} = ?`, [now, now]);
    for (const c of ['createdAt', 'updatedAt'])
      await qr.changeColumn('app_user', c, new TableColumn(col(c, 'datetime')));
    await qr.changeColumn(
      'app_user',
      'passwordHash',
      new TableColumn(col('passwordHash', 'string', { length: 200, default: "''" })),
    );
    await auditUsers(qr);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.changeColumn('app_user', 'passwordHash', new TableColumn(col('passwordHash', 'string', { length: 200 })));
    for (const c of [
      'mustChangePassword',
      'lastLoginAt',
      'voidReason',
      'voidedAt',
      'updatedBy',
      'createdBy',
      'updatedAt',
      'createdAt',
      'version',
    ])
      await qr.dropColumn('app_user', c);
  }
}
