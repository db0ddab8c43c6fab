import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksOf, clientPages, isLedgerPage, type Manifest } from './client-pages.js';

// the shape Vite writes: the entry, the ledger page (a lazy chunk) with what it imports, and another lazy page
const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index-A1.js', isEntry: true, css: ['assets/index-A1.css'] },
  '_LedgerPage-B2.js': {
    file: 'assets/LedgerPage-B2.js',
    name: 'LedgerPage',
    isDynamicEntry: true,
    imports: ['index.html', '_grid-C3.js', '_helper-D4.js'],
    css: ['assets/LedgerPage-B2.css'],
  },
  '_grid-C3.js': { file: 'assets/grid-C3.js', imports: ['_helper-D4.js'] },
  '_helper-D4.js': { file: 'assets/helper-D4.js' },
  'src/components/analysis/ReportsPage.vue': {
    file: 'assets/ReportsPage-E5.js',
    name: 'ReportsPage',
    isDynamicEntry: true,
    imports: ['index.html'],
  },
};

describe('the ledger page’s chunks', () => {
  it('are its chunk and what it imports, each once, without the entry the page already has', () => {
    expect(chunksOf(MANIFEST, isLedgerPage)).toEqual({
      scripts: ['/assets/LedgerPage-B2.js', '/assets/grid-C3.js', '/assets/helper-D4.js'],
      styles: ['/assets/LedgerPage-B2.css'],
    });
  });

  it('are none when the build has no such page', () => {
    expect(chunksOf(MANIFEST, (c) => c.name === 'NoSuchPage')).toEqual({ scripts: [], styles: [] });
  });

  it('of the entry: the entry itself and its styles', () => {
    expect(chunksOf(MANIFEST, (c) => !!c.isEntry)).toEqual({
      scripts: ['/assets/index-A1.js'],
      styles: ['/assets/index-A1.css'],
    });
  });
});

describe('the client’s page at each address', () => {
  let dir: string;
  let base: string;
  let server: import('node:http').Server;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-client-'));
    fs.mkdirSync(path.join(dir, '.vite'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    const app = express().use(clientPages(dir, ['complaint', 'rework_order']));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const html = async (p: string) => {
    const res = await fetch(base + p);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    return res.text();
  };

  it('names the ledger page’s chunks in the head of a ledger’s address, with its record, filter or sort', async () => {
    for (const p of ['/complaint', '/complaint/TS-2026-0001', '/rework_order?filter=%7B%7D&sort=dueAt']) {
      const h = await html(p);
      expect(h).toContain('<link rel="modulepreload" crossorigin href="/assets/LedgerPage-B2.js">');
      expect(h).toContain('<link rel="modulepreload" crossorigin href="/assets/grid-C3.js">');
      expect(h).toContain('<link rel="preload" as="style" crossorigin href="/assets/LedgerPage-B2.css">');
      expect(h.indexOf('grid-C3.js')).toBeLessThan(h.indexOf('</head>'));
    }
  });

  it('names none on the other pages, nor on an address that is no ledger or cannot be read', async () => {
    for (const p of ['/', '/archive/SN-1', '/analysis/reports', '/complaints', '/%E0%A4%A', '/.vite/manifest.json'])
      expect(await html(p)).not.toContain('modulepreload');
  });

  it('names the new chunks after the client is built again under the running server', async () => {
    const rebuilt = { ...MANIFEST, '_grid-C3.js': { file: 'assets/grid-F6.js', imports: ['_helper-D4.js'] } };
    fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(rebuilt));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(path.join(dir, 'index.html'), later, later);
    const h = await html('/complaint');
    expect(h).toContain('href="/assets/grid-F6.js"');
    expect(h).not.toContain('grid-C3.js');
  });

  it('keeps the build manifest to itself', async () => {
    expect(await html('/.vite/manifest.json')).not.toContain('LedgerPage');
  });
});
