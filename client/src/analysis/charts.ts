import { fmtMoney, fmtNum, fmtRate } from './format';

/** ECharts options for the analysis pages: Chinese labels, the Chinese number formats, one look. */
const GRID = { left: 64, right: 64, top: 36, bottom: 64, containLabel: false };
const BLUE = '#2563eb';
const ORANGE = '#ea580c';
const GREY = '#94a3b8';

const axisLabel = { interval: 0, rotate: 30, width: 90, overflow: 'truncate' as const, fontSize: 11 };

export interface ParetoDatum {
  label: string;
  value: number;
  cumulativeShare: number | null;
  vital: boolean;
}

/** Bars largest first, the cumulative line on a 0–100 % axis, and the 80 % mark. */
export function paretoOption(items: ParetoDatum[], cost: boolean): Record<string, unknown> {
  const fmt = cost ? fmtMoney : fmtNum;
  return {
    grid: GRID,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    legend: { data: [cost ? '成本' : '件数', '累计占比'], top: 4 },
    xAxis: { type: 'category', data: items.map((i) => i.label), axisLabel },
    yAxis: [
      { type: 'value', name: cost ? '成本（元）' : '件数', axisLabel: { formatter: (v: number) => fmtNum(v) } },
      { type: 'value', name: '累计占比', min: 0, max: 1, axisLabel: { formatter: (v: number) => fmtRate(v) } },
    ],
    series: [
      {
        name: cost ? '成本' : '件数',
        type: 'bar',
        data: items.map((i) => ({ value: i.value, itemStyle: { color: i.vital ? BLUE : GREY } })),
        barMaxWidth: 48,
      },
      {
        name: '累计占比',
        type: 'line',
        yAxisIndex: 1,
        data: items.map((i) => i.cumulativeShare),
        itemStyle: { color: ORANGE },
        tooltip: { valueFormatter: (v: number) => fmtRate(v) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: '#dc2626' },
          label: { formatter: '80%', position: 'insideStartTop', color: '#dc2626' },
          data: [{ yAxis: 0.8 }],
        },
      },
    ],
  };
}

/** How many bars a chart shows at once; the rest are reached by the slider below it, never dropped. */
export const BARS_IN_VIEW = 15;

/** One bar series per measure over categories; more than fit scroll with a slider under the axis. */
export function barOption(
  categories: string[],
  series: Array<{ name: string; data: Array<number | null> }>,
  money = false,
): Record<string, unknown> {
  const scroll = categories.length > BARS_IN_VIEW;
  return {
    grid: scroll ? { ...GRID, bottom: 96 } : GRID,
    ...(scroll
      ? {
          dataZoom: [
            { type: 'slider', xAxisIndex: 0, startValue: 0, endValue: BARS_IN_VIEW - 1, height: 18, bottom: 8 },
            { type: 'inside', xAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
          ],
        }
      : {}),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (money ? fmtMoney(v) : fmtNum(v)) },
    legend: { top: 4 },
    xAxis: { type: 'category', data: categories, axisLabel },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmtNum(v) } },
    series: series.map((s, i) => ({
      ...s,
      type: 'bar',
      barMaxWidth: 40,
      itemStyle: { color: [BLUE, ORANGE, GREY][i % 3] },
    })),
  };
}

/** This period's bars with last year's line beside them. */
export function trendOption(categories: string[], current: number[], lastYear: number[]): Record<string, unknown> {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmtNum(v) },
    legend: { top: 4, data: ['本期受理', '去年同期'] },
    xAxis: { type: 'category', data: categories, axisLabel },
    yAxis: { type: 'value', name: '件数' },
    series: [
      { name: '本期受理', type: 'bar', data: current, itemStyle: { color: BLUE }, barMaxWidth: 36 },
      { name: '去年同期', type: 'line', data: lastYear, itemStyle: { color: GREY }, lineStyle: { type: 'dashed' } },
    ],
  };
}

/** Bars on a 0–100 scale with the target as a dashed line (分项满意度 against 90). */
export function targetBarOption(
  categories: string[],
  values: Array<number | null>,
  target: number,
): Record<string, unknown> {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmtNum(v) },
    xAxis: { type: 'category', data: categories, axisLabel },
    yAxis: { type: 'value', min: 0, max: 100, name: '百分制' },
    series: [
      {
        name: '满意度',
        type: 'bar',
        data: values.map((v) => ({ value: v, itemStyle: { color: v !== null && v < target ? ORANGE : BLUE } })),
        barMaxWidth: 40,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: '#dc2626' },
          label: { formatter: `目标 ${target}`, position: 'insideEndTop', color: '#dc2626' },
          data: [{ yAxis: target }],
        },
      },
    ],
  };
}
