// A unified diff of two versions of a text, as `diff -u` and `git diff` print it, so what
// `podscope lint --fix-dry-run` would change can be read, reviewed and applied with `patch`.

type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;

/** The unified diff turning `before` into `after`, or '' when they are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  const ops = diffLines(a, b);
  const hunks = toHunks(ops);
  const head = `--- a/${name}\n+++ b/${name}\n`;
  return (
    head +
    hunks
      .map((h) => {
        const body = h.ops
          .map((o) =>
            o.line.endsWith(NO_BREAK)
              ? `${o.kind}${o.line.slice(0, -1)}\n\\ No newline at end of file\n`
              : `${o.kind}${o.line}\n`,
          )
          .join('');
        return `@@ -${range(h.aStart, h.aLen)} +${range(h.bStart, h.bLen)} @@\n${body}`;
      })
      .join('')
  );
}

/** An op's 1-based line numbers in the old and the new text. */
interface At {
  a: number;
  b: number;
}

function range(start: number, len: number): string {
  return len === 1 ? `${start}` : `${len === 0 ? start - 1 : start},${len}`;
}

// A last line without a line break is not the same line as one with it (diff marks it after
// the line that lacks it): it is compared with a NUL at its end, which YAML text never holds.
const NO_BREAK = '\0';

function lines(text: string): string[] {
  const all = text.split('\n');
  if (text.endsWith('\n') || text === '') all.pop();
  else all[all.length - 1] += NO_BREAK;
  return all;
}

// The shortest edit script between two line lists (Myers' O(ND) greedy algorithm), after the
// common head and tail are set aside: fixes change a few lines of long files.
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle = myers(x, y);
  return [
    ...a.slice(0, head).map((line): Op => ({ kind: ' ', line })),
    ...middle,
    ...a.slice(a.length - tail).map((line): Op => ({ kind: ' ', line })),
  ];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end to the start.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; y--) ops.push({ kind: ' ', line: a[--x] });
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  for (; x > 0 && y > 0; y--) ops.push({ kind: ' ', line: a[--x] });
  return ops.reverse();
}

interface Hunk {
  aStart: number;
  aLen: number;
  bStart: number;
  bLen: number;
  ops: (Op & At)[];
}

// Changes with up to 2×CONTEXT unchanged lines between them share a hunk.
function toHunks(ops: readonly Op[]): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  const placed = ops.map((o): Op & At => {
    const at = { ...o, a: aLine, b: bLine };
    if (o.kind !== '+') aLine++;
    if (o.kind !== '-') bLine++;
    return at;
  });
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    let quiet = 0;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind === ' ') {
        quiet++;
        if (quiet > 2 * CONTEXT) break;
      } else {
        quiet = 0;
        end = j;
      }
    }
    const stop = Math.min(ops.length, end + 1 + CONTEXT);
    const slice = placed.slice(start, stop);
    hunks.push({
      aStart: placed[start].a,
      bStart: placed[start].b,
      aLen: slice.filter((o) => o.kind !== '+').length,
      bLen: slice.filter((o) => o.kind !== '-').length,
      ops: slice,
    });
    i = stop;
  }
  return hunks;
}
