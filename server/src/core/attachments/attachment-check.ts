import type { DataSource } from 'typeorm';
import { quoter } from '../db/sql-value.js';
import type { BlobStore } from './blob-store.js';
import { ATTACH } from './attachments.js';
import { DatabaseBlobStore } from './blob-store.js';
import type { LedgerDef } from '../ledger/schema/ledger.types.js';
import { reconcileLedger } from '../ledger/trail/reconcile.js';

/** The files the trail vouches for, held against what is stored: how many were checked, and what does not hold. */
export interface FileCheck {
  checked: number;
  problems: string[];
}

/**
 * Every file an ATTACH entry of the trail names (of one ledger, or all): its attachment row must be
 * there with the SHA-256 the trail recorded, and its bytes must hash to it now; an attachment row the
 * trail never recorded was written past the application. Each stored content is hashed once.
 */
export async function checkAttachmentFiles(ds: DataSource, store: BlobStore, ledger?: string): Promise<FileCheck> {
  const q = quoter(ds);
  const events = (await ds.query(
    `SELECT ${q('newValue')} AS v FROM ${q('audit_event')} WHERE ${q('action')} = ?${ledger ? ` AND ${q('entity')} = ?` : ''} ORDER BY ${q('seq')}`,
    [ATTACH, ...(ledger ? [ledger] : [])],
  )) as Array<{ v: string | null }>;
  const rows = (await ds.query(
    `SELECT ${q('id')} AS id, ${q('fileName')} AS name, ${q('sha256')} AS sha, ${q('blobId')} AS bid FROM ${q('attachment')}${ledger ? ` WHERE ${q('ledger')} = ?` : ''}`,
    ledger ? [ledger] : [],
  )) as Array<{ id: number; name: string; sha: string; bid: number }>;
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const digests = new Map<number, string | null>();
  const problems: string[] = [];
  const recorded = new Set<number>();
  for (const e of events) {
    let a: { attachmentId?: number; fileName?: string; sha256?: string };
    try {
      a = JSON.parse(e.v ?? '{}') as typeof a;
    } catch {
      problems.push('一条添加附件的审计记录无法读取');
      continue;
    }
    const id = Number(a.attachmentId);
    recorded.add(id);
    const row = byId.get(id);
    const name = `附件 #${id}「${a.fileName ?? ''}」`;
    if (!row) {
      problems.push(`${name}：附件记录不在了`);
      continue;
    }
    if (row.sha !== a.sha256) {
      problems.push(`${name}：附件记录的 SHA-256 与审计记录不符（被改过）`);
      continue;
    }
    const blob = Number(row.bid);
    if (!digests.has(blob)) digests.set(blob, await store.digestNow(blob));
    const now = digests.get(blob);
    if (now === null) problems.push(`${name}：文件内容不在了`);
    else if (now !== a.sha256) problems.push(`${name}：文件内容被改动过（SHA-256 不符）`);
  }
  for (const r of rows)
    if (!recorded.has(Number(r.id))) problems.push(`附件 #${r.id}「${r.name}」没有审计记录：是绕过系统写入的`);
  return { checked: events.length, problems };
}

/** A ledger held against its trail (reconcileLedger), its attached files included. */
export async function reconcileWithFiles(
  ds: DataSource,
  ledger: LedgerDef,
  opts: Parameters<typeof reconcileLedger>[2],
): Promise<Awaited<ReturnType<typeof reconcileLedger>> & { filesChecked: number; fileProblems: string[] }> {
  const report = await reconcileLedger(ds, ledger, opts);
  const files = await checkAttachmentFiles(ds, new DatabaseBlobStore(ds), ledger.name);
  return { ...report, filesChecked: files.checked, fileProblems: files.problems };
}
