// The service worker: keeps every file of one build in a cache and answers from it, so the page
// loads and works with the network gone. Built by scripts/vite-offline.ts, which fills in the
// list of files and the build's version; the page itself never fetches anything.
import { cacheName, cachedPathFor, isOutdatedCache, precacheOf } from './precache';

declare const __PODSCOPE_PRECACHE__: readonly string[];
declare const __PODSCOPE_VERSION__: string;

// The page's TypeScript lib is the DOM's; these are the few service worker types used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: { readonly href: string };
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const scope = worker.registration.scope;
const files = __PODSCOPE_PRECACHE__;
const precache = precacheOf(files, worker.location.href);
const CACHE = cacheName(__PODSCOPE_VERSION__, scope);

/** One file, fresh from the server (not the HTTP cache), stored as a plain 200 response. */
async function store(cache: Cache, file: string): Promise<void> {
  const url = new URL(file, worker.location.href);
  const response = await fetch(new Request(url, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
  // A redirected response cannot answer a navigation; its body and headers can.
  const plain = response.redirected
    ? new Response(await response.blob(), { headers: response.headers })
    : response;
  await cache.put(url, plain);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(files.map((f) => store(cache, f)))),
  );
});

worker.addEventListener('activate', (event) => {
  const cleanUp = caches
    .keys()
    .then((names) =>
      Promise.all(
        names
          .filter((name) => isOutdatedCache(name, __PODSCOPE_VERSION__, scope))
          .map((name) => caches.delete(name)),
      ),
    );
  // Take over the page that installed it, so the first visit already works offline.
  event.waitUntil(cleanUp.then(() => worker.clients.claim()));
});

async function answer(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(new URL(path, precache.origin));
  return hit ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const path = cachedPathFor(event.request, precache);
  if (path !== null) event.respondWith(answer(event.request, path));
});
