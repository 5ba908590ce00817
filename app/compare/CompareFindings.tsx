import { useMemo, useState } from 'react';
import type { FindingChange } from '../../src/diff';
import { findingChangesOfB } from '../../src/diff';
import { diffTexts } from '../../src/diff/texts';
import type { Finding } from '../../src/types';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import type { Comparison } from './comparison';

interface Props {
  comparison: Comparison;
  /** B's findings (the editor's), in the page's language. */
  findings: readonly Finding[];
  /** A's findings, in the page's language. */
  findingsA: readonly Finding[];
  selectedIndex: number | null;
  onSelect: (index: number) => void;
}

type Filter = 'all' | FindingChange;
const FILTERS: readonly Filter[] = ['all', 'new', 'fixed', 'unchanged'];
const MARK: Record<FindingChange, string> = { new: '+', fixed: '✓', unchanged: '=' };
const TONE: Record<FindingChange, string> = {
  new: 'border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
  fixed:
    'border-emerald-600 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  unchanged: 'border-slate-400 bg-slate-50 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
};

interface Row {
  finding: Finding;
  change: FindingChange;
  /** Index into B's findings; undefined for A's fixed ones. */
  index?: number;
}

/** Compare mode's findings list: B's findings tagged new or unchanged, and A's fixed ones. */
export function CompareFindings({
  comparison,
  findings,
  findingsA,
  selectedIndex,
  onSelect,
}: Props) {
  const T = useTexts('compare');
  const P = useTexts('panels');
  const { lang } = useI18n();
  const D = diffTexts(lang);
  const [filter, setFilter] = useState<Filter>('all');
  const rows = useMemo(() => {
    const changes = findingChangesOfB(comparison.diff, findings.length);
    const out: Row[] = findings.map((finding, index) => ({
      finding,
      change: changes[index],
      index,
    }));
    for (const i of comparison.diff.findings.fixed)
      if (findingsA[i]) out.push({ finding: findingsA[i], change: 'fixed' });
    const order: Record<FindingChange, number> = { new: 0, fixed: 1, unchanged: 2 };
    return out.sort((x, y) => order[x.change] - order[y.change]);
  }, [comparison, findings, findingsA]);
  const count = (f: Filter) =>
    f === 'all' ? rows.length : rows.filter((r) => r.change === f).length;
  const shown = filter === 'all' ? rows : rows.filter((r) => r.change === filter);

  return (
    <section
      aria-labelledby="findings-heading"
      className="flex h-full min-h-0 flex-col bg-white dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 id="findings-heading" className="text-sm font-semibold">
          {P.findings.heading}
        </h2>
        <div role="radiogroup" aria-label={T.filter} className="flex flex-wrap gap-1 text-xs">
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              role="radio"
              aria-checked={filter === f}
              data-filter={f}
              onClick={() => setFilter(f)}
              className="rounded-full border border-slate-300 px-2 py-0.5 aria-checked:border-indigo-600 aria-checked:bg-indigo-50 aria-checked:font-semibold dark:border-slate-600 dark:aria-checked:bg-indigo-500/20"
            >
              {f === 'all' ? T.all : D.findingChange[f]} {count(f)}
            </button>
          ))}
        </div>
      </header>
      {shown.length === 0 ? (
        <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-300">{T.empty}</p>
      ) : (
        <ul
          className="min-h-0 flex-1 overflow-y-auto px-2 py-2 text-sm"
          aria-label={P.findings.listLabel}
        >
          {shown.map((r) => (
            <li
              key={`${r.change}:${r.index ?? ''}:${r.finding.ruleId}:${r.finding.path}:${r.finding.offset}`}
              data-rule-id={r.finding.ruleId}
              data-severity={r.finding.severity}
              data-change={r.change}
            >
              <button
                type="button"
                disabled={r.index === undefined}
                aria-current={
                  r.index !== undefined && r.index === selectedIndex ? 'true' : undefined
                }
                onClick={() => r.index !== undefined && onSelect(r.index)}
                className={`flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left hover:bg-slate-100 aria-current:bg-indigo-50 disabled:cursor-default dark:hover:bg-slate-800 dark:aria-current:bg-indigo-500/20 ${r.change === 'fixed' ? 'text-slate-500 line-through decoration-slate-400 dark:text-slate-400' : ''}`}
              >
                <span
                  className={`mt-0.5 inline-flex shrink-0 items-center gap-1 rounded-full border px-1.5 text-[12px] leading-[18px] font-semibold no-underline ${TONE[r.change]}`}
                >
                  <span aria-hidden="true">{MARK[r.change]}</span>
                  {D.findingChange[r.change]}
                </span>
                <span className="min-w-0">
                  <span className="font-medium">{P.severity[r.finding.severity].label}</span>{' '}
                  {r.finding.message}{' '}
                  <span className="font-mono text-xs text-slate-500">
                    {r.finding.ruleId} · {r.change === 'fixed' ? 'A' : 'B'}{' '}
                    {P.findings.location(r.finding.line, r.finding.column)}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
