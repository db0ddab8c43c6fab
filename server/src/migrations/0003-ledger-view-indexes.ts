import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Composite indexes for the views clerks and managers open most (measured with the benchmark): a
 * status or customer filter sorted by receipt time. With id as the last key of every order, each
 * is walked in order with no sort step.
 */
export class LedgerViewIndexes1764000000003 implements MigrationInterface {
  name = 'LedgerViewIndexes1764000000003';

  private readonly indexes: Array<[string, string[]]> = [
    ['complaint', ['status', 'receivedAt']],
    ['complaint', ['customerId', 'receivedAt']],
    ['complaint', ['kind', 'receivedAt']],
    ['return_order', ['status', 'receivedAt']],
    ['rework_order', ['status', 'createdAt']],
  ];

  async up(qr: QueryRunner): Promise<void> {
    for (const [table, columns] of this.indexes)
      await qr.createIndex(table, new TableIndex({ name: `ix_${table}_${columns.join('_')}`, columnNames: columns }));
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const [table, columns] of this.indexes) await qr.dropIndex(table, `ix_${table}_${columns.join('_')}`);
  }
}
