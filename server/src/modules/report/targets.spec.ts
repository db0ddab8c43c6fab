import { describe, expect, it } from 'vitest';
import { complaintRate, meets, TARGETS } from './targets.js';

describe('targets against actuals', () => {
  it('counts 投诉率 over the units in service, and none without a unit', () => {
    expect(complaintRate(12, 400)).toBe(0.03);
    expect(complaintRate(21, 400)).toBe(0.0525);
    expect(complaintRate(3, 0)).toBeNull();
  });

  it('meets a target to reach at or above it, one to keep low at or below it', () => {
    expect(meets(0.9, TARGETS.satisfaction)).toBe('达标');
    expect(meets(0.8999, TARGETS.satisfaction)).toBe('未达标');
    expect(meets(0.05, TARGETS.complaintRate, true)).toBe('达标');
    expect(meets(0.0525, TARGETS.complaintRate, true)).toBe('未达标');
    expect(meets(null, TARGETS.callbackRate)).toBe('无数据');
  });
});
