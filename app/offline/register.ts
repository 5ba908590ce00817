// The page's only contact with its service worker: registering it. Never under the dev server,
// where files change on every save and a cache would serve stale ones.

/** Registers `sw.js` (beside the page) once the page has loaded, where the browser allows it. */
export function registerServiceWorker(): void {
  // Absent outside secure contexts (plain http:// away from localhost).
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
      // Not fatal: the page works as before, only not offline.
      console.warn('podscope: offline copy not available:', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
