// What a fix changes, as a reader checks it before applying: the lines around each edit, before
// and after, with their line numbers in the text as it is.
import type { TextEdit } from '../analysis/textEdit';

export interface PreviewLine {
  kind: ' ' | '-' | '+';
  /** 1-based line number: of the old text for ' ' and '-', of the new text for '+'. */
  line: number;
  text: string;
}

/** The changed lines of each edit (sorted, apart, in `text`'s offsets) with `context` around. */
export function previewLines(
  text: string,
  edits: readonly TextEdit[],
  context = 1,
): PreviewLine[][] {
  const hunks: PreviewLine[][] = [];
  let lineAt = 0; // offset of a line start already counted
  let line = 1;
  let shift = 0; // new line number − old line number, before the edit looked at
  for (const e of edits) {
    const start = text.lastIndexOf('\n', e.from - 1) + 1;
    const nextBreak = text.indexOf('\n', e.to);
    const end = nextBreak < 0 ? text.length : nextBreak;
    line += count(text, lineAt, start);
    lineAt = start;
    const old = text.slice(start, end).split('\n');
    const now = (text.slice(start, e.from) + e.insert + text.slice(e.to, end)).split('\n');
    let head = 0;
    while (head < old.length && head < now.length && old[head] === now[head]) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < now.length - head &&
      old[old.length - 1 - tail] === now[now.length - 1 - tail]
    )
      tail++;
    const first = line + head;
    const lines: PreviewLine[] = [];
    const above = [...linesBefore(text, start, context), ...old.slice(0, head)].slice(-context);
    above.forEach((t, i) =>
      lines.push({ kind: ' ', line: first - above.length + i, text: strip(t) }),
    );
    old
      .slice(head, old.length - tail)
      .forEach((t, i) => lines.push({ kind: '-', line: first + i, text: strip(t) }));
    now
      .slice(head, now.length - tail)
      .forEach((t, i) => lines.push({ kind: '+', line: first + shift + i, text: strip(t) }));
    const oldEnd = line + old.length - tail;
    const below = [...old.slice(old.length - tail), ...linesAfter(text, end, context)].slice(
      0,
      context,
    );
    below.forEach((t, i) => lines.push({ kind: ' ', line: oldEnd + i, text: strip(t) }));
    shift += now.length - old.length;
    hunks.push(lines);
  }
  return hunks;
}

const strip = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

function count(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function linesBefore(text: string, start: number, n: number): string[] {
  const out: string[] = [];
  let end = start - 1; // the line break before `start`
  while (out.length < n && end >= 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    out.unshift(text.slice(from, end));
    end = from - 1;
  }
  return out;
}

function linesAfter(text: string, end: number, n: number): string[] {
  if (end >= text.length || n <= 0) return [];
  const out: string[] = [];
  let at = end + 1;
  while (out.length < n && at <= text.length) {
    const next = text.indexOf('\n', at);
    const stop = next < 0 ? text.length : next;
    if (at === text.length) break;
    out.push(text.slice(at, stop));
    at = stop + 1;
  }
  return out;
}
