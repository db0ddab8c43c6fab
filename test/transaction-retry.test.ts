/**
 * A write transaction the database refuses is run again whole: a real deadlock on MariaDB (what a
 * Galera certification conflict also answers), with nothing of the refused attempt left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, retries } from '../server/src/core/db/transaction.js';
import { startTestServer, TEST_DB, type TestServer } from './helpers/test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: false });
  await s.ds.query('CREATE TABLE `retry_probe` (`id` int NOT NULL PRIMARY KEY, `n` int NOT NULL)');
  await s.ds.query('INSERT INTO `retry_probe` VALUES (1, 0), (2, 0)');
});
afterAll(async () => s?.close());

/** Two transactions that lock the two rows in opposite order: the database refuses one of them (1213). */
async function crossed(): Promise<{ attempts: number[]; results: PromiseSettledResult<string>[] }> {
  const attempts = [0, 0];
  let firstDone = 0;
  let release!: () => void;
  const bothLocked = new Promise<void>((r) => (release = r));
  const work = (who: number, first: number, second: number) =>
    inTransaction(s.ds, async (em) => {
      attempts[who]++;
      await em.query('UPDATE `retry_probe` SET `n` = `n` + 1 WHERE `id` = ?', [first]);
      if (attempts[who] === 1 && ++firstDone === 2) release();
      if (attempts[who] === 1) await bothLocked;
      await em.query('UPDATE `retry_probe` SET `n` = `n` + 1 WHERE `id` = ?', [second]);
      return `t${who}`;
    });
  const results = await Promise.allSettled([work(0, 1, 2), work(1, 2, 1)]);
  return { attempts, results };
}

const counts = async () =>
  (await s.ds.query('SELECT `n` FROM `retry_probe` ORDER BY `id`')).map((r: { n: number }) => Number(r.n));

describe.runIf(TEST_DB === 'mysql')('a write transaction refused by the database', () => {
  it('is run again whole and both commit, each once', async () => {
    const before = retries.conflict;
    const { attempts, results } = await crossed();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    // one of them ran twice: its first attempt was rolled back, so every row moved by exactly two
    expect(attempts.sort()).toEqual([1, 2]);
    expect(await counts()).toEqual([2, 2]);
    expect(retries.conflict).toBe(before + 1);
  });

  it('fails with the deadlock when retries are off (SL_NO_TX_RETRY=1), and writes nothing of the refused one', async () => {
    process.env.SL_NO_TX_RETRY = '1';
    try {
      const { results } = await crossed();
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect(String(refused[0].reason.message)).toMatch(/Deadlock/i);
      expect(await counts()).toEqual([3, 3]);
    } finally {
      delete process.env.SL_NO_TX_RETRY;
    }
  });
});
