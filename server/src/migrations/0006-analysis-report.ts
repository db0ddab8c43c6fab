import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, table } from './migration-helpers.js';

/** Frozen analysis reports (monthly, half-year, annual): figures stored once, versioned, hashed into the audit chain. */
export class AnalysisReport1795850000006 implements MigrationInterface {
  name = 'AnalysisReport1795850000006';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      table(
        'analysis_report',
        [
          col('id', 'id'),
          col('kind', 'string', { length: 20 }),
          col('period', 'string', { length: 10 }),
          col('scope', 'string', { length: 20 }),
          col('department', 'string', { length: 60, nullable: true }),
          col('version', 'int'),
          col('generatedAt', 'datetime'),
          col('generatedBy', 'int', { nullable: true }),
          col('generatedByName', 'string', { length: 40 }),
          col('dueDate', 'date'),
          col('late', 'bool'),
          col('sha256', 'hash'),
        ],
        [['kind', 'period'], ['generatedAt']],
      ),
    );
    // the figures: JSON, up to 16 MB on MySQL (TEXT would stop at 64 KB)
    const mysql = qr.connection.options.type !== 'better-sqlite3';
    await qr.addColumn(
      'analysis_report',
      new TableColumn({ name: 'content', type: mysql ? 'mediumtext' : 'text', isNullable: false }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('analysis_report');
  }
}
