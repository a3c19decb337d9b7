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
    // Privacy rule 8: nothing is loaded from third parties, and the browser is told so.
    const csp = [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "base-uri 'self'",
    ].join('; ');
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
