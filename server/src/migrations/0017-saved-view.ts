import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableIndex } from 'typeorm';
import { col, table } from './migration-helpers.js';

/** A user's saved grid views (filter, sort, column order and widths) per ledger. */
export class SavedView1795860000017 implements MigrationInterface {
  name = 'SavedView1795860000017';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table('saved_view', [
        col('id', 'id'),
        col('userId', 'int'),
        col('ledger', 'string', { length: 60 }),
        col('name', 'string', { length: 60 }),
        col('state', 'text'),
        col('updatedAt', 'datetime'),
      ]),
    );
    await qr.createIndex(
      'saved_view',
      new TableIndex({
        name: 'UQ_saved_view_user_ledger_name',
        columnNames: ['userId', 'ledger', 'name'],
        isUnique: true,
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('saved_view');
  }
}
