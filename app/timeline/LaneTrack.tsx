import { useLifecycleTexts } from './lifecycleTexts';
import type { Lane } from './lanes';
import { MARK_TONE, SPAN_TONE, WINDOW_TONE } from './tones';

interface Props {
  lane: Lane;
  /** Where the cursor is, 0–1 along the axis. */
  cursor: number;
  /** Classes that make the cursor glide (none under reduced motion). */
  glide: string;
  onSelect: () => void;
}

const pct = (x: number): string => `${x * 100}%`;

/**
 * One container over time: its states as coloured stretches, the windows the timeline computes
 * as brackets under them (an arrow where nothing bounds the worst case), SIGTERM and SIGKILL as
 * ticks, and the cursor. A click selects the container, like its label.
 */
export function LaneTrack({ lane, cursor, glide, onSelect }: Props) {
  const T = useLifecycleTexts();
  const time = (s: number | null): string => (s === null ? T.unbounded : T.seconds(s));
  return (
    // The label beside it is the lane's button; this is the same choice for the mouse.
    <div
      aria-hidden="true"
      onClick={onSelect}
      className="relative min-h-8 cursor-pointer overflow-hidden rounded-r-md bg-slate-50 dark:bg-slate-800/60"
    >
      {lane.spans.map((s) => (
        <span
          key={s.step}
          data-span-state={s.state}
          title={T.state[s.state]}
          className={`absolute top-1 h-4 ${SPAN_TONE[s.state]}`}
          style={{ left: pct(s.x0), width: pct(Math.max(0, s.x1 - s.x0)) }}
        />
      ))}
      {lane.windows.map((w, i) => (
        <span
          key={i}
          data-window={w.kind}
          title={`${T.window[w.kind]}: ${time(w.from)} – ${time(w.to)}`}
          className={`absolute bottom-1 h-2 border-x-2 border-b-2 ${w.open ? 'border-r-0 border-dashed' : ''} ${WINDOW_TONE[w.kind]}`}
          style={{ left: pct(w.x0), width: pct(Math.max(0.004, w.x1 - w.x0)) }}
        />
      ))}
      {lane.marks.map((m) => (
        <span
          key={m.kind}
          data-mark={m.kind}
          title={`${T.mark[m.kind]}: ${time(m.seconds)}`}
          className={`absolute inset-y-0.5 w-1 -translate-x-1/2 rounded ${MARK_TONE[m.kind]}`}
          style={{ left: pct(m.x) }}
        />
      ))}
      <span
        className={`absolute inset-y-0 w-0.5 -translate-x-1/2 bg-indigo-600 dark:bg-indigo-300 ${glide}`}
        style={{ left: pct(cursor) }}
      />
    </div>
  );
}
