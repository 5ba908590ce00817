// What the service worker answers from its cache, kept apart from the worker itself so the
// decisions can be tested without a browser.

/** The built app as the service worker sees it: where it lives and which files it keeps. */
export interface Precache {
  /** The origin of the app; nothing else is ever answered from the cache. */
  readonly origin: string;
  /** The URL paths (as requested, percent-encoded) of every precached file. */
  readonly paths: ReadonlySet<string>;
  /** The page itself, answered for every navigation inside the app. */
  readonly shell: string;
}

/** The precache of `files` (paths relative to `base`, the folder the built app is served from). */
export function precacheOf(files: readonly string[], base: string): Precache {
  const root = new URL('./', base);
  return {
    origin: root.origin,
    paths: new Set(files.map((file) => new URL(file, root).pathname)),
    shell: new URL('index.html', root).pathname,
  };
}

/** The parts of a request the routing decision reads. */
export interface RequestFacts {
  readonly url: string;
  readonly method: string;
  readonly mode: string;
}

/**
 * The cached path that answers `request`, or null when the network should. A navigation to a
 * path the app does not have (`./`, `./?x`, a share link) gets the page: the app has no routes,
 * and its state travels in the fragment, which never reaches a request.
 */
export function cachedPathFor(request: RequestFacts, precache: Precache): string | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== precache.origin) return null;
  if (precache.paths.has(url.pathname)) return url.pathname;
  return request.mode === 'navigate' ? precache.shell : null;
}

/**
 * The cache of one build of the app at one scope. The scope is in the name so that two copies
 * served from different folders of one origin never delete each other's files.
 */
export function cacheName(version: string, scope: string): string {
  return `podscope ${version} ${scope}`;
}

/** Whether `name` is a cache an earlier build of this copy of the app left behind. */
export function isOutdatedCache(name: string, version: string, scope: string): boolean {
  return (
    name !== cacheName(version, scope) && name.startsWith('podscope ') && name.endsWith(` ${scope}`)
  );
}
