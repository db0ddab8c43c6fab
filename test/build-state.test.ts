import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleParts } from '../scripts/build-state.mjs';

function touch(root: string, file: string, at: number): void {
  const p = path.join(root, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  if (!fs.existsSync(p)) fs.writeFileSync(p, '');
  fs.utimesSync(p, at / 1000, at / 1000);
}

describe('npm start rebuilds what is stale', () => {
  it('builds a fresh clone, nothing when up to date, and only the part whose sources changed after a pull', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-build-'));
    const t0 = Date.now() - 60_000;
    touch(root, 'server/src/main.ts', t0);
    touch(root, 'client/src/main.ts', t0);
    touch(root, 'package-lock.json', t0);
    expect(staleParts(root)).toEqual(['server', 'client']);
    touch(root, 'dist/server/src/main.js', t0 + 1000);
    touch(root, 'dist/client/index.html', t0 + 1000);
    expect(staleParts(root)).toEqual([]);
    touch(root, 'seeds/demo-data.ts', t0 + 2000); // a pull changed a seed file
    expect(staleParts(root)).toEqual(['server']);
    touch(root, 'dist/server/src/main.js', t0 + 3000);
    touch(root, 'client/src/grid/new-file.ts', t0 + 4000);
    expect(staleParts(root)).toEqual(['client']);
    touch(root, 'package-lock.json', t0 + 5000); // dependencies changed
    expect(staleParts(root)).toEqual(['server', 'client']);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
