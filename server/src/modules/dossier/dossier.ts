import type { Writable } from 'node:stream';
import { endExport, streamingWorkbook } from '../../core/ledger/files/sheet-cells.js';
import type { DataSource } from 'typeorm';
import { quoter } from '../../core/db/sql-value.js';
import { batches } from '../../core/ledger/files/export.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import { writeHistorySheet } from '../../core/ledger/files/history-sheet.js';
import { writeAttachmentSheet } from '../../core/attachments/attachment-sheet.js';
import type { AttachmentInfo } from '../../core/attachments/attachments.js';
import { userNames, writeLedgerSheet } from '../../core/ledger/files/ledger-sheet.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import { excelSheetName, type SheetDigest } from '../../core/ledger/files/sheet-digest.js';
import {
  manifestSheet,
  recordExport,
  writeManifest,
  type ExportStamp,
} from '../../core/ledger/files/workbook-manifest.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { routineInspectionLedger } from '../inspection/routine-inspection.ledger.js';
import { noticeLedger } from '../notice/notice.ledger.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import {
  materialLineLedger,
  materialRequisitionLedger,
  requisitionLineLedger,
  reworkOrderLedger,
} from '../rework/rework.ledgers.js';
import { callbackLedger, surveyLedger } from '../survey/survey.ledgers.js';
import { serviceRequestLedger } from '../field-service/service-request.ledger.js';
import { serviceVisitLedger } from '../field-service/service-visit.ledger.js';
import { partMovementLedger } from '../field-service/spare-part.ledgers.js';

/** The most archives one dossier takes (its history sheet grows with every record). */
export const MAX_DOSSIER_ARCHIVES = 5000;

export class DossierError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** `field IN (…)` filters of at most 500 ids each (the list filter's limit); none when there are no ids. */
const inFilters = (field: string, ids: number[]): LedgerFilter[] => {
  const out: LedgerFilter[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push({ [field]: { in: ids.slice(i, i + 500) } });
  return out;
};

export interface DossierSummary {
  archives: number;
  sheets: Array<{ name: string; rows: number; sha256: string }>;
  /** The files 附件清单 lists, with where they go in a package. */
  files: Array<AttachmentInfo & { path: string }>;
}

/** The customers owning the archives. */
async function customersOf(ds: DataSource, archiveIds: number[]): Promise<number[]> {
  const q = quoter(ds);
  const out = new Set<number>();
  for (let i = 0; i < archiveIds.length; i += 500) {
    const chunk = archiveIds.slice(i, i + 500);
    const rows: Array<{ c: number }> = await ds.query(
      `SELECT DISTINCT ${q('customerId')} AS c FROM ${q('service_archive')} WHERE ${q('id')} IN (${chunk.map(() => '?').join(', ')})`,
      chunk,
    );
    for (const r of rows) if (r.c !== null) out.add(Number(r.c));
  }
  return [...out];
}

/** The archives a dossier covers: one by number or serial, or many by the archive ledger's list filter. */
export async function dossierArchives(
  ds: DataSource,
  sel: { archiveNo?: string; serialNo?: string; filter?: LedgerFilter },
): Promise<number[]> {
  const filter: LedgerFilter = sel.archiveNo
    ? { archiveNo: { eq: sel.archiveNo } }
    : sel.serialNo
      ? { serialNo: { eq: sel.serialNo } }
      : (sel.filter ?? {});
  const ids: number[] = [];
  for await (const batch of batches(ds, serviceArchiveLedger, { filter, includeVoided: true })) {
    ids.push(...batch.map((r) => Number(r[0])));
    if (ids.length > MAX_DOSSIER_ARCHIVES)
      throw new DossierError('filter', `一份档案包最多 ${MAX_DOSSIER_ARCHIVES} 个档案，请缩小筛选范围`);
  }
  if (!ids.length)
    throw new DossierError(sel.archiveNo ? 'archiveNo' : sel.serialNo ? 'serialNo' : 'filter', '没有符合条件的档案');
  return ids;
}

/**
 * The auditor's dossier, streamed: 档案, one sheet per kind of record linked to the units, 变更记录
 * (every audit event of every record in it) and 导出清单 (who, when, the selection, each sheet's
 * rows and SHA-256, the signed audit checkpoint). The export is itself an audit event.
 */
export async function writeDossier(
  ds: DataSource,
  stamp: ExportStamp,
  archiveIds: number[],
  selection: unknown,
  out: Writable,
  actor: { userId: number; displayName: string; role: string },
): Promise<DossierSummary> {
  const users = await userNames(ds);
  const wb = await streamingWorkbook(out);
  const written: Array<{ ledger: LedgerDef; ids: number[]; name: string; digest: SheetDigest }> = [];
  const sheet = async (ledger: LedgerDef, filters: LedgerFilter[], name = excelSheetName(ledger.label.zh)) => {
    const s = await writeLedgerSheet(ds, wb, ledger, filters, name, users, actor.role);
    written.push({ ledger, ids: s.ids, name, digest: s.digest });
    return s.ids;
  };
  await sheet(serviceArchiveLedger, inFilters('id', archiveIds), '档案');
  const complaints = await sheet(complaintLedger, inFilters('archiveId', archiveIds));
  await sheet(returnOrderLedger, inFilters('archiveId', archiveIds));
  const reworks = await sheet(reworkOrderLedger, inFilters('archiveId', archiveIds));
  await sheet(materialLineLedger, inFilters('reworkOrderId', reworks));
  await sheet(materialRequisitionLedger, inFilters('reworkOrderId', reworks));
  await sheet(requisitionLineLedger, inFilters('reworkOrderId', reworks));
  await sheet(routineInspectionLedger, inFilters('archiveId', archiveIds));
  await sheet(callbackLedger, inFilters('archiveId', archiveIds));
  // field service: the unit's repair requests, their visits (服务报告) and the parts those used
  const requests = await sheet(serviceRequestLedger, inFilters('archiveId', archiveIds));
  const visits = await sheet(serviceVisitLedger, inFilters('requestId', requests));
  await sheet(partMovementLedger, inFilters('visitId', visits));
  // a satisfaction survey is of a customer, not of one unit: the surveys of the units' customers
  await sheet(surveyLedger, inFilters('customerId', await customersOf(ds, archiveIds)));
  await sheet(noticeLedger, [...inFilters('sourceComplaintId', complaints), ...inFilters('sourceReworkId', reworks)]);
  const history = await writeHistorySheet(
    ds,
    wb,
    written.map((w) => ({ ledger: w.ledger, ids: w.ids })),
    users,
    actor.role,
  );
  const attached = await writeAttachmentSheet(
    ds,
    wb,
    written.map((w) => ({ ledger: w.ledger, ids: w.ids })),
    users,
    actor,
  );
  const sheets = [...written.map((w) => manifestSheet(w.name, w.digest)), history, attached.sheet];
  writeManifest(
    ds,
    wb,
    'zh',
    actor,
    [
      ['选择', JSON.stringify(selection)],
      ['档案数', archiveIds.length],
    ],
    stamp,
    sheets,
  );
  await wb.commit();
  await recordExport(
    ds,
    stamp,
    actor.userId,
    serviceArchiveLedger.name,
    { kind: 'dossier', selection, archives: archiveIds.length },
    sheets,
  );
  await endExport(out);
  return { archives: archiveIds.length, sheets, files: attached.files };
}
