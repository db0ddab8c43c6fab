// `npm start`: builds what is not built yet, then runs the server (which serves the client).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const need = (file) => !fs.existsSync(file);
const run = (script) => {
  console.log(`> npm run ${script}`);
  const r = spawnSync('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (need('dist/server/src/main.js')) run('build:server');
if (need('dist/client/index.html')) run('build:client');
await import(new URL('../dist/server/src/main.js', import.meta.url).href);
