import type { PreviewLine } from '../../src/fix/preview';
import { useTexts } from '../i18n/useTexts';

// A preview stays short: a fix-all over sixty containers shows its first places and a count.
const SHOWN = 4;

const tone: Record<PreviewLine['kind'], string> = {
  ' ': 'text-slate-600 dark:text-slate-400',
  '-': 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200',
  '+': 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
};

/** The lines a fix changes, before (−) and after (+), with a line of context around. */
export function DiffLines({ hunks }: { hunks: readonly PreviewLine[][] }) {
  const T = useTexts('fix');
  const hidden = hunks.length - SHOWN;
  return (
    <div aria-label={T.change} role="group" className="min-w-0">
      {hunks.slice(0, SHOWN).map((lines, h) => (
        <pre
          key={h}
          data-testid="fix-diff"
          className="mb-1 overflow-x-auto rounded border border-slate-200 bg-white py-1 font-mono text-xs leading-5 dark:border-slate-700 dark:bg-slate-900"
        >
          {lines.map((l, i) => (
            <div
              key={i}
              className={`flex gap-2 px-2 whitespace-pre ${tone[l.kind]}`}
              data-diff={l.kind === ' ' ? 'context' : l.kind === '-' ? 'removed' : 'added'}
            >
              <span
                aria-hidden="true"
                className="w-8 shrink-0 text-right text-slate-500 select-none"
              >
                {l.line}
              </span>
              <span aria-hidden="true" className="w-2 shrink-0 select-none">
                {l.kind === ' ' ? '' : l.kind === '-' ? '−' : '+'}
              </span>
              <span className="sr-only">
                {l.kind === '-' ? `${T.removed}, ` : l.kind === '+' ? `${T.added}, ` : ''}
                {T.lineNumber(l.line)}:
              </span>
              <code>{l.text}</code>
            </div>
          ))}
        </pre>
      ))}
      {hidden > 0 && <p className="text-xs text-slate-600 dark:text-slate-400">{T.more(hidden)}</p>}
    </div>
  );
}
