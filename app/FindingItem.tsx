import { memo } from 'react';
import type { Finding, Severity } from '../src/types';
import { locationLabel } from './findings';

const BADGE: Record<Severity, string> = {
  error: 'bg-red-100 text-red-800 ring-red-200',
  warning: 'bg-amber-100 text-amber-900 ring-amber-200',
  info: 'bg-sky-100 text-sky-800 ring-sky-200',
};

interface Props {
  finding: Finding;
  onReveal: (offset: number, endOffset: number) => void;
}

export const FindingItem = memo(function FindingItem({ finding: f, onReveal }: Props) {
  return (
    <li
      data-rule-id={f.ruleId}
      data-severity={f.severity}
      data-suppressed={f.suppressed || undefined}
      className={f.suppressed ? 'opacity-50' : undefined}
    >
      <button
        type="button"
        onClick={() => onReveal(f.offset, f.endOffset)}
        title={f.path}
        className="grid w-full grid-cols-[auto_minmax(0,1fr)_auto] items-baseline gap-x-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
      >
        <span
          className={`w-[4.75rem] rounded px-1.5 py-0.5 text-center text-[11px] font-semibold uppercase ring-1 ${BADGE[f.severity]}`}
        >
          {f.severity}
        </span>
        <span className="min-w-0">
          <code className="font-mono text-xs text-slate-500">{f.ruleId}</code>
          {f.suppressed && <span className="ml-2 text-xs text-slate-500">suppressed</span>}
          <span className="block text-slate-800">{f.message}</span>
        </span>
        <span className="font-mono text-xs text-slate-500 tabular-nums">{locationLabel(f)}</span>
      </button>
    </li>
  );
});
