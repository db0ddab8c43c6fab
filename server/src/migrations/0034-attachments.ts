import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';
import { col, table } from './migration-helpers.js';

/**
 * Attachments: a file's bytes once per content (`attachment_blob` by SHA-256, its 256 KB
 * `attachment_chunk` rows), and each file attached to a ledger row (`attachment`), voided, never deleted.
 */
export class Attachments1796600000034 implements MigrationInterface {
  name = 'Attachments1796600000034';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === 'mysql';
    await qr.createTable(
      table('attachment_blob', [
        col('id', 'id'),
        col('sha256', 'hash', { nullable: true }),
        col('size', 'bigint'),
        col('chunks', 'int'),
        col('createdAt', 'datetime'),
      ]),
    );
    await qr.createIndex(
      'attachment_blob',
      new TableIndex({ name: 'UQ_attachment_blob_sha256', columnNames: ['sha256'], isUnique: true }),
    );
    await qr.createTable(
      new Table({
        name: 'attachment_chunk',
        columns: [
          col('blobId', 'int', { primary: true }),
          col('seq', 'int', { primary: true }),
          // a chunk is 256 KB: more than MySQL's BLOB (64 KB) holds
          { name: 'data', type: mysql ? 'mediumblob' : 'blob', isNullable: false },
        ],
      }),
    );
    await qr.createTable(
      table(
        'attachment',
        [
          col('id', 'id'),
          col('ledger', 'string', { length: 60 }),
          col('recordId', 'int'),
          col('category', 'string', { length: 40 }),
          col('fileName', 'string', { length: 255 }),
          col('mime', 'string', { length: 120 }),
          col('size', 'bigint'),
          col('sha256', 'hash'),
          col('blobId', 'int'),
          col('createdAt', 'datetime'),
          col('createdBy', 'int', { nullable: true }),
          col('voidedAt', 'datetime', { nullable: true }),
          col('voidedBy', 'int', { nullable: true }),
          col('voidReason', 'text', { nullable: true }),
        ],
        [['ledger', 'recordId'], ['blobId']],
      ),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('attachment');
    await qr.dropTable('attachment_chunk');
    await qr.dropTable('attachment_blob');
  }
}
