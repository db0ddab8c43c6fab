// The technician's reports on the phone: kept in the phone's storage from the first keystroke, sent when
// the network is there, never lost and never filed twice. The server files a report once per draft key
// (fileServiceReport); a file is sent only when the visit does not hold its SHA-256 yet.

export interface UsedPart {
  partNo: string;
  qty: number;
}

/** What the form holds: the visit as recorded on site. Times are ISO strings. */
export interface ReportDraft {
  draftKey: string;
  requestId: number;
  requestNo: string;
  customer: string;
  arrivedAt: string | null;
  departedAt: string | null;
  findings: string;
  faultCode: string;
  workDone: string;
  fixed: boolean;
  hours: number | null;
  customerName: string;
  parts: UsedPart[];
  /** The signature drawn on the screen, as a PNG data URL. */
  signature: string | null;
  /** Photos, scaled down on the phone, as JPEG data URLs. */
  photos: string[];
  /** editing: on the form; queued: to send; filed: on the server (files may still be going); done; refused: the server said why. */
  state: 'editing' | 'queued' | 'filed' | 'done' | 'refused';
  visitId: number | null;
  /** SHA-256 of the files the visit holds already. */
  sent: string[];
  error: string | null;
  savedAt: string;
}

export type Answer<T> = T | 'offline';

/** How the outbox reaches the server (the page's fetches; a test's fakes of the network, not of the server). */
export interface Transport {
  file(d: ReportDraft): Promise<Answer<{ visitId: number } | { error: string }>>;
  heldFiles(visitId: number): Promise<Answer<string[]>>;
  upload(visitId: number, category: string, name: string, bytes: Blob): Promise<Answer<'ok' | { error: string }>>;
}

const KEY = 'sl.field.drafts';

export function loadDrafts(store: Storage = localStorage): ReportDraft[] {
  try {
    return JSON.parse(store.getItem(KEY) ?? '[]') as ReportDraft[];
  } catch {
    return [];
  }
}

/** Keeps the drafts; answers false when the phone's storage is full (the page says so, nothing is dropped). */
export function keepDrafts(list: ReportDraft[], store: Storage = localStorage): boolean {
  try {
    store.setItem(KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

export function newDraft(request: { id: number; requestNo: string; customer: string }, now: Date): ReportDraft {
  const key = `${request.requestNo}-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    draftKey: key.slice(0, 40),
    requestId: request.id,
    requestNo: request.requestNo,
    customer: request.customer,
    arrivedAt: null,
    departedAt: null,
    findings: '',
    faultCode: '',
    workDone: '',
    fixed: true,
    hours: null,
    customerName: '',
    parts: [],
    signature: null,
    photos: [],
    state: 'editing',
    visitId: null,
    sent: [],
    error: null,
    savedAt: now.toISOString(),
  };
}

/** What is missing before a report may be queued, in words; empty when it may. */
export function draftProblems(d: ReportDraft): string[] {
  const out: string[] = [];
  if (!d.arrivedAt) out.push('请先点「到场」记录到场时间');
  if (!d.workDone.trim()) out.push('请填写处理措施');
  if (!d.customerName.trim()) out.push('请填写客户确认人姓名');
  if (!d.signature) out.push('请客户在屏幕上签名');
  if (d.parts.some((p) => !Number.isInteger(p.qty) || p.qty <= 0)) out.push('用件数量须为正整数');
  return out;
}

export function dataUrlToBlob(url: string): Blob {
  const [head, data] = url.split(',');
  const mime = /data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The files of a report with the category and name they are kept under. */
function filesOf(d: ReportDraft): Array<{ category: string; name: string; url: string }> {
  return [
    ...(d.signature ? [{ category: 'SIGNATURE', name: `客户签名-${d.requestNo}.png`, url: d.signature }] : []),
    ...d.photos.map((url, i) => ({ category: 'PHOTO', name: `现场照片-${d.requestNo}-${i + 1}.jpg`, url })),
  ];
}

/**
 * Sends what can be sent, one draft at a time, saving after every step so that a phone switched off
 * mid-way resumes where it was. Stops at the first sign the network is gone. Answers the drafts.
 */
export async function sync(
  list: ReportDraft[],
  net: Transport,
  keep: (l: ReportDraft[]) => void,
): Promise<ReportDraft[]> {
  for (const d of list) {
    if (d.state === 'queued') {
      const r = await net.file(d);
      if (r === 'offline') return list;
      if ('error' in r) Object.assign(d, { state: 'refused', error: r.error });
      else Object.assign(d, { state: 'filed', visitId: r.visitId, error: null });
      keep(list);
    }
    if (d.state !== 'filed' || d.visitId === null) continue;
    const held = await net.heldFiles(d.visitId);
    if (held === 'offline') return list;
    for (const f of filesOf(d)) {
      const blob = dataUrlToBlob(f.url);
      const sum = await sha256(blob);
      if (held.includes(sum) || d.sent.includes(sum)) {
        if (!d.sent.includes(sum)) d.sent.push(sum);
        continue;
      }
      const up = await net.upload(d.visitId, f.category, f.name, blob);
      if (up === 'offline') return list;
      if (up !== 'ok') {
        Object.assign(d, { error: `${f.name}：${up.error}` });
        keep(list);
        return list;
      }
      d.sent.push(sum);
      keep(list);
    }
    Object.assign(d, { state: 'done', signature: null, photos: [] }); // the server holds them: free the phone's storage
    keep(list);
  }
  return list;
}
