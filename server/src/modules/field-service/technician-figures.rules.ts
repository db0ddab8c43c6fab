import { readClocks, type ClockKey } from './service-promise.rules.js';

/** A request as the figures read it. */
export interface RequestFacts {
  id: number;
  technicianId: number;
  archiveId: number | null;
  status: string;
  reportedAt: Date;
  clearedAt: Date | null;
  satisfied: boolean | null;
  [clockField: string]: unknown;
}

export interface VisitFacts {
  requestId: number;
  arrivedAt: Date;
  fixed: boolean;
  hours: number;
  partsCost: number;
}

export interface TechnicianFigures {
  technicianId: number;
  requests: number;
  /** Clocks stopped in time ÷ clocks stopped (or overdue), per clock. */
  kept: Record<ClockKey, { kept: number; counted: number }>;
  visits: number;
  /** Requests whose first visit fixed the fault ÷ requests with a visit. */
  firstTimeFixed: number;
  visited: number;
  /** Requests followed by another request on the same unit within 30 days of being cleared. */
  repeats: number;
  hours: number;
  partsCost: number;
  satisfied: number;
  calledBack: number;
}

const REPEAT_DAYS = 30;

/**
 * 技术人员业绩: per technician, from his requests in the period, their visits, and the requests on the
 * same units afterwards (for repeats). A clock counts once it has stopped or gone overdue; one still
 * running is not judged yet.
 */
export function technicianFigures(
  requests: readonly RequestFacts[],
  visits: readonly VisitFacts[],
  laterOnSameUnit: ReadonlyArray<{ archiveId: number; reportedAt: Date; id: number }>,
  now: Date,
): TechnicianFigures[] {
  const byRequest = new Map<number, VisitFacts[]>();
  for (const v of visits) byRequest.set(v.requestId, [...(byRequest.get(v.requestId) ?? []), v]);
  const out = new Map<number, TechnicianFigures>();
  for (const r of requests) {
    const f =
      out.get(r.technicianId) ??
      out
        .set(r.technicianId, {
          technicianId: r.technicianId,
          requests: 0,
          kept: {
            RESPONSE: { kept: 0, counted: 0 },
            ARRIVAL: { kept: 0, counted: 0 },
            CLEARED: { kept: 0, counted: 0 },
            REPORT: { kept: 0, counted: 0 },
          },
          visits: 0,
          firstTimeFixed: 0,
          visited: 0,
          repeats: 0,
          hours: 0,
          partsCost: 0,
          satisfied: 0,
          calledBack: 0,
        })
        .get(r.technicianId)!;
    f.requests++;
    for (const c of readClocks(r, now)) {
      if (c.state === 'KEPT' || c.state === 'MISSED' || c.state === 'OVERDUE') f.kept[c.key].counted++;
      if (c.state === 'KEPT') f.kept[c.key].kept++;
    }
    const vs = [...(byRequest.get(r.id) ?? [])].sort((a, b) => a.arrivedAt.getTime() - b.arrivedAt.getTime());
    if (vs.length) {
      f.visited++;
      if (vs[0].fixed) f.firstTimeFixed++;
    }
    f.visits += vs.length;
    f.hours += vs.reduce((s, v) => s + v.hours, 0);
    f.partsCost += vs.reduce((s, v) => s + v.partsCost, 0);
    if (r.clearedAt && r.archiveId !== null) {
      const until = r.clearedAt.getTime() + REPEAT_DAYS * 86_400_000;
      if (
        laterOnSameUnit.some(
          (x) =>
            x.archiveId === r.archiveId &&
            x.id !== r.id &&
            x.reportedAt > r.clearedAt! &&
            x.reportedAt.getTime() <= until,
        )
      )
        f.repeats++;
    }
    if (r.satisfied !== null) {
      f.calledBack++;
      if (r.satisfied) f.satisfied++;
    }
  }
  for (const f of out.values()) {
    f.hours = Math.round(f.hours * 10) / 10;
    f.partsCost = Math.round(f.partsCost * 100) / 100;
  }
  return [...out.values()];
}
