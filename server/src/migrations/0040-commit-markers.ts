import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, table } from './migration-helpers.js';

/**
 * On a Galera cluster each write transaction also writes a marker row (`tx_commit`), so that a commit
 * whose answer was lost with its node can be looked up on the node that takes over (transaction.ts).
 * Markers older than a day are removed by a job.
 */
export class CommitMarkers1796600000040 implements MigrationInterface {
  name = 'CommitMarkers1796600000040';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table('tx_commit', [col('id', 'string', { primary: true, length: 32 }), col('at', 'datetime')]),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('tx_commit');
  }
}
