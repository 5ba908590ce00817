import { memo, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../src/analysis/result';
import type { Finding } from '../../src/types';
import { FindingGroupList } from './FindingGroupList';
import {
  countFindings,
  displayOrder,
  documentLabels,
  FIRST_ROWS,
  groupFindings,
  limitGroups,
  MORE_ROWS,
  SEVERITIES,
} from './findingGroups';
import { useTexts } from '../i18n/useTexts';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  findings: readonly Finding[];
  documents: readonly DocumentSummary[];
  selectedIndex: number | null;
  onSelect: (index: number) => void;
}

/** Every finding of the input, grouped by severity; a click selects it everywhere. */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  documents,
  selectedIndex,
  onSelect,
}: Props) {
  const { findings: T, status: statusText } = useTexts('panels');
  const [limit, setLimit] = useState(FIRST_ROWS);
  const all = useMemo(() => groupFindings(findings), [findings]);
  const groups = useMemo(() => limitGroups(all, limit, selectedIndex), [all, limit, selectedIndex]);
  const order = useMemo(() => displayOrder(groups), [groups]);
  const labels = useMemo(() => documentLabels(documents, T), [documents, T]);
  const counts = useMemo(() => countFindings(findings), [findings]);
  const roving = useRovingFocus(order, selectedIndex);

  return (
    <section
      aria-labelledby="findings-heading"
      className="flex h-full min-h-0 flex-col bg-white dark:bg-slate-900"
    >
      <header className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 id="findings-heading" className="text-sm font-semibold">
          {T.heading}
        </h2>
        <p className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
          {SEVERITIES.map((s) => statusText.count[s](counts[s])).join(' · ')}
        </p>
      </header>
      {groups.length === 0 ? (
        <p className="px-3 py-4 text-sm text-emerald-700 dark:text-emerald-400">{T.empty}</p>
      ) : (
        <div
          className="min-h-0 flex-1 overflow-y-auto px-2 py-2"
          role="group"
          aria-label={T.listLabel}
          onFocus={(e) => {
            const index = Number((e.target as HTMLElement).dataset.findingIndex);
            if (Number.isInteger(index)) roving.setFocused(index);
          }}
        >
          {groups.map((g) => (
            <FindingGroupList
              key={g.severity}
              group={g}
              labels={labels}
              selectedIndex={selectedIndex}
              tabStop={roving.tabStop}
              onSelect={onSelect}
              onKeyDown={roving.onKeyDown}
              register={roving.register}
              hidden={g.hidden}
              onShowMore={() => setLimit((n) => n + MORE_ROWS)}
            />
          ))}
        </div>
      )}
    </section>
  );
});
