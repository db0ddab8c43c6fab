import { describe, expect, it } from 'vitest';
import { technicianFigures, type RequestFacts } from './technician-figures.rules.js';

const at = (s: string) => new Date(`${s}:00+08:00`);
const request = (id: number, over: Partial<RequestFacts>): RequestFacts => ({
  id,
  technicianId: 1,
  archiveId: id,
  status: 'CLOSED',
  reportedAt: at('2026-03-02T09:00'),
  clearedAt: at('2026-03-02T15:00'),
  satisfied: true,
  respondedAt: at('2026-03-02T09:30'),
  responseDueAt: at('2026-03-02T11:00'),
  arrivedAt: at('2026-03-02T13:00'),
  arrivalDueAt: at('2026-03-03T09:00'),
  clearDueAt: at('2026-03-03T13:00'),
  reportFiledAt: at('2026-03-02T16:00'),
  reportDueAt: at('2026-03-03T23:59'),
  ...over,
});

describe("a technician's figures", () => {
  const now = at('2026-04-01T09:00');
  it('counts promises kept per clock, the first-time fixes, repeats within 30 days, hours, parts and satisfaction', () => {
    const [f] = technicianFigures(
      [
        request(1, {}),
        request(2, { arrivedAt: at('2026-03-03T10:00'), satisfied: false }),
        request(3, { status: 'REMOTE_RESOLVED', arrivedAt: null, clearedAt: at('2026-03-02T09:30'), satisfied: null }),
      ],
      [
        { requestId: 1, arrivedAt: at('2026-03-02T13:00'), fixed: true, hours: 2, partsCost: 120 },
        { requestId: 2, arrivedAt: at('2026-03-03T10:00'), fixed: false, hours: 3, partsCost: 0 },
        { requestId: 2, arrivedAt: at('2026-03-04T10:00'), fixed: true, hours: 1.5, partsCost: 80.5 },
      ],
      [{ id: 9, archiveId: 1, reportedAt: at('2026-03-20T10:00') }],
      now,
    );
    expect(f.requests).toBe(3);
    expect(f.kept.RESPONSE).toEqual({ kept: 3, counted: 3 });
    expect(f.kept.ARRIVAL).toEqual({ kept: 1, counted: 2 }); // request 2 arrived an hour late; 3 needed none
    expect([f.visited, f.firstTimeFixed, f.visits]).toEqual([2, 1, 3]);
    expect(f.repeats).toBe(1); // unit 1 called again 18 days after it was cleared
    expect([f.hours, f.partsCost]).toEqual([6.5, 200.5]);
    expect([f.satisfied, f.calledBack]).toEqual([1, 2]);
  });
});
