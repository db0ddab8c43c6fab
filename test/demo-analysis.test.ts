import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, localDate } from '../common/business-time.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let quality: string;
const today = localDate(new Date());

beforeAll(async () => {
  s = await startTestServer(); // the demo story, told up to now
  quality = await s.login('quality');
});
afterAll(async () => s?.close());

async function pareto(subject: string, measure: string, from: string, to = today) {
  const r = await s.gql<{ pareto: { items: Array<{ key: string; value: number; vital: boolean }> } }>(
    `query($s: ParetoSubject!, $m: ParetoMeasure!, $f: LocalDate!, $t: LocalDate!) { pareto(subject: $s, measure: $m, from: $f, to: $t) { items { key value vital } } }`,
    { s: subject, m: measure, f: from, t: to },
    quality,
  );
  expect(r.errors).toBeUndefined();
  return r.data.pareto.items;
}

describe('the demo story gives the analysis something real to show', () => {
  const start = addMonths(today, -18);

  it('one model comes back for rework far more often than the others', async () => {
    const models = await pareto('PRODUCT_MODEL', 'COUNT', start);
    expect(models[0].key).toBe('XD12');
    expect(models[0].value).toBeGreaterThanOrEqual(1.5 * models[1].value);
  });

  it('a few expensive parts dominate the cost Pareto', async () => {
    const parts = await pareto('PART', 'COST', start);
    // the inverter power module (¥3,600 each) and the dryer's solenoid valve (it fails so often)
    expect(
      parts
        .slice(0, 2)
        .map((p) => p.key)
        .sort(),
    ).toEqual(['P-INV-75', 'P-SOL-12']);
    expect(parts.filter((p) => p.vital).length).toBeLessThanOrEqual(Math.ceil(parts.length / 2));
  });

  it('service-attitude complaints rise in the last half-year (a potential issue), and there is a year before to compare with', async () => {
    const half = addMonths(today, -6);
    const recent =
      (await pareto('COMPLAINT_CAUSE', 'COUNT', half)).find((c) => c.key === 'SERVICE_ATTITUDE')?.value ?? 0;
    const before =
      (await pareto('COMPLAINT_CAUSE', 'COUNT', addMonths(half, -6), addDays(half, -1))).find(
        (c) => c.key === 'SERVICE_ATTITUDE',
      )?.value ?? 0;
    expect(recent).toBeGreaterThan(1.5 * before);
    const kpis = await s.gql<{ complaintKpis: { rows: Array<{ key: string; receivedLastYear: number }> } }>(
      `query($f: LocalDate!, $t: LocalDate!) { complaintKpis(from: $f, to: $t) { rows { key receivedLastYear } } }`,
      { f: addMonths(today, -5).slice(0, 8) + '01', t: today },
      quality,
    );
    expect(kpis.data.complaintKpis.rows.every((r) => r.receivedLastYear > 0)).toBe(true);
  });
});
