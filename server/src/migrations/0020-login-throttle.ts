import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, table } from './migration-helpers.js';

/**
 * Sign-in attempts counted per name typed, known or not (a hash of it): only wrong passwords count,
 * checks in flight hold a place, and an unknown name is throttled exactly like a real one.
 */
export class LoginThrottle1795870000020 implements MigrationInterface {
  name = 'LoginThrottle1795870000020';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table('login_throttle', [
        col('nameHash', 'hash', { primary: true }),
        col('failed', 'int', { default: 0 }),
        col('pending', 'int', { default: 0 }),
        col('pendingAt', 'datetime', { nullable: true }),
        col('lockedUntil', 'datetime', { nullable: true }),
      ]),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('login_throttle');
  }
}
