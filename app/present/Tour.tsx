import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts';
import { placeCard, type Box } from './tourPlace';
import { TOUR_STEPS } from './tourSteps';
import { useTourGate } from './useTourGate';
import { useTourTarget } from './useTourTarget';

const PAD = 6;
const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/**
 * A short guided tour for a first visit: a modal dialog that frames one part of the page at a
 * time (network hub, IPC/UTS hubs, a volume, a finding, the inspector) with a few words on it.
 * Next/Back walk it, Skip or Escape close it; closed or finished, it never opens again.
 */
export function Tour() {
  const { open, finish } = useTourGate();
  const T = useTexts('present').tour;
  const [index, setIndex] = useState(0);
  const step = open ? TOUR_STEPS[index] : null;
  const target = useTourTarget(step);
  const dialog = useRef<HTMLDialogElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const [cardSize, setCardSize] = useState({ width: 360, height: 200 });
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!open || !d || d.open) return;
    d.showModal();
    next.current?.focus();
  }, [open]);

  useLayoutEffect(() => {
    const el = card.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setCardSize((s) => (s.width === width && s.height === height ? s : { width, height }));
  }, [index, T, open]);

  if (!open || !step) return null;
  const last = index === TOUR_STEPS.length - 1;
  const text = T.steps[step.id];
  const spot: Box | null = target && {
    left: target.left - PAD,
    top: target.top - PAD,
    width: target.width + 2 * PAD,
    height: target.height + 2 * PAD,
  };
  const at = placeCard(spot, cardSize, { width: window.innerWidth, height: window.innerHeight });
  const go = (to: number): void => {
    setIndex(to);
    next.current?.focus();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-tour-step={step.id}
      // Escape and Skip both end here: the tour is done for good.
      onClose={finish}
      className={`fixed inset-0 m-0 h-full max-h-none w-full max-w-none overflow-hidden p-0 backdrop:bg-transparent ${spot ? 'bg-transparent' : 'bg-slate-950/40'}`}
    >
      {spot && (
        <div
          aria-hidden="true"
          data-tour-spot
          className="pointer-events-none fixed rounded-lg ring-[3px] ring-indigo-500 motion-safe:transition-all motion-safe:duration-200 dark:ring-indigo-400"
          style={{ ...spot, boxShadow: '0 0 0 9999px rgb(2 6 23 / 0.45)' }}
        />
      )}
      <div
        ref={card}
        data-tour-card
        className="fixed w-[min(22rem,calc(100vw-24px))] rounded-xl border border-slate-200 bg-white p-4 text-slate-900 shadow-2xl motion-safe:transition-[left,top] motion-safe:duration-200 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        style={{ left: at.left, top: at.top }}
      >
        <p className="text-xs font-medium text-indigo-700 dark:text-indigo-300">
          {T.label} · {T.step(index + 1, TOUR_STEPS.length)}
        </p>
        <h2 id={titleId} className="mt-1 text-base font-semibold">
          {text.title}
        </h2>
        <p id={bodyId} className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
          {text.body}
        </p>
        <div className="mt-4 flex items-center gap-2">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className={`${BUTTON} mr-auto text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white`}
          >
            {T.skip}
          </button>
          {index > 0 && (
            <button
              type="button"
              onClick={() => go(index - 1)}
              className={`${BUTTON} border border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`}
            >
              {T.back}
            </button>
          )}
          <button
            ref={next}
            type="button"
            onClick={() => (last ? dialog.current?.close() : go(index + 1))}
            className={`${BUTTON} bg-indigo-600 text-white hover:bg-indigo-700 dark:bg-indigo-500 dark:hover:bg-indigo-400`}
          >
            {last ? T.done : T.next}
          </button>
        </div>
      </div>
    </dialog>
  );
}
