import { useId, useRef } from 'react';
import type { Change, ResultDiff, WorkloadDiff } from '../../src/diff';
import type { DiffTexts } from '../../src/diff/texts';
import { useTexts } from '../i18n/useTexts';
import { linkButton } from '../styles';
import { ChangeBadge } from './marks';

interface Props {
  diff: ResultDiff;
  /** The drawn workload of B. */
  workload: number;
  onPick: (index: number) => void;
  D: DiffTexts;
  className: string;
}

function counts(workloads: readonly WorkloadDiff[]): Record<Change, number> {
  const out: Record<Change, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const w of workloads) out[w.change]++;
  return out;
}

function named(x: { kind: string; name: string; namespace?: string; templateLabel?: string }) {
  const part = x.templateLabel ? ` (${x.templateLabel})` : '';
  return `${x.kind} ${x.namespace ? `${x.namespace}/` : ''}${x.name}${part}`;
}

/**
 * The compare bar's count of workloads added, removed and changed, and the list behind it:
 * every workload of A and B (B's can be drawn from here) and the other objects added or removed.
 * A removed workload has no pod in B to draw the change on: the list says so.
 */
export function WorkloadChanges({ diff, workload, onPick, D, className }: Props) {
  const T = useTexts('compare');
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // The list opens under its button, in the top layer (the bar clips what overflows it).
  const place = () => {
    const box = opener.current?.getBoundingClientRect();
    if (!box || !list.current) return;
    list.current.style.top = `${box.bottom + 4}px`;
    list.current.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - 8 - 448))}px`;
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        popoverTarget={id}
        onClick={place}
        data-workload-changes=""
        className={className}
      >
        {T.workloadsButton(D.workloadCounts(counts(diff.workloads)), diff.objects.length)}
      </button>
      <div
        ref={list}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={T.workloadList}
        className="fixed m-0 max-h-[60vh] w-[28rem] max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 text-sm whitespace-normal text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 className="mb-1 font-semibold">{T.workloads}</h2>
        <ul className="flex flex-col gap-1">
          {diff.workloads.map((w) => (
            <li
              key={`${w.a ?? ''}:${w.b ?? ''}`}
              data-workload={named(w)}
              data-change={w.change}
              className="flex items-start gap-2"
            >
              <span className="w-24 shrink-0">
                {w.change === 'unchanged' ? (
                  <span className="text-slate-600 dark:text-slate-300">= {D.change.unchanged}</span>
                ) : (
                  <ChangeBadge change={w.change} T={D} />
                )}
              </span>
              {w.b === undefined ? (
                <span className="min-w-0">
                  <span className="font-medium">{named(w)}</span>{' '}
                  <span className="text-slate-600 dark:text-slate-300">{T.removedInB}</span>
                </span>
              ) : (
                <button
                  type="button"
                  className={`${linkButton} min-w-0 text-left break-all`}
                  aria-current={w.b === workload ? 'true' : undefined}
                  aria-label={T.show(named(w))}
                  onClick={() => {
                    if (w.b !== undefined) onPick(w.b);
                    list.current?.hidePopover();
                    opener.current?.focus();
                  }}
                >
                  {named(w)}
                  {w.b === workload && (
                    <span className="ml-1.5 font-sans text-slate-600 no-underline dark:text-slate-300">
                      ({T.shown})
                    </span>
                  )}
                </button>
              )}
            </li>
          ))}
        </ul>
        {diff.objects.length > 0 && (
          <>
            <h2 className="mt-3 mb-1 font-semibold">{T.objects}</h2>
            <ul className="flex flex-col gap-1">
              {diff.objects.map((o) => (
                <li
                  key={`${o.change}:${o.document}`}
                  data-object={named(o)}
                  data-change={o.change}
                  className="flex items-start gap-2"
                >
                  <span className="w-24 shrink-0">
                    <ChangeBadge change={o.change} T={D} />
                  </span>
                  <span className="min-w-0 font-medium break-all">{named(o)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
