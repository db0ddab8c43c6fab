import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allLedgers } from '../server/src/core/ledger/schema/define-ledger.js';
import { readTable, tableDrift } from '../server/src/core/ledger/schema/table-drift.js';
import { tableSpec } from '../server/src/core/ledger/schema/table-spec.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: false });
});
afterAll(async () => s?.close());

describe('the declarations are the tables', () => {
  it('every ledger declaration matches its migrated table: columns, types, lengths, nullability, uniqueness, indexes', async () => {
    const drift: string[] = [];
    for (const l of allLedgers()) drift.push(...tableDrift(tableSpec(l), await readTable(s.ds, l.table)));
    expect(drift).toEqual([]);
  });

  it('notices a column the database lacks, one it has beyond the declaration, and a changed length', async () => {
    const [complaint] = allLedgers().filter((l) => l.name === 'complaint');
    const spec = tableSpec(complaint);
    const altered = {
      ...spec,
      columns: [
        ...spec.columns
          .filter((c) => c.name !== 'remark')
          .map((c) => (c.name === 'serialNo' ? { ...c, length: 80 } : c)),
        { name: 'newField', type: 'int' as const, nullable: true },
      ],
    };
    const drift = tableDrift(altered, await readTable(s.ds, 'complaint'));
    expect(drift).toEqual([
      'complaint.serialNo: declared varchar(80) NULL, database has varchar(60) NULL',
      'complaint.newField: declared int NULL, missing in the database',
      'complaint.remark: in the database (text NULL), not declared',
    ]);
  });

  it('the newest generated migration goes down and up again, leaving no drift', async () => {
    const drift = async () =>
      (
        await Promise.all(allLedgers().map(async (l) => tableDrift(tableSpec(l), await readTable(s.ds, l.table))))
      ).flat();
    // back past the newest migration that changed a ledger table (later ones may add other tables)
    for (let i = 0; i < 5 && !(await drift()).length; i++) await s.ds.undoLastMigration({ transaction: 'each' });
    expect(await drift()).not.toEqual([]); // the declarations are ahead of the database again
    await s.ds.runMigrations({ transaction: 'each' });
    expect(await drift()).toEqual([]);
  });

  it('the committed snapshot is the declarations as migrated (run `npm run migration:new -- <name>` after changing one)', () => {
    const snapshot = JSON.parse(fs.readFileSync('server/src/migrations/ledger-tables.snapshot.json', 'utf8'));
    expect(Object.fromEntries(allLedgers().map((l) => [l.table, tableSpec(l)]))).toEqual(snapshot);
  });
});
