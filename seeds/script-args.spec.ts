import { describe, expect, it } from 'vitest';
import { mayDrop, parseScriptArgs, UsageError } from './script-args.js';

const spec = { usage: 'usage', flags: { scale: 'value', yes: 'bool', sqlite: 'optional-value' } } as const;

describe('parseScriptArgs', () => {
  it('answers null for --help, whatever else is given', () => {
    expect(parseScriptArgs(['--scale', 'L', '--help'], spec)).toBeNull();
  });
  it('takes values and flags, and --sqlite with or without its directory', () => {
    expect(parseScriptArgs(['--scale', 'S', '--yes', '--sqlite'], spec)).toEqual({
      scale: 'S',
      yes: true,
      sqlite: true,
    });
    expect(parseScriptArgs(['--sqlite', 'data/x'], spec)).toEqual({ sqlite: 'data/x' });
  });
  it('refuses an unknown flag or a missing value', () => {
    expect(() => parseScriptArgs(['--drop-everything'], spec)).toThrow(UsageError);
    expect(() => parseScriptArgs(['--scale'], spec)).toThrow('--scale needs a value');
    expect(() => parseScriptArgs(['L'], spec)).toThrow('unknown argument "L"');
  });
  it('drops the default bench database only with --yes; a database named in DATABASE_URL or a SQLite directory was chosen', () => {
    expect(mayDrop({}, {})).toBe(false);
    expect(mayDrop({ yes: true }, {})).toBe(true);
    expect(mayDrop({}, { DATABASE_URL: 'mysql://root@127.0.0.1/serviceledger_bench_ci' })).toBe(true);
    expect(mayDrop({ sqlite: 'data/x' }, {})).toBe(true);
  });
});
