import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import { SERVER_ROUTES } from '../../../../common/server-routes.js';

/** One chunk of Vite's build manifest (`build.manifest`), as far as the server reads it. */
export interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The ledger page's chunk in Vite's manifest (a lazily loaded page, `LedgerPage.vue`). */
export const isLedgerPage = (c: ManifestChunk): boolean => !!c.isDynamicEntry && c.name === 'LedgerPage';

/**
 * What a chunk of the client needs before it can run: the chunk `pick` names, every chunk it imports
 * statically, and their styles, each once; the app's entry (already in every page) is left out unless
 * it is the one picked. None when the build has no such chunk.
 */
export function chunksOf(
  manifest: Manifest,
  pick: (c: ManifestChunk) => boolean,
): { scripts: string[]; styles: string[] } {
  const key = Object.keys(manifest).find((k) => pick(manifest[k]));
  const scripts: string[] = [];
  const styles: string[] = [];
  const seen = new Set<string>();
  const walk = (k: string) => {
    const c = manifest[k];
    if (!c || seen.has(k) || (c.isEntry && k !== key)) return;
    seen.add(k);
    scripts.push(`/${c.file}`);
    for (const s of c.css ?? []) if (!styles.includes(`/${s}`)) styles.push(`/${s}`);
    for (const i of c.imports ?? []) walk(i);
  };
  if (key) walk(key);
  return { scripts, styles };
}

/** index.html with the given chunks named in its head, so the browser fetches them beside the app's own. */
export function withPreloads(html: string, chunks: { scripts: string[]; styles: string[] }): string {
  const links = [
    ...chunks.scripts.map((s) => `<link rel="modulepreload" crossorigin href="${s}">`),
    ...chunks.styles.map((s) => `<link rel="preload" as="style" crossorigin href="${s}">`),
  ].join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

/**
 * The built client: its hashed assets (cached for a year, never revalidated, sent compressed) and
 * index.html for every address the client draws. A ledger's address (`/complaint…`) gets the ledger
 * page's chunks (AG Grid among them, 280 KB gzip) named in its head: otherwise the browser learns of
 * them only once the app has loaded, started and read the address, and the first rows wait for them.
 */
export function clientPages(clientDir: string, ledgerNames: readonly string[]): express.Router {
  const router = express.Router();
  const ledgers = new Set(ledgerNames);
  const indexFile = path.join(clientDir, 'index.html');
  const manifestFile = path.join(clientDir, '.vite', 'manifest.json');
  // read again when the client is built again under a running server (its chunks' names change)
  let built = { at: -1, indexHtml: '', ledgerHtml: '' };
  const pages = () => {
    const at = fs.statSync(indexFile).mtimeMs;
    if (at !== built.at) {
      const indexHtml = fs.readFileSync(indexFile, 'utf8');
      const manifest = fs.existsSync(manifestFile)
        ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest)
        : {};
      built = { at, indexHtml, ledgerHtml: withPreloads(indexHtml, chunksOf(manifest, isLedgerPage)) };
    }
    return built;
  };

  router.use(
    '/assets',
    compression(),
    express.static(path.join(clientDir, 'assets'), { index: false, immutable: true, maxAge: '365d' }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  router.get(new RegExp(`^/(?!${SERVER_ROUTES.map((r) => r.slice(1)).join('|')}).*`), (req, res) => {
    const first = firstSegment(req.path);
    res.setHeader('Cache-Control', 'no-cache');
    const { indexHtml, ledgerHtml } = pages();
    res.type('html').send(ledgers.has(first) ? ledgerHtml : indexHtml);
  });
  return router;
}

function firstSegment(p: string): string {
  try {
    return decodeURIComponent(p.split('/')[1] ?? '');
  } catch {
    return ''; // a malformed address still gets the app, which says it knows no such page
  }
}
