/**
 * `npm run verify-export -- <file.xlsx|file.zip|file.csv>`: checks an exported workbook (a dossier or a ledger
 * export or the audit log, with a 导出清单) against the manifest's signature (with AUDIT_KEY, or the
 * key file in DATA_DIR) and every sheet's hashes; a CSV export against the trail of the database
 * (DATABASE_URL, or the SQLite file in DATA_DIR), which recorded its SHA-256. Exit 0 only when it
 * holds; 1 naming what does not (or that nothing was proven); 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveAuditKey } from './core/audit/audit-key.js';
import { verifyWorkbook } from './core/ledger/files/verify-workbook.js';
import { isPackage, verifyPackage } from './core/attachments/verify-package.js';
import { verifyCsvExport } from './core/ledger/files/verify-csv-export.js';
import { createDataSource } from './core/db/data-source.js';

/** A CSV export: its hash looked up in the trail of the database it came from, read without migrating or locking it. */
async function verifyCsv(file: string, dataDir: string): Promise<number> {
  const ds = createDataSource({
    databaseUrl: process.env.DATABASE_URL?.trim() || null,
    sqliteFile: path.join(dataDir, 'service-ledger.sqlite'),
    entities: [],
    migrations: [],
  });
  try {
    await ds.initialize();
  } catch (e) {
    console.error(
      `未证明: 无法打开数据库（DATABASE_URL 或 DATA_DIR 的 SQLite 文件）以核对 CSV 的 SHA-256：${(e as Error).message}`,
    );
    return 1;
  }
  try {
    const r = await verifyCsvExport(ds, fs.readFileSync(file));
    if (r.ok && r.export) {
      console.log(
        `OK: 与审计记录中的导出一致（台账 ${r.export.ledger}，导出编号 ${r.export.exportId}，${r.export.rows} 行，SHA-256 ${r.sha256}），审计链完整`,
      );
      return 0;
    }
    for (const p of r.problems) console.error(`不符: ${p}`);
    return 1;
  } finally {
    await ds.destroy();
  }
}

const USAGE =
  'usage: npm run verify-export -- <file.xlsx|file.zip|file.csv>   (XLSX: AUDIT_KEY or DATA_DIR/audit.key checks the signature; CSV: DATABASE_URL or DATA_DIR names the database whose trail recorded it)';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown || args.length > 1) {
    console.error(`${unknown ? `unknown argument "${unknown}"` : 'one file at a time'}\n${USAGE}`);
    return 2;
  }
  const file = args[0];
  if (!file || !fs.existsSync(file)) {
    console.error(
      'usage: npm run verify-export -- <file.xlsx|file.zip|file.csv>   (XLSX: AUDIT_KEY or DATA_DIR/audit.key checks the signature; CSV: DATABASE_URL or DATA_DIR names the database whose trail recorded it)',
    );
    return 2;
  }
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || './data');
  if (fs.readFileSync(file).subarray(0, 2).toString('latin1') !== 'PK') return verifyCsv(file, dataDir);
  const key =
    process.env.AUDIT_KEY?.trim() || fs.existsSync(path.join(dataDir, 'audit.key'))
      ? resolveAuditKey(dataDir, process.env.AUDIT_KEY).key
      : null;
  const bytes = fs.readFileSync(file);
  const r = (await isPackage(bytes)) ? await verifyPackage(bytes, key) : await verifyWorkbook(bytes, key);
  const files = 'files' in r ? `，${r.files} 个附件文件的 SHA-256 与附件清单相符，没有多出的文件` : '';
  if (r.ok && key) {
    console.log(`OK: 清单签名相符，${r.sheets} 个工作表的 SHA-256 相符，没有多出的工作表${files}`);
    return 0;
  }
  if (r.ok) {
    // without the key anyone could have recomputed the hashes: that proves nothing
    console.error(
      `未证明: ${r.sheets} 个工作表的 SHA-256 与清单相符，但没有审计密钥（AUDIT_KEY 或 DATA_DIR/audit.key），清单签名未核对；请在有密钥的地方核对，或上传到审计页面`,
    );
    return 1;
  }
  for (const p of r.problems) console.error(`不符: ${p}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`无法读取: ${(e as Error).message}`);
    process.exit(2);
  },
);
