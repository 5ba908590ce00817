import type { ContainerState } from '../../../src/lifecycle/types';

// One shape per state, so a state reads without its colour: an empty ring (waiting), a half
// ring (starting), a play mark (running), a tick (ready), a stop square (terminating), a cross
// (exited).
const RING = 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11';
const SHAPES: Record<ContainerState, { d: string; filled?: string }> = {
  waiting: { d: RING },
  starting: { d: RING, filled: 'M8 2.5a5.5 5.5 0 0 1 0 11z' },
  running: { d: 'M5.5 3.5l7 4.5-7 4.5z', filled: 'M5.5 3.5l7 4.5-7 4.5z' },
  ready: { d: 'M3 8.5l3.2 3.2L13 4.8' },
  terminating: { d: 'M4.5 4.5h7v7h-7z', filled: 'M4.5 4.5h7v7h-7z' },
  exited: { d: 'M4 4l8 8M12 4l-8 8' },
};

/** A container state's shape, in the current text colour. */
export function StateIcon({
  state,
  className = 'size-4',
}: {
  state: ContainerState;
  className?: string;
}) {
  const shape = SHAPES[state];
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={`shrink-0 ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={shape.d} />
      {shape.filled && <path d={shape.filled} fill="currentColor" stroke="none" />}
    </svg>
  );
}

/** Each state's chip colours (the shape and the word carry it too). */
export const STATE_TONE: Record<ContainerState, string> = {
  waiting:
    'border-slate-400 bg-slate-100 text-slate-700 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-200',
  starting:
    'border-amber-500 bg-amber-100 text-amber-900 dark:border-amber-400 dark:bg-amber-900 dark:text-amber-100',
  running:
    'border-sky-600 bg-sky-100 text-sky-900 dark:border-sky-400 dark:bg-sky-900 dark:text-sky-100',
  ready:
    'border-emerald-600 bg-emerald-100 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-900 dark:text-emerald-100',
  terminating:
    'border-orange-600 bg-orange-100 text-orange-900 dark:border-orange-400 dark:bg-orange-900 dark:text-orange-100',
  exited:
    'border-slate-600 bg-slate-600 text-white dark:border-slate-300 dark:bg-slate-300 dark:text-slate-900',
};
