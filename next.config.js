// @ts-check
const { resourceContentSecurityPolicy, securityHeaders } = require('./lib/security-headers');
// The staff UI's locale and messages (from the `lang` cookie, never the address) are resolved in lib/i18n/request.ts.
const withNextIntl = require('next-intl/plugin')('./lib/i18n/request.ts');

const headerList = (/** @type {Record<string, string>} */ headers) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must not be bundled: it loads its wasm and data files from its own package folder at run time.
  // playwright-core drives the installed Chromium to print reports as PDF; it is a Node library, not for bundling.
  // esbuild bundles the service worker in app/serwist/[path]/route.ts at build time (Serwist's Turbopack route).
  serverExternalPackages: ['@electric-sql/pglite', 'playwright-core', 'esbuild', 'esbuild-wasm'],
  poweredByHeader: false,
  // Staff pages and respondents' pages have root layouts of their own (each document in its own language), so an
  // address no route answers gets app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: '/:path*', headers: headerList(securityHeaders) },
      // Pages get a policy with a fresh nonce from proxy.ts; API answers and static files get this one.
      { source: '/api/:path*', headers: headerList({ 'Content-Security-Policy': resourceContentSecurityPolicy }) },
      {
        source: '/_next/static/:path*',
        headers: headerList({ 'Content-Security-Policy': resourceContentSecurityPolicy }),
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
