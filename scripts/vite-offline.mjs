// Offline and private by construction: at build time, writes the service worker (sw.js) that
// precaches every file of the build; under the dev server, loosens the page's
// Content-Security-Policy just enough for Vite's own client (hot reload), never in a build.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'vite';

/** The service worker's source, bundled on its own into `sw.js`. */
const WORKER_ENTRY = 'app/offline/sw.ts';
const WORKER_FILE = 'sw.js';

/**
 * Build files not worth keeping offline: source maps, hidden files, the worker itself.
 * @param {string} file
 */
function precached(file) {
  return (
    file !== WORKER_FILE &&
    !file.endsWith('.map') &&
    !file.split('/').some((part) => part.startsWith('.'))
  );
}

/**
 * The files the service worker keeps: every file of the build but the skipped ones, sorted.
 * @param {Iterable<string>} files
 * @returns {string[]}
 */
export function precacheList(files) {
  return [...new Set(files)].filter(precached).sort();
}

/**
 * A short hash of the files' names and contents: it changes when any file of the build does.
 * @param {readonly { name: string, bytes: Uint8Array }[]} files
 * @returns {string}
 */
export function buildVersion(files) {
  const hash = createHash('sha256');
  for (const { name, bytes } of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Every file under `dir`, as `/`-separated paths relative to it.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * `sw.js`: the worker's source bundled with the list of files and the version baked in.
 * @param {string} root
 * @param {string[]} files
 * @param {string} version
 * @returns {Promise<string>}
 */
async function bundleWorker(root, files, version) {
  const output = /** @type {import('vite').Rolldown.RolldownOutput[]} */ (
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      define: {
        __PODSCOPE_PRECACHE__: JSON.stringify(files),
        __PODSCOPE_VERSION__: JSON.stringify(version),
      },
      build: {
        write: false,
        minify: true,
        // A classic script: not every browser runs module service workers yet.
        lib: { entry: resolve(root, WORKER_ENTRY), formats: ['iife'], name: 'podscopeOffline' },
      },
    })
  );
  return output[0].output[0].code;
}

const POLICY = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/**
 * The page's policy as the dev server needs it: Vite's client talks to the server over a
 * WebSocket (connect-src) and the React refresh preamble is an inline script. Builds never get this.
 * @param {string} policy
 * @returns {string}
 */
export function devPolicy(policy) {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [name, ...sources] = part.split(/\s+/);
      if (name === 'connect-src') return `connect-src 'self'`;
      if (name === 'script-src') return ['script-src', ...sources, "'unsafe-inline'"].join(' ');
      return part;
    })
    .join('; ');
}

/**
 * The plugins: the service worker for builds, the loosened policy for the dev server.
 * @returns {import('vite').Plugin[]}
 */
export default function offline() {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  return [
    {
      name: 'podscope:dev-policy',
      apply: 'serve',
      transformIndexHtml: (html) =>
        html.replace(POLICY, (_all, open, policy, close) =>
          [open, devPolicy(String(policy)), close].join(''),
        ),
    },
    {
      name: 'podscope:service-worker',
      apply: 'build',
      configResolved(resolved) {
        config = resolved;
      },
      async writeBundle(options, bundle) {
        const outDir = options.dir ?? resolve(config.root, config.build.outDir);
        const fromPublic =
          config.publicDir && config.build.copyPublicDir ? await filesUnder(config.publicDir) : [];
        const files = precacheList([...Object.keys(bundle), ...fromPublic]);
        const contents = await Promise.all(
          files.map(async (name) => ({ name, bytes: await readFile(join(outDir, name)) })),
        );
        const code = await bundleWorker(config.root, files, buildVersion(contents));
        await writeFile(join(outDir, WORKER_FILE), code);
      },
    },
  ];
}
