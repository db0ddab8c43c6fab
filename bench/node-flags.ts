/**
 * The V8 flags the product's server runs with (`npm start`, the Dockerfile): a young generation of
 * 32 MB semispaces, so a page's short-lived objects die there instead of being scavenged and
 * promoted every few requests (measured on the ledger page under 50 connections, scale L: 365–379
 * req/s with V8's default, 404–421 with this). The bench's servers run with them, the bare one too.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];
