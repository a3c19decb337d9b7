// @ts-check
const { securityHeaders } = require('./lib/security-headers');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must not be bundled: it loads its wasm and data files from its own package folder at run time.
  // playwright-core drives the installed Chromium to print reports as PDF; it is a Node library, not for bundling.
  serverExternalPackages: ['@electric-sql/pglite', 'playwright-core'],
  poweredByHeader: false,
  // Staff pages and respondents' pages have root layouts of their own (each document in its own language), so an
  // address no route answers gets app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }];
  },
};

module.exports = nextConfig;
