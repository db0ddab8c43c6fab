import { describe, expect, it } from 'vitest';
import { clusterHosts, firstHostUrl, isNodeFailure } from './cluster-pool.js';
import { isRetryable } from './transaction.js';

describe('a DATABASE_URL naming several hosts', () => {
  it('names a cluster only with more than one host', () => {
    expect(clusterHosts('mysql://root@127.0.0.1:3306/db')).toBeNull();
    expect(clusterHosts('mysql://u:p@db1:3336,db2,10.0.0.3:3338/serviceledger')).toEqual([
      { host: 'db1', port: 3336 },
      { host: 'db2', port: 3306 },
      { host: '10.0.0.3', port: 3338 },
    ]);
  });

  it('keeps the first host for what parses one server address', () => {
    expect(firstHostUrl('mysql://u:p@db1:3336,db2:3337/serviceledger?x=1')).toBe(
      'mysql://u:p@db1:3336/serviceledger?x=1',
    );
    expect(firstHostUrl('mysql://db1,db2/sl')).toBe('mysql://db1/sl');
    expect(firstHostUrl('mysql://root@h:3306/sl')).toBe('mysql://root@h:3306/sl');
  });
});

describe('which failures run a transaction again', () => {
  const driver = (x: object) => ({ name: 'QueryFailedError', driverError: x, ...x });
  it('a deadlock or a Galera certification conflict, a lock wait timeout', () => {
    expect(isRetryable(driver({ errno: 1213, code: 'ER_LOCK_DEADLOCK' }))).toBe(true);
    expect(isRetryable(driver({ errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' }))).toBe(true);
  });

  it('a node lost, refusing connections or not yet serving', () => {
    for (const e of [
      { code: 'PROTOCOL_CONNECTION_LOST', fatal: true },
      { code: 'ECONNREFUSED' },
      { code: 'ECONNRESET' },
      { errno: 1047, code: 'ER_UNKNOWN_COM_ERROR' },
      { errno: 1927, code: 'ER_CONNECTION_KILLED' },
    ]) {
      expect(isNodeFailure(driver(e)), JSON.stringify(e)).toBe(true);
      expect(isRetryable(driver(e))).toBe(true);
    }
  });

  it('never a refusal of the data itself (a duplicate key, a bad value, a business rule)', () => {
    expect(isRetryable(driver({ errno: 1062, code: 'ER_DUP_ENTRY' }))).toBe(false);
    expect(isRetryable(driver({ errno: 1406, code: 'ER_DATA_TOO_LONG' }))).toBe(false);
    expect(isRetryable(new Error('记录已被他人修改'))).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});
