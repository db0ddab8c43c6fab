import { describe, expect, it } from 'vitest';
import { HeavyGate, TooBusyError } from './heavy-gate.js';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('HeavyGate', () => {
  it('runs at most perInstance at once and perUser of one user, in arrival order', async () => {
    const gate = new HeavyGate({ perInstance: 2, perUser: 1, queuePerUser: 10 });
    const log: string[] = [];
    let concurrent = 0;
    let most = 0;
    const job = (key: string, name: string) =>
      gate.run(key, async () => {
        concurrent++;
        most = Math.max(most, concurrent);
        log.push(name);
        await tick();
        concurrent--;
      });
    await Promise.all([job('a', 'a1'), job('a', 'a2'), job('b', 'b1'), job('a', 'a3'), job('c', 'c1')]);
    expect(most).toBe(2);
    // b1 passes a2, which must wait for a1; a's own work stays in order
    expect(log.indexOf('b1')).toBeLessThan(log.indexOf('a2'));
    expect(log.filter((x) => x.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
  });

  it("refuses one user's work beyond their queue, and others still run", async () => {
    const gate = new HeavyGate({ perInstance: 1, perUser: 1, queuePerUser: 2 });
    const runs = [0, 1, 2, 3].map(() => gate.run('a', tick));
    const results = await Promise.allSettled(runs);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((results[3] as PromiseRejectedResult).reason).toBeInstanceOf(TooBusyError);
    await expect(gate.run('b', async () => 'ok')).resolves.toBe('ok');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});
