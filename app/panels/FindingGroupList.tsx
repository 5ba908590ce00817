import type { KeyboardEvent } from 'react';
import { MORE_ROWS, type FindingGroup } from './findingGroups';
import { FindingRow } from './FindingRow';
import { severityDot } from '../styles';
import { useTexts } from '../i18n/useTexts';

interface Props {
  group: FindingGroup;
  labels: ((document: number) => string | undefined) | null;
  selectedIndex: number | null;
  tabStop: number | undefined;
  onSelect: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  register: (index: number, el: HTMLButtonElement | null) => void;
  /** Rows of this group not drawn yet. */
  hidden: number;
  onShowMore: () => void;
}

/** One severity group: a heading with its counts, then its findings. */
export function FindingGroupList({
  group: g,
  labels,
  selectedIndex,
  tabStop,
  hidden,
  onShowMore,
  ...rest
}: Props) {
  const id = `findings-${g.severity}`;
  const { findings: T, severity: severityText } = useTexts('panels');
  return (
    <section aria-labelledby={id} className="mb-2 last:mb-0" data-group={g.severity}>
      <h3
        id={id}
        className="flex items-center gap-2 px-2 pt-1 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${severityDot[g.severity]}`} />
        <span>{severityText[g.severity].group}</span>
        <span className="rounded-full bg-slate-100 px-1.5 text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-200">
          {g.active}
        </span>
        {g.suppressed > 0 && (
          <span className="font-normal text-slate-500 normal-case dark:text-slate-400">
            {T.suppressedCount(g.suppressed)}
          </span>
        )}
      </h3>
      <ul className="flex flex-col gap-0.5">
        {g.entries.map(({ finding, index }) => (
          <li key={index}>
            <FindingRow
              finding={finding}
              index={index}
              selected={index === selectedIndex}
              tabbable={index === tabStop}
              documentLabel={labels?.(finding.document)}
              {...rest}
            />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          onClick={onShowMore}
          className="mt-1 ml-2 rounded px-2 py-0.5 text-xs font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300"
        >
          {T.showMore(Math.min(hidden, MORE_ROWS), hidden)}
        </button>
      )}
    </section>
  );
}
