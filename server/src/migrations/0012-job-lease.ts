import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, table } from './migration-helpers.js';

/** Leases of scheduled jobs: which instance runs a job now, until when (see core/jobs/lease.ts). */
export class JobLease1795860000012 implements MigrationInterface {
  name = 'JobLease1795860000012';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table('job_lease', [
        col('name', 'string', { length: 60, primary: true }),
        col('holder', 'string', { length: 100 }),
        col('expiresAt', 'datetime'),
        col('lastRunAt', 'datetime', { nullable: true }),
      ]),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('job_lease');
  }
}
