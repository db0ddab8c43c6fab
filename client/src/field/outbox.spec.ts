import { describe, expect, it } from 'vitest';
import { draftProblems, newDraft, sync, type ReportDraft, type Transport } from './outbox';

const PNG = `data:image/png;base64,${Buffer.from('signature').toString('base64')}`;
const JPG = `data:image/jpeg;base64,${Buffer.from('photo').toString('base64')}`;

/** A server that files each draft key once, and a network that drops after `up` answers. */
function network(up: number) {
  const filed = new Map<string, number>();
  const held = new Map<number, string[]>();
  let left = up;
  let files = 0;
  const reach = () => left-- > 0;
  const net: Transport = {
    async file(d) {
      if (!reach()) return 'offline';
      if (!filed.has(d.draftKey)) filed.set(d.draftKey, filed.size + 1);
      return { visitId: filed.get(d.draftKey)! };
    },
    async heldFiles(id) {
      if (!reach()) return 'offline';
      return held.get(id) ?? [];
    },
    async upload(id, _c, _n, blob) {
      if (!reach()) return 'offline';
      const sum = [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      held.set(id, [...(held.get(id) ?? []), sum]);
      files++;
      return 'ok';
    },
  };
  return { net, filed, held, files: () => files, restore: (n: number) => (left = n) };
}

const ready = (): ReportDraft => ({
  ...newDraft({ id: 7, requestNo: 'BX-2026-000007', customer: '上海华达' }, new Date('2026-11-18T02:00:00Z')),
  arrivedAt: '2026-11-18T02:00:00Z',
  workDone: '更换驱动板',
  customerName: '李主管',
  signature: PNG,
  photos: [JPG],
  state: 'queued',
});

describe('the phone’s outbox', () => {
  it('says what is missing before a report may be sent', () => {
    const d = newDraft({ id: 1, requestNo: 'BX-1', customer: 'x' }, new Date());
    expect(draftProblems(d)).toEqual([
      '请先点「到场」记录到场时间',
      '请填写处理措施',
      '请填写客户确认人姓名',
      '请客户在屏幕上签名',
    ]);
    expect(draftProblems(ready())).toEqual([]);
  });

  it('keeps everything through a dropped network and files the report and each file exactly once', async () => {
    const server = network(0);
    const saved: string[] = [];
    const keep = (l: ReportDraft[]) => saved.push(JSON.stringify(l));
    let list = [ready()];
    // offline: nothing leaves, nothing is lost
    list = await sync(list, server.net, keep);
    expect(list[0].state).toBe('queued');
    // the report goes, then the network drops before the files
    server.restore(1);
    list = await sync(list, server.net, keep);
    expect(list[0]).toMatchObject({ state: 'filed', visitId: 1 });
    // the phone restarts from what it saved, the report is re-sent (a lost answer): the server files it once
    list = JSON.parse(saved.at(-1)!) as ReportDraft[];
    list[0].state = 'queued';
    server.restore(3);
    list = await sync(list, server.net, keep); // file, list held, upload the signature — then gone again
    expect(server.filed.size).toBe(1);
    expect(server.files()).toBe(1);
    server.restore(10);
    list = await sync(list, server.net, keep);
    expect(list[0].state).toBe('done');
    expect(server.files()).toBe(2); // the signature was not sent again
    expect([list[0].signature, list[0].photos]).toEqual([null, []]);
  });
});
