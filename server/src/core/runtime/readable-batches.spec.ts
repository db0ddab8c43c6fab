import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readableBatches } from './readable-batches.js';

/** An object stream that hands out 0..n-1 in bursts, later turns apart, and fails at `failAt`. */
function numbers(n: number, failAt?: number): Readable {
  let next = 0;
  return new Readable({
    objectMode: true,
    highWaterMark: 4,
    read() {
      setTimeout(() => {
        for (let k = 0; k < 3 && next < n; k++) {
          if (next === failAt) return this.destroy(new Error(`broke at ${failAt}`));
          if (!this.push({ n: next++ })) return;
        }
        if (next === n) this.push(null);
      }, 1);
    },
  });
}

describe('readableBatches', () => {
  it('hands every item over once, in order, in arrays of the size asked and a last shorter one', async () => {
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const b of readableBatches<{ n: number }>(numbers(23), 5)) {
      sizes.push(b.length);
      seen.push(...b.map((x) => x.n));
    }
    expect(sizes).toEqual([5, 5, 5, 5, 3]);
    expect(seen).toEqual([...Array(23).keys()]);
  });

  it('ends without a batch for an empty stream', async () => {
    const got: unknown[] = [];
    for await (const b of readableBatches(numbers(0), 5)) got.push(b);
    expect(got).toEqual([]);
  });

  it("passes the stream's error on", async () => {
    const read = async () => {
      for await (const b of readableBatches(numbers(50, 12), 5)) void b;
    };
    await expect(read()).rejects.toThrow('broke at 12');
  });

  it('destroys the stream when the reader leaves early', async () => {
    const stream = numbers(1000);
    for await (const b of readableBatches(stream, 5)) if (b[0]) break;
    expect(stream.destroyed).toBe(true);
  });
});
