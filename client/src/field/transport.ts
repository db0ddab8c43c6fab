import { token } from '../api';
import type { Answer, ReportDraft, Transport } from './outbox';

/** POSTs GraphQL; 'offline' when the network (or the server) is not there. */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<{ data?: T; errors?: Array<{ message: string }> }>> {
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token() ?? ''}`,
        'accept-language': 'zh-CN',
      },
      body: JSON.stringify({ query, variables }),
    });
    if (res.status >= 502) return 'offline';
    return (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  } catch {
    return 'offline';
  }
}

const FILE = `mutation($input: ServiceReportInput!) { fileServiceReport(input: $input) { ok errors { field message } rows { id } } }`;

/** The phone's way to the server: the report by its draft key, the visit's files by their SHA-256. */
export const fieldTransport: Transport = {
  async file(d: ReportDraft) {
    const r = await gql<{
      fileServiceReport: { ok: boolean; errors: Array<{ message: string }>; rows: Array<{ id: number }> };
    }>(FILE, {
      input: {
        requestId: d.requestId,
        draftKey: d.draftKey,
        arrivedAt: d.arrivedAt,
        departedAt: d.departedAt,
        findings: d.findings || null,
        faultCode: d.faultCode || null,
        workDone: d.workDone,
        fixed: d.fixed,
        hours: d.hours,
        customerName: d.customerName || null,
        parts: d.parts,
      },
    });
    if (r === 'offline') return r;
    const saved = r.data?.fileServiceReport;
    if (saved?.ok) return { visitId: saved.rows[0].id };
    return {
      error: saved?.errors.map((e) => e.message).join('；') || r.errors?.map((e) => e.message).join('；') || '提交失败',
    };
  },
  async heldFiles(visitId: number) {
    const r = await gql<{ attachments: Array<{ sha256: string }> }>(
      `query($id: Int!) { attachments(ledger: "serviceVisit", recordId: $id) { sha256 } }`,
      { id: visitId },
    );
    if (r === 'offline') return r;
    return (r.data?.attachments ?? []).map((a) => a.sha256);
  },
  async upload(visitId, category, name, bytes) {
    try {
      const res = await fetch(
        `/attachments/serviceVisit/${visitId}?category=${category}&name=${encodeURIComponent(name)}`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token() ?? ''}`, 'content-type': 'application/octet-stream' },
          body: bytes,
        },
      );
      if (res.status >= 502) return 'offline';
      if (res.ok) return 'ok';
      const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
      return { error: body?.error?.message ?? `上传失败（${res.status}）` };
    } catch {
      return 'offline';
    }
  },
};
