// `npm start`: builds what is missing or older than its sources (after a `git pull`), then runs the
// server, which serves the client. When nothing changed this costs one walk over the source tree.
import { spawnSync } from 'node:child_process';
import { staleParts } from './build-state.mjs';

for (const part of staleParts()) {
  console.log(`> npm run build:${part}  (sources changed since the last build)`);
  const r = spawnSync('npm', ['run', `build:${part}`], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import(new URL('../dist/server/src/main.js', import.meta.url).href);
