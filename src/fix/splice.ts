// A fix as a splice of the text the user wrote: the node a fix changes is found in the `yaml`
// Document, and only its source range is replaced, indented like the lines around it. Writing
// the whole document back would re-indent lists, re-space flow maps and drop blank lines; here
// every byte outside the spliced span stays as it was.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { TextEdit } from '../analysis/textEdit';
import type { FieldPath } from '../types';

/** What a fix does to one document, at a field path from the document's root. */
export type FixOp =
  /** Set the value at `path`: replace it, or add the key, with any maps missing on the way. */
  | { op: 'set'; path: FieldPath; value: FixValue }
  /** Give the key at `path` another name, keeping its value. */
  | { op: 'renameKey'; path: FieldPath; to: string };

/** A value a fix writes: scalars, lists of scalars (written `[a, b]`) and maps of these. */
export type FixValue = string | number | boolean | readonly (string | number)[] | FixMap;
export interface FixMap {
  readonly [key: string]: FixValue;
}

/** Why a fix cannot be spliced into this text (it changed since the finding was made). */
export class FixNotApplicable extends Error {}

type Parsed = ReturnType<typeof parseDocument>;

/** The replacement that applies `op` to `text` (one YAML document, offsets from its start). */
export function spliceFix(text: string, fix: FixOp): TextEdit {
  // Map keys (`{ key }` in a finding's path) are keys like any other here.
  const op = { ...fix, path: fix.path.map((s) => (typeof s === 'object' ? s.key : s)) };
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new FixNotApplicable('the document does not parse');
  return op.op === 'renameKey' ? renameKey(doc, op.path, op.to) : setValue(text, doc, op);
}

/** Applies several ops one after another, each to the text the previous one made. */
export function applyFixes(text: string, ops: readonly FixOp[]): string {
  let out = text;
  for (const op of ops) {
    const e = spliceFix(out, op);
    out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  }
  return out;
}

type KeyPath = readonly (string | number)[];

function renameKey(doc: Parsed, path: KeyPath, to: string): TextEdit {
  const pair = pairAt(doc, path);
  const key = pair?.key;
  if (!isScalar(key) || !key.range) throw new FixNotApplicable('no such key');
  return { from: key.range[0], to: key.range[1], insert: scalarText(to) };
}

function setValue(text: string, doc: Parsed, op: { path: KeyPath; value: FixValue }): TextEdit {
  if (op.path.length === 0) throw new FixNotApplicable('empty path');
  // The deepest map on the path that exists, and the part of the path below it.
  let node: unknown = doc.contents;
  let depth = 0;
  for (; depth < op.path.length; depth++) {
    const seg = op.path[depth];
    const next = child(node, seg);
    if (next === undefined) break;
    if (depth === op.path.length - 1) return replaceNode(text, next, op.value);
    // A key with no value yet (`securityContext:`): the rest of the path becomes its value.
    if (isScalar(next) && next.value === null)
      return replaceNode(text, next, nest(op.path.slice(depth + 1) as string[], op.value));
    node = next;
  }
  const rest = op.path.slice(depth);
  if (rest.some((s) => typeof s !== 'string')) throw new FixNotApplicable('no such list item');
  const value = nest(rest.slice(1) as string[], op.value);
  return addKey(text, node, rest[0] as string, value);
}

function child(node: unknown, seg: string | number): Node | undefined {
  if (isMap(node) && typeof seg === 'string') {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
    return pair ? ((pair.value as Node | null) ?? undefined) : undefined;
  }
  if (isSeq(node) && typeof seg === 'number')
    return (node.items[seg] as Node | undefined) ?? undefined;
  return undefined;
}

function pairAt(doc: Parsed, path: KeyPath): Pair | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (i === path.length - 1)
      return isMap(node)
        ? node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg)
        : undefined;
    node = child(node, seg);
  }
  return undefined;
}

const nest = (keys: readonly string[], value: FixValue): FixValue =>
  keys.reduceRight<FixValue>((v, k) => ({ [k]: v }), value);

// Replaces an existing value. A null value (`emptyDir:` or `emptyDir: ~`) becomes the new one;
// a map value is given the new keys.
function replaceNode(text: string, node: Node, value: FixValue): TextEdit {
  if (!node.range) throw new FixNotApplicable('no source range');
  const [from, to] = node.range;
  if (isScalar(node) && node.value === null && typeof value === 'object' && !Array.isArray(value)) {
    return { from, to, insert: `${from === to ? ' ' : ''}${inline(value)}` };
  }
  if (isMap(node) && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as FixMap);
    if (entries.length !== 1) throw new FixNotApplicable('one key at a time');
    return addKey(text, node, entries[0][0], entries[0][1]);
  }
  return { from, to, insert: inline(value) };
}

// Adds `key: value` to a map: after its last entry, at its keys' column (a block map), or before
// its closing brace (a flow map).
function addKey(text: string, map: unknown, key: string, value: FixValue): TextEdit {
  if (!isMap(map) || !map.range) throw new FixNotApplicable('not a map');
  if (map.flow) return addFlowKey(text, map, `${scalarText(key)}: ${inline(value)}`);
  const first = map.items[0]?.key as Node | undefined;
  const last = map.items[map.items.length - 1];
  if (!first?.range || !last) throw new FixNotApplicable('an empty block map');
  const column = first.range[0] - lineStart(text, first.range[0]);
  const lastEnd = endOf(text, last);
  // After the last entry's line (a comment at its end stays with it).
  const eol = text.indexOf('\n', lastEnd);
  const at = eol < 0 ? text.length : text[eol - 1] === '\r' ? eol - 1 : eol;
  const nl = newline(text);
  const body = entry(key, value, column, indentStep(text), nl);
  return { from: at, to: at, insert: `${nl}${body}` };
}

// A flow map on one line gets `, key: value` before its brace; one written over several lines
// gets a line of its own at its entries' column, with a trailing comma if theirs have one.
function addFlowKey(text: string, map: YAMLMap, entryText: string): TextEdit {
  const close = map.range ? text.lastIndexOf('}', map.range[1]) : -1;
  if (close < 0) throw new FixNotApplicable('no closing brace');
  const last = map.items[map.items.length - 1];
  const first = map.items[0]?.key as Node | undefined;
  if (!last || !first?.range) return { from: close, to: close, insert: entryText };
  let at = endOf(text, last);
  while (text[at] === ' ' || text[at] === '\t') at++;
  const trailingComma = text[at] === ',';
  if (trailingComma) at++;
  const open = map.range?.[0] ?? close;
  if (!text.slice(open, close).includes('\n')) {
    const before = trailingComma ? ' ' : ', ';
    return { from: at, to: at, insert: `${before}${entryText}` };
  }
  const pad = ' '.repeat(first.range[0] - lineStart(text, first.range[0]));
  const nl = newline(text);
  return trailingComma
    ? { from: at, to: at, insert: `${nl}${pad}${entryText},` }
    : { from: at, to: at, insert: `,${nl}${pad}${entryText}` };
}

// Where an entry's text ends: its value's end, or its key's when it has none. Block collections
// ranges run past their last line break; the entry ends before it.
function endOf(text: string, pair: Pair): number {
  const v = pair.value as Node | null;
  const k = pair.key as Node | null;
  const end = v?.range?.[1] ?? k?.range?.[1];
  if (end === undefined) throw new FixNotApplicable('no source range');
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}

// `key: value` at `column`, a map value as an indented block below it.
function entry(key: string, value: FixValue, column: number, step: number, nl: string): string {
  const pad = ' '.repeat(column);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const inner = Object.entries(value as FixMap).map(([k, v]) =>
      entry(k, v, column + step, step, nl),
    );
    return `${pad}${scalarText(key)}:${nl}${inner.join(nl)}`;
  }
  return `${pad}${scalarText(key)}: ${inline(value)}`;
}

// A value on one line: scalars as YAML writes them, lists and maps in flow style.
function inline(value: FixValue): string {
  if (isList(value)) return `[${value.map((v) => scalarText(v)).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${scalarText(k)}: ${inline(v)}`)
      .join(', ')}}`;
  return scalarText(value);
}

const isList = (v: FixValue): v is readonly (string | number)[] => Array.isArray(v);

// A scalar plain when YAML reads it back as the same value, else double-quoted.
function scalarText(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(value);
  if (plain) {
    const back = parseDocument(value).toJS() as unknown;
    if (back === value) return value;
  }
  return JSON.stringify(value);
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function newline(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

// The document's indentation step: the smallest indent a nested map's keys add to their parent.
function indentStep(text: string): number {
  const lines = text.split('\n');
  let best = 0;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const cur = lines[i];
    if (!/:\s*(#.*)?\r?$/.test(prev) || /^\s*(#|$)/.test(cur)) continue;
    const d = indentOf(cur) - indentOf(prev);
    if (d > 0 && (best === 0 || d < best)) best = d;
  }
  return best === 0 ? 2 : best;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
