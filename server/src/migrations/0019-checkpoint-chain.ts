import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn, TableIndex } from 'typeorm';
import { auditKeyOf } from '../core/audit/audit-key.js';
import { anchorCheckpointChain } from '../core/audit/checkpoint.js';
import { col } from './migration-helpers.js';

/**
 * Checkpoints form their own signed chain: each is numbered and signs the one before, with the key's
 * fingerprint; an export's audit event is found by its batch. The first checkpoint is written here, on a new database the genesis, on an existing one the head
 * once the whole trail verifies against the old checkpoints (which stay, unnumbered, as they were).
 */
export class CheckpointChain1795870000019 implements MigrationInterface {
  name = 'CheckpointChain1795870000019';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('audit_checkpoint', new TableColumn(col('ordinal', 'bigint', { nullable: true })));
    await qr.addColumn('audit_checkpoint', new TableColumn(col('prevSignature', 'hash', { nullable: true })));
    await qr.addColumn(
      'audit_checkpoint',
      new TableColumn(col('keyFingerprint', 'string', { length: 16, nullable: true })),
    );
    await qr.createIndex(
      'audit_checkpoint',
      new TableIndex({ name: 'ux_audit_checkpoint_ordinal', columnNames: ['ordinal'], isUnique: true }),
    );
    // a file is checked against its export's own event, found by the export's id (its batch)
    await qr.createIndex('audit_event', new TableIndex({ name: 'ix_audit_event_batchId', columnNames: ['batchId'] }));
    let key: Buffer;
    try {
      key = auditKeyOf(qr.connection).key;
    } catch {
      return; // a tool without the key (none in the product): the first signing instance cannot continue a chain, and verify says so
    }
    const outcome = await anchorCheckpointChain({ db: qr, conn: qr.connection }, key);
    if (outcome.startsWith('no checkpoint')) console.error(`audit trail: ${outcome}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(
      `DELETE FROM ${qr.connection.driver.escape('audit_checkpoint')} WHERE ${qr.connection.driver.escape('ordinal')} IS NOT NULL`,
    );
    await qr.dropIndex('audit_event', 'ix_audit_event_batchId');
    await qr.dropIndex('audit_checkpoint', 'ux_audit_checkpoint_ordinal');
    await qr.dropColumn('audit_checkpoint', 'keyFingerprint');
    await qr.dropColumn('audit_checkpoint', 'prevSignature');
    await qr.dropColumn('audit_checkpoint', 'ordinal');
  }
}
