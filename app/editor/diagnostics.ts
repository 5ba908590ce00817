// Findings → CodeMirror diagnostics. Positions go through `locate`, which turns an offset of the
// text the findings were computed for into a position of the document as it is now.
import type { Diagnostic } from '@codemirror/lint';
import type { Finding } from '../../src/types';

/**
 * Maps a text offset to a current document position. `assoc` says which side to keep when text
 * was inserted right there: 1 moves a start past the insertion, -1 keeps an end before it.
 */
export type Locate = (offset: number, assoc: 1 | -1) => number;

/** The class on the text of a suppressed finding: shown dimmed, never hidden. */
export const SUPPRESSED_CLASS = 'cm-podscope-suppressed';

/**
 * One diagnostic per finding: rule id as its source, suppressed findings as dimmed hints.
 * `suppressed` is the word for them in the page's language.
 */
export function findingsToDiagnostics(
  findings: readonly Finding[],
  locate: Locate,
  suppressed = 'suppressed',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const from = locate(f.offset, 1);
    const to = Math.max(from, locate(Math.max(f.offset, f.endOffset), -1));
    out.push(
      f.suppressed
        ? {
            from,
            to,
            severity: 'hint',
            source: f.suppressReason
              ? `${f.ruleId} · ${suppressed}: ${f.suppressReason}`
              : `${f.ruleId} · ${suppressed}`,
            message: f.message,
            markClass: SUPPRESSED_CLASS,
          }
        : { from, to, severity: f.severity, source: f.ruleId, message: f.message },
    );
  }
  return out;
}
