import type { DataSource } from 'typeorm';
import { addAttachment } from '../server/src/core/attachments/attachments.js';
import { DatabaseBlobStore } from '../server/src/core/attachments/blob-store.js';
import { listAll } from '../server/src/core/ledger/query/list-query.js';
import type { Actor } from '../server/src/core/ledger/write/batch-save.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { reworkOrderLedger } from '../server/src/modules/rework/rework.ledgers.js';
import { DEFAULT_ATTACHMENT_LIMITS } from '../server/src/api/http/attachments.router.js';
import { pdf, png } from './demo-files.js';

type DemoUser = { id: number; displayName: string; role: string };
const actorOf = (u: DemoUser): Actor => ({ userId: u.id, role: u.role, displayName: u.displayName });
const once = (b: Buffer) =>
  (async function* () {
    yield b;
  })();

/**
 * The demo's attachments, through the application as a user would add them (each audited): photos of
 * the fault (small generated images) and scanned customer letters (generated PDFs) on the quality
 * complaints, test reports on the first rework orders.
 */
export async function seedAttachments(ds: DataSource, users: Map<string, DemoUser>): Promise<number> {
  const store = new DatabaseBlobStore(ds);
  const clerk = actorOf(users.get('clerk')!);
  const pmc = actorOf(users.get('pmc')!);
  let n = 0;
  const add = async (
    actor: Actor,
    ledger: typeof complaintLedger,
    id: number,
    category: string,
    name: string,
    b: Buffer,
  ) => {
    await addAttachment(
      ds,
      store,
      actor,
      ledger,
      id,
      { category, fileName: name, body: once(b) },
      DEFAULT_ATTACHMENT_LIMITS,
    );
    n++;
  };
  const complaints = (
    await listAll(ds.manager, complaintLedger, { filter: { causeCategory: { eq: 'QUALITY' } } })
  ).slice(0, 12);
  for (const [i, c] of complaints.entries()) {
    const shade = 60 + ((i * 37) % 150);
    await add(
      clerk,
      complaintLedger,
      Number(c.id),
      'PHOTO',
      `${String(c.complaintNo)} 故障照片.png`,
      png(160, 120, [shade, 90, 200 - shade / 2]),
    );
    if (i % 3 === 0)
      await add(
        clerk,
        complaintLedger,
        Number(c.id),
        'LETTER',
        `${String(c.complaintNo)} 客户来函.pdf`,
        pdf(`Customer letter ${String(c.complaintNo)}`),
      );
  }
  const reworks = (await listAll(ds.manager, reworkOrderLedger, {})).slice(0, 6);
  for (const w of reworks)
    await add(
      pmc,
      reworkOrderLedger,
      Number(w.id),
      'TEST_REPORT',
      `${String(w.reworkNo)} 检测报告.pdf`,
      pdf(`Test report ${String(w.reworkNo)}: OK`),
    );
  return n;
}
