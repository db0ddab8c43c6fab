import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, table } from './migration-helpers.js';

/**
 * On a Galera cluster each write transaction also writes a marker row (`tx_commit`), so that a commit
 * whose answer was lost with its node can be looked up on the node that takes over (transaction.ts).
 * A request that names itself (Idempotency-Key) records its name in its first write transaction
 * (`request_done`), with its answer kept for a repeat (request-once.ts). Both are forgotten after a day.
 */
export class CommitMarkers1796600000040 implements MigrationInterface {
  name = 'CommitMarkers1796600000040';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table('tx_commit', [col('id', 'string', { primary: true, length: 32 }), col('at', 'datetime')]),
    );
    await qr.createTable(
      table('request_done', [
        col('key', 'string', { primary: true, length: 100 }),
        col('at', 'datetime'),
        // the answer sent again to a repeat (a thousand-row save answers more than TEXT's 64 KB)
        { ...col('response', 'text', { nullable: true }), type: 'mediumtext' },
      ]),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('request_done');
    await qr.dropTable('tx_commit');
  }
}
