import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, table } from './migration-helpers.js';

/** Signed checkpoints of the audit chain head (the key is outside the database). */
export class AuditCheckpoint1795850000008 implements MigrationInterface {
  name = 'AuditCheckpoint1795850000008';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table(
        'audit_checkpoint',
        [
          col('id', 'id'),
          col('seq', 'bigint'),
          col('hash', 'hash'),
          col('at', 'datetime'),
          col('reason', 'string', { length: 40 }),
          col('signature', 'hash'),
        ],
        [['at']],
      ),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('audit_checkpoint');
  }
}
