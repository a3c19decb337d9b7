/// <reference lib="webworker" />
// The service worker for respondents' pages (bundled by @serwist/turbopack's route, app/serwist/[path]/route.ts,
// registered for /f/ only). It keeps the feedback pages of a channel (language picker, survey and thank-you page in
// every language) and the assets they use, so the survey opens and can be answered without a network; answers made
// then wait in the device's queue (lib/feedback/offline-queue.ts), which Background Sync also sends from here.
// Staff pages are never cached: the worker does not control them, and it caches nothing but these pages.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist } from 'serwist';
import { flushQueue } from './offline-queue';

declare const self: ServiceWorkerGlobalScope;

const PAGES = 'feedback-pages';
const ASSETS = 'feedback-assets';
/** A respondent's page: /f/<code>, /f/<code>/<language>, /f/<code>/<language>/thanks. Not the poster. */
const RESPONDENT_PAGE = /^\/f\/[a-z0-9]{3,32}(\/[a-z-]{2,8}(\/thanks)?)?\/?$/;
const STATIC_ASSET = /^\/_next\/static\//;
const DAY = 24 * 60 * 60;
// Same as the BACKGROUND_SYNC_TAG of offline-sync.ts (not imported: that module is for pages).
const SYNC_TAG = 'feedback-queue';

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // The page from the server when it answers within a few seconds, else the copy kept here.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === 'navigate' && RESPONDENT_PAGE.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGES,
        networkTimeoutSeconds: 6,
        plugins: [new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 14 * DAY })],
      }),
    },
    {
      // Content-hashed file names: a kept copy is always right.
      matcher: ({ url, sameOrigin }) => sameOrigin && STATIC_ASSET.test(url.pathname),
      handler: new CacheFirst({
        cacheName: ASSETS,
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY })],
      }),
    },
  ],
});
serwist.addEventListeners();

/** A static asset named in a page (`/_next/static/…`) or in a script's chunk loader (`static/chunks/…`, relative). */
const NAMED_ASSET = /\/_next\/static\/[^"'\s)\\]+|(?<=["'])static\/chunks\/[\w.~-]+\.(?:js|css)/g;
const MAX_ASSETS = 120;

function assetsNamedIn(text: string): string[] {
  return [...text.matchAll(NAMED_ASSET)].map(([path]) => (path.startsWith('/_next/') ? path : `/_next/${path}`));
}

/**
 * Keeps every asset the page's HTML names, and the chunks those scripts load later: SurveyJS is imported on the
 * first touch, so its chunks are named only in the page's scripts, and a respondent who goes offline before touching
 * the page needs them too. Fetches nothing it already has; bounded, in case a script names far more than it loads.
 */
async function keepAssetsOf(html: string, assets: Cache): Promise<void> {
  const queue = assetsNamedIn(html);
  const seen = new Set(queue);
  while (queue.length > 0 && seen.size <= MAX_ASSETS) {
    const path = queue.shift()!;
    let asset = await assets.match(path);
    if (!asset) {
      const fetched = await fetch(path);
      if (!fetched.ok) continue;
      await assets.put(path, fetched.clone());
      asset = fetched;
    }
    if (!path.endsWith('.js')) continue;
    for (const named of assetsNamedIn(await asset.text())) {
      if (!seen.has(named)) {
        seen.add(named);
        queue.push(named);
      }
    }
  }
}

/**
 * Fetches the given respondent pages and every static asset each needs, and keeps them for offline use. A page is
 * kept only after its assets, so a kept page always opens. Pages kept within the last hour are not fetched again,
 * but their assets are completed (a page kept by a visit has only the assets the visit used).
 */
async function keepForOffline(urls: string[]): Promise<void> {
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  const wanted = urls
    .map((url) => new URL(url, self.location.origin))
    .filter((url) => url.origin === self.location.origin && RESPONDENT_PAGE.test(url.pathname));
  for (const url of wanted) {
    try {
      const kept = await pages.match(url);
      if (kept && Date.now() - Date.parse(kept.headers.get('date') ?? '') < 60 * 60 * 1000) {
        await keepAssetsOf(await kept.text(), assets);
        continue;
      }
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) continue; // a language this channel does not offer
      await keepAssetsOf(await response.clone().text(), assets);
      await pages.put(url, response);
    } catch {
      return; // offline again: keep what there is
    }
  }
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type === 'keep-for-offline' && Array.isArray(data.urls)) {
    event.waitUntil(keepForOffline(data.urls.filter((url): url is string => typeof url === 'string').slice(0, 40)));
  }
});

// Background Sync (Chromium): send the queue even when no page of ours is open. A rejection asks the browser to try
// again later, with its own back-off.
self.addEventListener('sync', (event) => {
  const sync = event as ExtendableEvent & { tag?: string };
  if (sync.tag !== SYNC_TAG) return;
  sync.waitUntil(
    flushQueue({ reconnected: true }).then(async (report) => {
      for (const client of await self.clients.matchAll({ type: 'window' }))
        client.postMessage({ type: SYNC_TAG, report });
      if (report.waiting) throw new Error('answers still waiting');
    }),
  );
});
