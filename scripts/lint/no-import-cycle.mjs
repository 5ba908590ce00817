// An ESLint rule that rejects import cycles: no file may reach itself through its imports.
// Every import counts: values, `import type`, re-exports and `import()`. A cycle of types ties
// two modules together as much as a cycle of values (neither can be read, moved or tested
// without the other), and a cycle through `import()` is a cycle between chunks. Rules that skip
// type-only imports (eslint-plugin-import-x's no-cycle) would pass every cycle this code base
// has had, since each ran through one.
//
// Only relative imports are followed: a package cannot import this repository back. Each file's
// imports are read with TypeScript's import scanner and kept until the file changes, so one lint
// run reads each file once, and an editor's long-running lint sees edits.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const SCRIPT = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;
const SUFFIXES = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];

/**
 * @typedef {{ specifier: string, pos: number, end: number }} ImportRef
 * @typedef {{ from: string, to: string, why: string }} AllowedEdge
 */

/** @type {Map<string, { mtimeMs: number, size: number, targets: string[] }>} */
const cache = new Map();

/** @param {string} text @returns {ImportRef[]} */
function importsIn(text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => ({ specifier: f.fileName, pos: f.pos, end: f.end }));
}

/** The file a relative specifier names, or undefined (a package, or nothing there). */
function resolveImport(/** @type {string} */ fromFile, /** @type {string} */ specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = resolve(dirname(fromFile), specifier.replace(/[?#].*$/, ''));
  for (const suffix of SUFFIXES) {
    const candidate = base + suffix;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next suffix.
    }
  }
  return undefined;
}

/** The files `file` imports, read from disk (cached until the file changes). */
function targetsOf(/** @type {string} */ file) {
  if (!SCRIPT.test(file)) return [];
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return [];
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.targets;
  const targets = [];
  for (const { specifier } of importsIn(readFileSync(file, 'utf8'))) {
    const target = resolveImport(file, specifier);
    if (target) targets.push(target);
  }
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, targets });
  return targets;
}

/**
 * A chain of imports from `start` to `goal` (both included), or undefined. `dead` holds files
 * known not to reach `goal`; it grows with every search that fails.
 * @param {string} start @param {string} goal @param {Set<string>} dead
 * @param {(from: string, to: string) => boolean} allowed
 * @returns {string[] | undefined}
 */
function chainTo(start, goal, dead, allowed) {
  if (dead.has(start)) return undefined;
  /** @type {Map<string, string | null>} */
  const parent = new Map([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const next of targetsOf(file)) {
      if (parent.has(next) || dead.has(next) || allowed(file, next)) continue;
      parent.set(next, file);
      if (next === goal) {
        /** @type {string[]} */
        const chain = [];
        for (let at = /** @type {string | null} */ (next); at !== null; at = parent.get(at) ?? null)
          chain.unshift(at);
        return chain;
      }
      queue.push(next);
    }
  }
  for (const file of queue) dead.add(file);
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow import cycles, type-only and dynamic imports included' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          allow: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                from: { type: 'string' },
                to: { type: 'string' },
                why: { type: 'string' },
              },
              required: ['from', 'to', 'why'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      cycle:
        'Import cycle: {{chain}}. Move what both sides need into a module of its own (docs/STYLE.md).',
      unused: 'The allowed import {{from}} → {{to}} is gone: remove it from the rule options.',
    },
  },
  create(context) {
    // Paths in the options and in messages are relative to `root` (the repository).
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    /** @type {AllowedEdge[]} */
    const allow = context.options[0]?.allow ?? [];
    const edges = new Set(allow.map((a) => `${resolve(root, a.from)}\n${resolve(root, a.to)}`));
    /** @param {string} from @param {string} to */
    const allowed = (from, to) => edges.has(`${from}\n${to}`);
    const name = (/** @type {string} */ p) => relative(root, p).split('\\').join('/');
    return {
      Program(program) {
        const source = context.sourceCode;
        /** @type {Set<string>} */
        const dead = new Set();
        /** @type {Set<string>} */
        const imported = new Set();
        for (const ref of importsIn(source.text)) {
          const target = resolveImport(file, ref.specifier);
          if (!target) continue;
          imported.add(target);
          if (allowed(file, target)) continue;
          const chain = target === file ? [file] : chainTo(target, file, dead, allowed);
          if (!chain) continue;
          context.report({
            loc: { start: source.getLocFromIndex(ref.pos), end: source.getLocFromIndex(ref.end) },
            messageId: 'cycle',
            data: { chain: [file, ...chain].map(name).join(' → ') },
          });
        }
        for (const a of allow) {
          if (resolve(root, a.from) === file && !imported.has(resolve(root, a.to)))
            context.report({
              node: program,
              messageId: 'unused',
              data: { from: a.from, to: a.to },
            });
        }
      },
    };
  },
};
