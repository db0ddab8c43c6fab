import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';
import { col } from './migration-helpers.js';

/**
 * Sign-in attempts counted per name and client address together (and per address alone), with the
 * name and address kept in clear so the administrator can see and lift a lock. The counts kept per
 * name alone no longer mean anything and go.
 */
export class LoginThrottleByClient1795870000022 implements MigrationInterface {
  name = 'LoginThrottleByClient1795870000022';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM ${qr.connection.driver.escape('login_throttle')}`);
    await qr.addColumn('login_throttle', new TableColumn(col('subject', 'string', { length: 100, default: "''" })));
    await qr.addColumn('login_throttle', new TableColumn(col('client', 'string', { length: 64, default: "''" })));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('login_throttle', 'client');
    await qr.dropColumn('login_throttle', 'subject');
  }
}
