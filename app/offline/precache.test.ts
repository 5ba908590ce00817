import { describe, expect, it } from 'vitest';
import { cacheName, cachedPathFor, isOutdatedCache, precacheOf } from './precache';

// The app served from a folder of a shared origin, as a relative base allows.
const WORKER = 'https://tools.example.org/k8s/podscope/sw.js';
const FILES = ['index.html', 'assets/index-abc.js', 'assets/zh tables-1.js', 'icon-192.png'];
const precache = precacheOf(FILES, WORKER);

const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('precacheOf', () => {
  it('resolves the files against the folder of the service worker', () => {
    expect(precache.origin).toBe('https://tools.example.org');
    expect([...precache.paths].sort()).toEqual([
      '/k8s/podscope/assets/index-abc.js',
      '/k8s/podscope/assets/zh%20tables-1.js',
      '/k8s/podscope/icon-192.png',
      '/k8s/podscope/index.html',
    ]);
    expect(precache.shell).toBe('/k8s/podscope/index.html');
  });
});

describe('cachedPathFor', () => {
  it('answers precached files from the cache, whatever their query', () => {
    const script = 'https://tools.example.org/k8s/podscope/assets/index-abc.js';
    expect(cachedPathFor(get(script), precache)).toBe('/k8s/podscope/assets/index-abc.js');
    expect(cachedPathFor(get(`${script}?v=2`), precache)).toBe('/k8s/podscope/assets/index-abc.js');
    const spaced = 'https://tools.example.org/k8s/podscope/assets/zh%20tables-1.js';
    expect(cachedPathFor(get(spaced), precache)).toBe('/k8s/podscope/assets/zh%20tables-1.js');
  });

  it('answers every navigation inside the app with the page, share links included', () => {
    for (const url of [
      'https://tools.example.org/k8s/podscope/',
      'https://tools.example.org/k8s/podscope/?lang=zh-CN',
      'https://tools.example.org/k8s/podscope/#v1.eJzLz0sFAAGOAP4',
      'https://tools.example.org/k8s/podscope/no-such-page',
    ])
      expect(cachedPathFor(get(url, 'navigate'), precache), url).toBe('/k8s/podscope/index.html');
  });

  it('opens a precached file navigated to as itself, not as the page', () => {
    const icon = 'https://tools.example.org/k8s/podscope/icon-192.png';
    expect(cachedPathFor(get(icon, 'navigate'), precache)).toBe('/k8s/podscope/icon-192.png');
  });

  it('leaves to the network what it does not keep', () => {
    const unknown = 'https://tools.example.org/k8s/podscope/assets/other.js';
    expect(cachedPathFor(get(unknown), precache)).toBeNull();
    const post = {
      url: 'https://tools.example.org/k8s/podscope/index.html',
      method: 'POST',
      mode: 'cors',
    };
    expect(cachedPathFor(post, precache)).toBeNull();
    // Same path, other origin (another port is another origin).
    expect(
      cachedPathFor(get('https://tools.example.org:8443/k8s/podscope/index.html'), precache),
    ).toBeNull();
    expect(
      cachedPathFor(get('https://cdn.example.net/k8s/podscope/', 'navigate'), precache),
    ).toBeNull();
  });
});

describe('cache names', () => {
  const scope = 'https://tools.example.org/k8s/podscope/';

  it('tells apart builds and copies of the app', () => {
    expect(cacheName('a1', scope)).not.toBe(cacheName('b2', scope));
    expect(cacheName('a1', scope)).not.toBe(cacheName('a1', 'https://tools.example.org/podscope/'));
  });

  it('finds only the earlier builds of this copy as outdated', () => {
    expect(isOutdatedCache(cacheName('old', scope), 'new', scope)).toBe(true);
    expect(isOutdatedCache(cacheName('new', scope), 'new', scope)).toBe(false);
    // Another copy on the same origin, even one in a subfolder of this one, keeps its cache.
    expect(isOutdatedCache(cacheName('old', `${scope}beta/`), 'new', scope)).toBe(false);
    expect(
      isOutdatedCache(cacheName('old', 'https://tools.example.org/podscope/'), 'new', scope),
    ).toBe(false);
    // Caches of other apps on the origin are not ours to delete.
    expect(isOutdatedCache('workbox-precache-v2', 'new', scope)).toBe(false);
    expect(isOutdatedCache(`other ${scope}`, 'new', scope)).toBe(false);
  });
});
