import type { DataSource } from 'typeorm';
import { defineLedger } from './define-ledger.js';
import type { LedgerDef } from './ledger.types.js';

/** Enough of a MySQL data source for the SQL builders' specs (quoting and dialect), no connection. */
export const mysqlLikeDs = {
  options: { type: 'mysql' },
  driver: { escape: (s: string) => `\`${s}\`` },
} as unknown as DataSource;

/** A small ledger for the parsers' specs: a required time, a short text and a long text. */
export function specLedger(name: string): LedgerDef {
  return defineLedger({
    name,
    typeName: `${name[0].toUpperCase()}${name.slice(1)}`,
    plural: `${name}s`,
    table: name,
    label: { zh: '测试', en: 'Spec' },
    description: 'spec',
    readRoles: ['A'],
    writeRoles: ['A'],
    columns: [
      { field: 'at', label: { zh: '时间', en: 'At' }, type: 'datetime', required: true },
      { field: 'note', label: { zh: '备注', en: 'Note' }, type: 'string' },
      { field: 'body', label: { zh: '正文', en: 'Body' }, type: 'text' },
    ],
  });
}
