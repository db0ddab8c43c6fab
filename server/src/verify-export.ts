/**
 * `npm run verify-export -- <file.xlsx>`: checks an exported workbook (a dossier or a ledger export
 * or the audit log, with a 导出清单) against the manifest's signature (with AUDIT_KEY, or the key file
 * in DATA_DIR) and every sheet's hashes. Exit 0 only when the signature and every sheet hold; 1
 * naming what does not (or that without the key nothing was proven); 2 on bad usage.
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
  if (r.ok && key) {
    console.log(`OK: 清单签名相符，${r.sheets} 个工作表的 SHA-256 相符，没有多出的工作表`);
    return 0;
  }
  if (r.ok) {
    // without the key anyone could have recomputed the hashes: that proves nothing
    console.error(`未证明: ${r.sheets} 个工作表的 SHA-256 与清单相符，但没有审计密钥（AUDIT_KEY 或 DATA_DIR/audit.key），清单签名未核对；请在有密钥的地方核对，或上传到审计页面`);
    return 1;
  }
  for (const p of r.problems) console.error(`不符: ${p}`);
  return 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`无法读取: ${(e as Error).message}`);
  process.exit(2);
});
