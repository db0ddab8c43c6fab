import { TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, ledgerSystemColumns, table } from './migration-helpers.js';

/** Users, sessions, audit trail, calendar, numbering, and the customer and complaint ledgers. */
export class Foundation1764000000001 implements MigrationInterface {
  name = 'Foundation1764000000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table('department', [
        ...ledgerSystemColumns(),
        col('code', 'string', { length: 20, unique: true }),
        col('name', 'string', { length: 60 }),
      ]),
    );
    await qr.createTable(
      table('app_user', [
        col('id', 'id'),
        col('username', 'string', { length: 40, unique: true }),
        col('displayName', 'string', { length: 60 }),
        col('passwordHash', 'string', { length: 200 }),
        col('role', 'string', { length: 20 }),
        col('departmentId', 'int', { nullable: true }),
        col('active', 'bool', { default: true }),
        col('failedLogins', 'int', { default: 0 }),
        col('lockedUntil', 'datetime', { nullable: true }),
      ]),
    );
    await qr.createTable(
      table('user_session', [
        col('id', 'id'),
        col('tokenHash', 'hash', { unique: true }),
        col('userId', 'int'),
        col('createdAt', 'datetime'),
        col('expiresAt', 'datetime'),
        col('revokedAt', 'datetime', { nullable: true }),
      ]),
    );
    await qr.createTable(
      table(
        'audit_event',
        [
          col('seq', 'bigint', { primary: true }),
          col('at', 'datetime'),
          col('userId', 'int', { nullable: true }),
          col('action', 'string', { length: 40 }),
          col('entity', 'string', { length: 40 }),
          col('entityId', 'int', { nullable: true }),
          col('field', 'string', { length: 60, nullable: true }),
          col('oldValue', 'text', { nullable: true }),
          col('newValue', 'text', { nullable: true }),
          col('batchId', 'string', { length: 36 }),
          col('reason', 'text', { nullable: true }),
          col('prevHash', 'hash'),
          col('hash', 'hash'),
        ],
        [['entity', 'entityId', 'seq'], ['at']],
      ),
    );
    await qr.createTable(
      table('audit_head', [col('id', 'int', { primary: true }), col('seq', 'bigint'), col('hash', 'hash')]),
    );
    await qr.createTable(
      table('number_sequence', [col('name', 'string', { length: 40, primary: true }), col('last', 'int')]),
    );
    await qr.createTable(
      table('calendar_day', [
        ...ledgerSystemColumns(),
        col('date', 'date', { unique: true }),
        col('kind', 'string', { length: 10 }),
        col('name', 'string', { length: 60, nullable: true }),
      ]),
    );
    await qr.createTable(
      table('calendar_year', [col('year', 'int', { primary: true }), col('source', 'string', { length: 100 })]),
    );

    await qr.createTable(
      table(
        'customer',
        [
          ...ledgerSystemColumns(),
          col('code', 'string', { length: 32 }),
          col('name', 'string', { length: 100 }),
          col('tier', 'string', { length: 20 }),
          col('region', 'string', { length: 40, nullable: true }),
          col('contactName', 'string', { length: 40, nullable: true }),
          col('phone', 'string', { length: 40, nullable: true }),
          col('address', 'string', { length: 200, nullable: true }),
          col('remark', 'text', { nullable: true }),
        ],
        [['code'], ['name'], ['tier'], ['region'], ['createdAt'], ['updatedAt']],
      ),
    );

    await qr.createTable(
      table(
        'complaint',
        [
          ...ledgerSystemColumns(),
          col('complaintNo', 'string', { length: 20, unique: true }),
          col('receivedAt', 'datetime'),
          col('channel', 'string', { length: 20 }),
          col('customerId', 'int', { nullable: true }),
          col('anonymous', 'bool', { nullable: true }),
          col('contactName', 'string', { length: 40, nullable: true }),
          col('contactPhone', 'string', { length: 40, nullable: true }),
          col('productModel', 'string', { length: 60, nullable: true }),
          col('serialNo', 'string', { length: 60, nullable: true }),
          col('archiveId', 'int', { nullable: true }),
          col('receiver', 'string', { length: 40, nullable: true }),
          col('kind', 'string', { length: 20 }),
          col('causeCategory', 'string', { length: 30, nullable: true }),
          col('description', 'text'),
          col('handlingScope', 'string', { length: 20 }),
          col('dueAt', 'datetime', { nullable: true }),
          col('replyDueAt', 'datetime', { nullable: true }),
          col('deadlineProvisional', 'bool', { nullable: true }),
          col('responsibleDept', 'string', { length: 60, nullable: true }),
          col('companyResponsible', 'bool', { nullable: true }),
          col('claimAmount', 'decimal', { nullable: true }),
          col('containment', 'text', { nullable: true }),
          col('rootCause', 'text', { nullable: true }),
          col('correctiveAction', 'text', { nullable: true }),
          col('preventiveAction', 'text', { nullable: true }),
          col('verifiedBy', 'string', { length: 40, nullable: true }),
          col('verifiedAt', 'datetime', { nullable: true }),
          col('result', 'text', { nullable: true }),
          col('repliedAt', 'datetime', { nullable: true }),
          col('callbackAt', 'datetime', { nullable: true }),
          col('callbackBy', 'string', { length: 40, nullable: true }),
          col('callbackResult', 'text', { nullable: true }),
          col('satisfied', 'bool', { nullable: true }),
          col('status', 'string', { length: 20, nullable: true }),
          col('escalated', 'bool', { nullable: true }),
          col('escalationReason', 'string', { length: 200, nullable: true }),
          col('rejectReason', 'string', { length: 500, nullable: true }),
          col('withdrawReason', 'string', { length: 500, nullable: true }),
          col('withdrawnVoluntarily', 'bool', { nullable: true }),
          col('reopenCount', 'int', { nullable: true }),
          col('acknowledgedAt', 'datetime', { nullable: true }),
          col('closedAt', 'datetime', { nullable: true }),
          col('remark', 'text', { nullable: true }),
        ],
        [
          ['receivedAt'],
          ['channel'],
          ['customerId'],
          ['productModel'],
          ['serialNo'],
          ['archiveId'],
          ['kind'],
          ['causeCategory'],
          ['dueAt'],
          ['responsibleDept'],
          ['status'],
          ['closedAt'],
          ['createdAt'],
          ['updatedAt'],
        ],
      ),
    );
    await qr.createForeignKey(
      'complaint',
      new TableForeignKey({
        columnNames: ['customerId'],
        referencedTableName: 'customer',
        referencedColumnNames: ['id'],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'complaint',
      'customer',
      'calendar_year',
      'calendar_day',
      'number_sequence',
      'audit_head',
      'audit_event',
      'user_session',
      'app_user',
      'department',
    ]) {
      await qr.dropTable(t);
    }
  }
}
