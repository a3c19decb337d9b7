// Serves the respondents' service worker (lib/feedback/service-worker.ts), bundled with esbuild at build time by
// Serwist's Turbopack route (Next 16 builds with Turbopack; @serwist/next is webpack-only). No build-time precache
// list: it would hold every page's JavaScript, the staff UI's too. The worker keeps what the feedback pages name.
import { createSerwistRoute } from '@serwist/turbopack';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/feedback/service-worker.ts',
  useNativeEsbuild: true,
  globPatterns: [],
});
