// Which parts of the build are missing or older than their sources (used by `npm start`).
import fs from 'node:fs';
import path from 'node:path';

/** What each built part is made from, and the file whose age stands for the whole build of it. */
export const PARTS = {
  server: {
    output: 'dist/server/src/main.js',
    sources: ['server', 'seeds', 'bench', 'tsconfig.base.json', 'package-lock.json'],
  },
  client: { output: 'dist/client/index.html', sources: ['client', 'tsconfig.base.json', 'package-lock.json'] },
};

/** Newest modification time (ms) of a file or of any file under a directory; 0 when absent. */
export function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

/** The parts ('server', 'client') that must be built: no output yet, or a source newer than it. */
export function staleParts(root = process.cwd()) {
  return Object.entries(PARTS)
    .filter(([, part]) => {
      const built = newestMtime(path.join(root, part.output));
      return built === 0 || part.sources.some((s) => newestMtime(path.join(root, s)) > built);
    })
    .map(([name]) => name);
}
