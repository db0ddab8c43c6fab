import helmet from 'helmet';

/**
 * Security headers on every answer (helmet). The Content-Security-Policy allows no inline or foreign
 * script: the built client is one module script of our own. Styles may be inline — AG Grid writes its
 * theme into <style> elements and Vue binds column widths as style attributes — which lets no code
 * run. No page may frame ours (clickjacking), types are not sniffed, no referrer leaves the site.
 * HSTS only when the operator says the site is served over TLS (HSTS=1, see README "Behind nginx"):
 * sent over plain HTTP it would lock browsers out of an internal host without a certificate.
 */
export function securityHeaders(opts: { hsts: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: opts.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}
