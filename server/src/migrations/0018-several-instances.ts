import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';
import { col, table } from './migration-helpers.js';

/**
 * Several instances on one database: a session's reads go to the primary until `primaryUntil` (set by
 * its writes), a job's runs are counted, and a heartbeat row the primary keeps fresh tells each replica's lag.
 */
export class SeveralInstances1795860000018 implements MigrationInterface {
  name = 'SeveralInstances1795860000018';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('user_session', new TableColumn(col('primaryUntil', 'datetime', { nullable: true })));
    await qr.addColumn('job_lease', new TableColumn(col('runs', 'int', { default: 0 })));
    await qr.createTable(table('replication_heartbeat', [col('id', 'int', { primary: true }), col('at', 'datetime')]));
    await qr.query(`INSERT INTO ${qr.connection.driver.escape('replication_heartbeat')} VALUES (1, CURRENT_TIMESTAMP)`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('replication_heartbeat');
    await qr.dropColumn('job_lease', 'runs');
    await qr.dropColumn('user_session', 'primaryUntil');
  }
}
