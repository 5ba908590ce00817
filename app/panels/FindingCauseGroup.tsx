import type { KeyboardEvent } from 'react';
import type { ListGroup } from './findingGroups';
import { FindingRow } from './FindingRow';
import { focusRing } from '../styles';
import { useTexts } from '../i18n/useTexts';
import type { PanelTexts } from '../i18n/en/panels';

interface Props {
  group: ListGroup;
  open: boolean;
  onToggle: (id: string) => void;
  labels: ((document: number) => string | undefined) | null;
  selectedIndex: number | null;
  tabStop: number | undefined;
  onSelect: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  register: (index: number, el: HTMLButtonElement | null) => void;
}

/**
 * Findings that share a cause: a heading that names it and counts them, opening (click, Enter,
 * Space, or the right arrow) onto each finding's own row. A closed group keeps its rows in the
 * list, folded away.
 */
export function FindingCauseGroup({
  group: g,
  open,
  onToggle,
  labels,
  selectedIndex,
  tabStop,
  onKeyDown,
  ...rest
}: Props) {
  const { findings: T } = useTexts('panels');
  const words = heading(g, T.group);
  const rows = `finding-group-${g.key}`;
  return (
    <div data-finding-group={g.id} data-cause={g.cause.kind}>
      <button
        type="button"
        ref={(el) => rest.register(g.key, el)}
        aria-expanded={open}
        aria-controls={rows}
        aria-label={T.group.label(
          words.rule ? `${words.rule} ${words.text}` : words.text,
          g.active + g.suppressed,
        )}
        data-roving-key={g.key}
        tabIndex={g.key === tabStop ? 0 : -1}
        onClick={() => onToggle(g.id)}
        onKeyDown={(e) => {
          if ((e.key === 'ArrowRight' && !open) || (e.key === 'ArrowLeft' && open)) {
            e.preventDefault();
            onToggle(g.id);
          } else onKeyDown(e, g.key);
        }}
        className={`flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-[13px] hover:bg-slate-100 dark:hover:bg-slate-800/70 ${focusRing}`}
      >
        <Chevron open={open} />
        <span className="min-w-0 flex-1 break-words text-slate-800 dark:text-slate-200">
          {words.rule && (
            <>
              <code className="font-mono text-xs text-slate-600 dark:text-slate-400">
                {words.rule}
              </code>{' '}
            </>
          )}
          {words.text}
          {g.suppressed > 0 && (
            <span className="ml-1.5 text-xs text-slate-600 dark:text-slate-400">
              {T.suppressedCount(g.suppressed)}
            </span>
          )}
        </span>
        <span
          aria-hidden="true"
          className="shrink-0 rounded-full bg-slate-100 px-1.5 text-xs text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-200"
          title={T.group.count(g.active + g.suppressed)}
        >
          {g.active + g.suppressed}
        </span>
      </button>
      <div
        id={rows}
        hidden={!open}
        className="ml-4 border-l border-slate-200 pl-1 dark:border-slate-700"
      >
        {g.cause.kind === 'resources' && (
          <p className="px-2 pt-0.5 pb-1 text-xs text-slate-600 dark:text-slate-400">
            {T.group.oneEdit}
          </p>
        )}
        <ul className="flex flex-col gap-0.5">
          {g.entries.map(({ finding, index }) => (
            <li key={index}>
              <FindingRow
                finding={finding}
                index={index}
                selected={index === selectedIndex}
                tabbable={open && index === tabStop}
                documentLabel={labels?.(finding.document)}
                onKeyDown={onKeyDown}
                {...rest}
              />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The words of a group's heading: a rule id set apart, then what the findings share. */
function heading(
  g: ListGroup,
  T: PanelTexts['findings']['group'],
): { rule?: string; text: string } {
  const c = g.cause;
  if (c.kind === 'resources')
    return { text: c.none ? T.resourcesNone(c.container) : T.resourcesSome(c.container) };
  const n = g.active + g.suppressed;
  return { rule: c.ruleId, text: c.containers > 0 ? T.ruleOn(c.containers) : T.ruleTimes(n) };
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={`mt-0.5 size-4 shrink-0 text-slate-500 transition-transform dark:text-slate-400 ${open ? 'rotate-90' : ''}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 4l4 4-4 4" />
    </svg>
  );
}
