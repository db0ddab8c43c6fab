import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { SERVER_ROUTES } from '../common/server-routes';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [vue()],
  // code the server shares with the client (cell coercion, delimited text, business time, cell types)
  resolve: { alias: { '@common': fileURLToPath(new URL('../common', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // which chunks a page needs (the benchmark sums the ledger page's)
    manifest: true,
  },
  // `npm run dev:client`: the client with hot reload on :5173, every server route proxied to `npm start` on :4000
  server: { proxy: Object.fromEntries(SERVER_ROUTES.map((p) => [p, 'http://127.0.0.1:4000'])) },
});
