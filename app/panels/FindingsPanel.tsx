import { memo, useCallback, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../src/analysis/result';
import type { Finding } from '../../src/types';
import { FindingGroupList } from './FindingGroupList';
import {
  countFindings,
  displayOrder,
  documentLabels,
  FIRST_ROWS,
  groupingOf,
  groupOfFinding,
  limitSections,
  type ListGroup,
  MORE_ROWS,
  opensByDefault,
  sectionFindings,
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

/**
 * Every finding of the input by severity, those with one cause or one rule gathered under a
 * heading that opens onto them; a click selects a finding everywhere.
 */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  documents,
  selectedIndex,
  onSelect,
}: Props) {
  const { findings: T, status: statusText } = useTexts('panels');
  const [limit, setLimit] = useState(FIRST_ROWS);
  const grouping = useMemo(() => groupingOf(findings), [findings]);
  const all = useMemo(() => sectionFindings(findings, grouping), [findings, grouping]);
  const sections = useMemo(
    () => limitSections(all, limit, selectedIndex),
    [all, limit, selectedIndex],
  );
  // What the reader opened or closed, against where each group starts (opensByDefault). A group
  // opens when one of its findings is selected elsewhere (the editor, the graph, the inspector),
  // so the chosen finding is always in view.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const isOpen = useCallback(
    (g: Pick<ListGroup, 'id' | 'cause'>) => opensByDefault(g) !== toggled.has(g.id),
    [toggled],
  );
  const [seen, setSeen] = useState<number | null>(null);
  if (seen !== selectedIndex) {
    setSeen(selectedIndex);
    const g = groupOfFinding(grouping, selectedIndex);
    if (g && !isOpen(g)) setToggled(flip(toggled, g.id));
  }
  const toggle = useCallback((id: string) => setToggled((was) => flip(was, id)), []);
  const order = useMemo(() => displayOrder(sections, isOpen), [sections, isOpen]);
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
      {sections.length === 0 ? (
        <p className="px-3 py-4 text-sm text-emerald-700 dark:text-emerald-400">{T.empty}</p>
      ) : (
        <div
          className="min-h-0 flex-1 overflow-y-auto px-2 py-2"
          role="group"
          aria-label={T.listLabel}
          onFocus={(e) => {
            const { rovingKey, findingIndex } = (e.target as HTMLElement).dataset;
            const index = Number(rovingKey ?? findingIndex);
            if (Number.isInteger(index)) roving.setFocused(index);
          }}
        >
          {sections.map((s) => (
            <FindingGroupList
              key={s.severity}
              section={s}
              isOpen={isOpen}
              onToggle={toggle}
              labels={labels}
              selectedIndex={selectedIndex}
              tabStop={roving.tabStop}
              onSelect={onSelect}
              onKeyDown={roving.onKeyDown}
              register={roving.register}
              onShowMore={() => setLimit((n) => n + MORE_ROWS)}
            />
          ))}
        </div>
      )}
    </section>
  );
});

function flip(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}
