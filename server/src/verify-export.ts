/**
 * `npm run verify-export -- <file.xlsx>`: checks an exported workbook (a dossier or a ledger export
 * with a 导出清单) against its own hashes and the audit key's checkpoint signature (AUDIT_KEY, or
 * the key file in DATA_DIR). Exit 0 when it holds, 1 naming what does not, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveAuditKey } from './core/audit/audit-key.js';
import { verifyWorkbook } from './core/ledger/verify-workbook.js';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) {
    console.error('usage: npm run verify-export -- <file.xlsx>   (AUDIT_KEY or DATA_DIR/audit.key checks the signature)');
    return 2;
  }
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || './data');
  const key = process.env.AUDIT_KEY?.trim() || fs.existsSync(path.join(dataDir, 'audit.key')) ? resolveAuditKey(dataDir, process.env.AUDIT_KEY).key : null;
  const r = await verifyWorkbook(file, key);
  if (r.ok) {
    console.log(`OK: ${r.sheets} 个工作表的 SHA-256 相符${key ? '，检查点签名相符' : '（没有密钥，未核对签名）'}`);
    return 0;
  }
  for (const p of r.problems) console.error(`不符: ${p}`);
  return 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`无法读取: ${(e as Error).message}`);
  process.exit(2);
});
