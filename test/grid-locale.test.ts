import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gridLocaleSource } from '../scripts/grid-locale.js';

const FILE = 'client/src/generated/grid-locale-cn.ts';

describe("AG Grid's Chinese texts", () => {
  it('are the locale package’s, less the Enterprise-only ones (npm run grid-locale rewrites them)', () => {
    if (process.env.UPDATE_GRID_LOCALE) fs.writeFileSync(FILE, gridLocaleSource());
    expect(fs.readFileSync(FILE, 'utf8')).toBe(gridLocaleSource());
  });
});
