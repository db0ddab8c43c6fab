/** The paths the server answers itself; everything else is the client's (index.html). The dev server proxies these. */
export const SERVER_ROUTES = [
  '/graphql',
  '/export',
  '/import',
  '/reports',
  '/audit',
  '/attachments',
  '/healthz',
  '/readyz',
] as const;
