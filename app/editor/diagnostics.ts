// Findings → CodeMirror diagnostics. Positions go through `locate`, which turns an offset of the
// text the findings were computed for into a position of the document as it is now.
import type { Action, Diagnostic } from '@codemirror/lint';
import type { ChangeSet } from '@codemirror/state';
import { FIXABLE_RULES } from '../../src/fix/fixable';
import type { Finding } from '../../src/types';

/**
 * Maps a text offset to a current document position. `assoc` says which side to keep when text
 * was inserted right there: 1 moves a start past the insertion, -1 keeps an end before it.
 */
export type Locate = (offset: number, assoc: 1 | -1) => number;

/**
 * The quick fixes of a finding (index into the findings given), as lint actions; undefined while
 * the fix code has not arrived or when it has none.
 */
export type FixActions = (finding: Finding, index: number) => readonly Action[] | undefined;

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
  fixes?: FixActions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
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
        : withFixes(
            { from, to, severity: f.severity, source: f.ruleId, message: f.message },
            f,
            i,
            fixes,
          ),
    );
  }
  return out;
}

// CodeMirror reads a diagnostic's actions only when it draws its tooltip or the lint panel, so they
// are worked out then: most of thousands of findings are never looked at.
// A getter written in the literal, not added afterwards: adding a property to an object that
// has one turns it into a slow dictionary, and a big input has tens of thousands of these.
function withFixes(d: Diagnostic, f: Finding, index: number, fixes?: FixActions): Diagnostic {
  if (!fixes || !FIXABLE_RULES.has(f.ruleId)) return d;
  let actions: readonly Action[] | undefined | null = null;
  const { from, to, severity, source, message } = d;
  return {
    from,
    to,
    severity,
    source,
    message,
    get actions() {
      return actions === null ? (actions = fixes(f, index)) : actions;
    },
  };
}

/**
 * True when `next` is `before` moved along with `edits`, untouched by them: same texts, same
 * order, each range where the edits carried it. A diagnostic an edit touches counts as changed.
 */
export function sameAfterEdits(
  before: readonly Diagnostic[],
  edits: ChangeSet,
  next: readonly Diagnostic[],
): boolean {
  if (before.length !== next.length) return false;
  const moved = !edits.empty;
  for (let i = 0; i < next.length; i++) {
    const a = before[i];
    const b = next[i];
    if (moved && edits.touchesRange(a.from, a.to)) return false;
    const from = moved ? edits.mapPos(a.from) : a.from;
    const to = moved ? edits.mapPos(a.to) : a.to;
    if (
      from !== b.from ||
      to !== b.to ||
      a.severity !== b.severity ||
      a.message !== b.message ||
      a.source !== b.source ||
      a.markClass !== b.markClass
    ) {
      return false;
    }
  }
  return true;
}
