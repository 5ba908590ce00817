import { memo, type KeyboardEvent } from 'react';
import type { Finding } from '../../src/types';
import { SeverityBadge } from './SeverityBadge';
import { focusRing } from '../styles';
import { useTexts } from '../i18n/useTexts';

interface Props {
  finding: Finding;
  index: number;
  selected: boolean;
  /** The one row reachable with Tab; the arrow keys move between the others. */
  tabbable: boolean;
  /** The finding's document, when the input holds several workloads. */
  documentLabel?: string;
  onSelect: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  register: (index: number, el: HTMLButtonElement | null) => void;
}

/** One finding: severity, rule id, message and where it is; a button that selects it. */
export const FindingRow = memo(
  function FindingRow({
    finding: f,
    index,
    selected,
    tabbable,
    documentLabel,
    onSelect,
    onKeyDown,
    register,
  }: Props) {
    const { findings: T } = useTexts('panels');
    const tone = selected
      ? 'bg-indigo-50 ring-1 ring-indigo-500 ring-inset dark:bg-indigo-950/60'
      : 'hover:bg-slate-100 dark:hover:bg-slate-800/70';
    return (
      <button
        type="button"
        ref={(el) => register(index, el)}
        data-rule-id={f.ruleId}
        data-severity={f.severity}
        data-suppressed={f.suppressed ? 'true' : undefined}
        data-finding-index={index}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        title={f.path}
        onClick={() => onSelect(index)}
        onKeyDown={(e) => onKeyDown(e, index)}
        className={`flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-[13px] ${tone} ${focusRing}`}
      >
        {/* Suppressed rows are greyed by colour, not opacity, so their text stays readable. */}
        <SeverityBadge severity={f.severity} muted={f.suppressed} />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline gap-x-2">
            <code className="font-mono text-xs text-slate-600 dark:text-slate-400">{f.ruleId}</code>
            {documentLabel && (
              <span className="truncate text-xs text-slate-600 dark:text-slate-400">
                {documentLabel}
              </span>
            )}
          </span>
          <span
            className={`block break-words ${f.suppressed ? 'text-slate-600 dark:text-slate-400' : 'text-slate-800 dark:text-slate-200'}`}
          >
            {f.message}
          </span>
          {f.suppressed && (
            <span className="block text-xs text-slate-600 italic dark:text-slate-400">
              {T.suppressed(f.suppressReason)}
            </span>
          )}
        </span>
        <span
          className="shrink-0 font-mono text-xs text-slate-600 tabular-nums dark:text-slate-400"
          aria-label={T.locationLabel(f.line, f.column)}
        >
          {T.location(f.line, f.column)}
        </span>
      </button>
    );
  },
  // A keystroke before a finding moves it (a new object with new offsets) without changing
  // anything the row shows: only what is drawn decides whether the row is drawn again.
  (a, b) =>
    a.index === b.index &&
    a.selected === b.selected &&
    a.tabbable === b.tabbable &&
    a.documentLabel === b.documentLabel &&
    a.onSelect === b.onSelect &&
    a.onKeyDown === b.onKeyDown &&
    a.register === b.register &&
    sameRow(a.finding, b.finding),
);

/** True when two findings look the same in the list. */
function sameRow(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.ruleId === b.ruleId &&
      a.severity === b.severity &&
      a.message === b.message &&
      a.path === b.path &&
      a.line === b.line &&
      a.column === b.column &&
      a.suppressed === b.suppressed &&
      a.suppressReason === b.suppressReason)
  );
}
