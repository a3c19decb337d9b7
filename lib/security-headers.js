// Headers on every response. A plain CommonJS module so that next.config.js and TypeScript code (proxy.ts) import the
// same one. Privacy rule 8: nothing is loaded from third parties, and the browser is told so.

/** @type {Record<string, string>} On every response (next.config.js). */
const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * A page's policy: scripts only with this response's nonce (Next.js puts it on its own scripts when the request
 * carries the policy, proxy.ts), and what they load ('strict-dynamic'); no inline script without the nonce. Styles
 * may be inline: SurveyJS and Next.js set style attributes. Development adds 'unsafe-eval' for React's tooling.
 * @param {string} nonce
 * @param {boolean} [development]
 */
function pageContentSecurityPolicy(nonce, development = false) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The respondents' service worker (/serwist/sw.js); said outright so the script policy cannot block it.
    "worker-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
  ].join('; ');
}

/** Everything that is not a page (API answers, files): nothing in it may run or be framed. */
const resourceContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

module.exports = { securityHeaders, pageContentSecurityPolicy, resourceContentSecurityPolicy };
