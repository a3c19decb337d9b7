import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  // PGlite must not be bundled: it loads its wasm and data files from its own package folder at run time.
  // playwright-core drives the installed Chromium to print reports as PDF; it is a Node library, not for bundling.
  // esbuild bundles the service worker in app/serwist/[path]/route.ts at build time (Serwist's Turbopack route).
  serverExternalPackages: ['@electric-sql/pglite', 'playwright-core', 'esbuild', 'esbuild-wasm'],
  poweredByHeader: false,
  // Staff pages and respondents' pages have root layouts of their own (each document in its own language), so an
  // address no route answers gets app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
