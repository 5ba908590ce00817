import type { KeyboardEvent } from 'react';
import { MORE_ROWS, type LimitedSection, type ListGroup } from './findingGroups';
import { FindingCauseGroup } from './FindingCauseGroup';
import { FindingRow } from './FindingRow';
import { severityDot } from '../styles';
import { useTexts } from '../i18n/useTexts';

interface Props {
  section: LimitedSection;
  isOpen: (group: ListGroup) => boolean;
  onToggle: (id: string) => void;
  labels: ((document: number) => string | undefined) | null;
  selectedIndex: number | null;
  tabStop: number | undefined;
  onSelect: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  register: (index: number, el: HTMLButtonElement | null) => void;
  onShowMore: () => void;
}

/** One severity: a heading with its counts, then its groups and lone findings. */
export function FindingGroupList({
  section: s,
  isOpen,
  onToggle,
  labels,
  selectedIndex,
  tabStop,
  onShowMore,
  ...rest
}: Props) {
  const id = `findings-${s.severity}`;
  const { findings: T, severity: severityText } = useTexts('panels');
  return (
    <section aria-labelledby={id} className="mb-2 last:mb-0" data-group={s.severity}>
      <h3
        id={id}
        className="flex items-center gap-2 px-2 pt-1 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${severityDot[s.severity]}`} />
        <span>{severityText[s.severity].group}</span>
        <span className="rounded-full bg-slate-100 px-1.5 text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-200">
          {s.active}
        </span>
        {s.suppressed > 0 && (
          <span className="font-normal text-slate-500 normal-case dark:text-slate-400">
            {T.suppressedCount(s.suppressed)}
          </span>
        )}
      </h3>
      <ul className="flex flex-col gap-0.5">
        {s.items.map((item) =>
          item.kind === 'group' ? (
            <li key={item.group.id}>
              <FindingCauseGroup
                group={item.group}
                open={isOpen(item.group)}
                onToggle={onToggle}
                labels={labels}
                selectedIndex={selectedIndex}
                tabStop={tabStop}
                {...rest}
              />
            </li>
          ) : (
            <li key={item.entry.index}>
              <FindingRow
                finding={item.entry.finding}
                index={item.entry.index}
                selected={item.entry.index === selectedIndex}
                tabbable={item.entry.index === tabStop}
                documentLabel={labels?.(item.entry.finding.document)}
                {...rest}
              />
            </li>
          ),
        )}
      </ul>
      {s.hidden > 0 && (
        <button
          type="button"
          onClick={onShowMore}
          className="mt-1 ml-2 rounded px-2 py-0.5 text-xs font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300"
        >
          {T.showMore(Math.min(s.hidden, MORE_ROWS), s.hidden)}
        </button>
      )}
    </section>
  );
}
