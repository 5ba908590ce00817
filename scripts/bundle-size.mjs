// The page's initial JavaScript, measured on a production build: what index.html loads before
// first paint (its scripts and modulepreloads) and everything those import statically, chunk by
// chunk, with gzip sizes. Code reached only through import(), workers and the service worker are
// listed apart: they load when needed. `node scripts/bundle-size.mjs [buildDir]` prints JSON;
// e2e/bundle.spec.ts holds the build to INITIAL_JS_BUDGET and `npm run bench` can report it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** At most this many bytes of gzip for the initial JavaScript (issue 5: 350 KiB). */
export const INITIAL_JS_BUDGET = 350 * 1024;

/**
 * @typedef {{ file: string, bytes: number, gzip: number }} ChunkSize
 * @typedef {{
 *   buildDir: string,
 *   budget: number,
 *   initial: { total: { bytes: number, gzip: number }, chunks: ChunkSize[] },
 *   lazy: { total: { bytes: number, gzip: number }, chunks: ChunkSize[] },
 * }} BundleReport
 */

/**
 * Attribute `name` of one HTML start tag, unquoted or in single or double quotes.
 * @param {string} tag
 * @param {string} name
 * @returns {string | undefined}
 */
function attribute(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * The scripts an HTML page loads by itself: `<script src>` and `<link rel="modulepreload">`.
 * @param {string} html
 * @returns {string[]} the URLs as written
 */
export function htmlScripts(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) urls.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href && rel.includes('modulepreload')) urls.push(href);
  }
  return urls;
}

/**
 * The chunks a built ES module imports statically: `import … from "./x.js"`, `import "./x.js"`
 * and `export … from "./x.js"`. `import("./x.js")` (loaded on demand) is not one. The build names
 * its chunks by relative path, which keeps library strings that merely look like an import
 * (an error message quoting `import '@xyflow/react/dist/style.css'`) out.
 * @param {string} code minified chunk code
 * @returns {string[]}
 */
export function staticImports(code) {
  const chunk = String.raw`(["'])(\.{0,2}\/[^"'\s]+?\.m?js)\1`;
  const bare = new RegExp(String.raw`\bimport\s*` + chunk, 'g');
  const from = new RegExp(
    String.raw`\b(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*` +
      chunk,
    'g',
  );
  return [...code.matchAll(bare), ...code.matchAll(from)].map((m) => m[2]);
}

/**
 * A URL from the page or a chunk, as a path inside the build; undefined for other origins.
 * @param {string} url
 * @param {string} fromDir absolute directory of the file that names it
 * @param {string} buildDir absolute build directory
 */
function localPath(url, fromDir, buildDir) {
  if (/^[a-z][\w+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(buildDir, clean) : resolve(fromDir, clean);
}

/**
 * @param {string} file
 * @param {string} buildDir
 * @returns {ChunkSize}
 */
function sizeOf(file, buildDir) {
  const code = readFileSync(file);
  return {
    file: relative(buildDir, file).split(sep).join('/'),
    bytes: code.length,
    // zlib's default level: what a server compressing on the fly sends (level 9 saves ~1%).
    gzip: gzipSync(code).length,
  };
}

/** @param {ChunkSize[]} chunks */
function total(chunks) {
  return chunks.reduce((t, c) => ({ bytes: t.bytes + c.bytes, gzip: t.gzip + c.gzip }), {
    bytes: 0,
    gzip: 0,
  });
}

/**
 * Every JavaScript file of the build, absolute paths.
 * @param {string} dir
 * @returns {string[]}
 */
function scriptsUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : scriptsUnder(path);
    return /\.m?js$/.test(name) ? [path] : [];
  });
}

/**
 * Measures a build: the initial chunks (from index.html through static imports) and the rest.
 * Throws when index.html names a script that is not in the build or lies on another origin.
 * @param {string} [buildDir]
 * @returns {BundleReport}
 */
export function bundleReport(buildDir = 'dist') {
  const root = resolve(buildDir);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const initial = new Set();
  const queue = htmlScripts(html).map((url) => {
    const path = localPath(url, root, root);
    if (!path) throw new Error(`index.html loads a script from another origin: ${url}`);
    return path;
  });
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (initial.has(file)) continue;
    initial.add(file);
    let code;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`the build has no ${relative(root, file)}, which the page loads`);
    }
    for (const spec of staticImports(code)) {
      const path = localPath(spec, dirname(file), root);
      if (!path) throw new Error(`${relative(root, file)} imports from another origin: ${spec}`);
      queue.push(path);
    }
  }
  const initialChunks = [...initial].map((f) => sizeOf(f, root));
  const lazyChunks = scriptsUnder(root)
    .filter((f) => !initial.has(f))
    .map((f) => sizeOf(f, root))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    buildDir: relative(process.cwd(), root) || '.',
    budget: INITIAL_JS_BUDGET,
    initial: { total: total(initialChunks), chunks: initialChunks },
    lazy: { total: total(lazyChunks), chunks: lazyChunks },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = bundleReport(process.argv[2] ?? 'dist');
  console.log(JSON.stringify(report, null, 2));
}
