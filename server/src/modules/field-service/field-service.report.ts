import type { DataSource } from 'typeorm';
import { addDays, localMoment } from '../../../../common/business-time.js';
import type { Period } from '../report/period.rules.js';
import type { ReportTable } from '../report/report-content.js';
import { figuresFor } from './field-service.queries.js';
import type { ClockKey } from './service-promise.rules.js';
import type { TechnicianFigures } from './technician-figures.rules.js';

const CLOCKS: Array<[ClockKey, string]> = [
  ['RESPONSE', '响应按时率'],
  ['ARRIVAL', '到场按时率'],
  ['CLEARED', '排除按时率'],
  ['REPORT', '报告按时率'],
];
const rate = (a: number, b: number) => (b ? a / b : null);

/**
 * 现场服务 of a report's period, by service station: the promise kept per clock, first-time fixes,
 * repeats, hours, parts and satisfaction — the general manager's month in one table.
 */
export async function fieldServiceTable(ds: DataSource, p: Period, now: Date): Promise<ReportTable> {
  const figures = await figuresFor(ds, localMoment(p.from), localMoment(addDays(p.to, 1)), now);
  const stations = new Map<string, TechnicianFigures[]>();
  for (const f of figures) stations.set(f.station, [...(stations.get(f.station) ?? []), f]);
  const line = (label: string, list: TechnicianFigures[]) => {
    const sum = (
      k: 'requests' | 'visited' | 'firstTimeFixed' | 'repeats' | 'hours' | 'partsCost' | 'calledBack' | 'satisfied',
    ) => list.reduce((n, f) => n + f[k], 0);
    const kept = (c: ClockKey) =>
      rate(
        list.reduce((n, f) => n + f.kept[c].kept, 0),
        list.reduce((n, f) => n + f.kept[c].counted, 0),
      );
    return {
      label,
      requests: sum('requests'),
      ...Object.fromEntries(CLOCKS.map(([c]) => [c, kept(c)])),
      firstTimeFix: rate(sum('firstTimeFixed'), sum('visited')),
      repeats: sum('repeats'),
      hours: Math.round(sum('hours') * 10) / 10,
      partsCost: Math.round(sum('partsCost') * 100) / 100,
      satisfaction: rate(sum('satisfied'), sum('calledBack')),
    };
  };
  return {
    name: '现场服务（按服务站）',
    columns: [
      { key: 'label', label: '服务站', type: 'text' },
      { key: 'requests', label: '报修', type: 'number' },
      ...CLOCKS.map(([key, label]) => ({ key, label, type: 'rate' as const })),
      { key: 'firstTimeFix', label: '一次修复率', type: 'rate' },
      { key: 'repeats', label: '30天内重复报修', type: 'number' },
      { key: 'hours', label: '工时', type: 'number' },
      { key: 'partsCost', label: '备件费用', type: 'money' },
      { key: 'satisfaction', label: '满意率', type: 'rate' },
    ],
    rows: [
      ...[...stations].map(([station, list]) => line(station, list)),
      ...(figures.length ? [line('合计', figures)] : []),
    ],
    chart: { category: 'label', values: ['ARRIVAL'], kind: 'bar' },
  };
}
