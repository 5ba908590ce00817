import { useCallback, useRef, useState, type RefCallback } from 'react';
import type { ContainerState, Scenario } from '../../src/lifecycle/types';
import { useLifecycleTexts } from './lifecycleTexts';
import { StateIcon } from '../canvas/nodes/StateIcon';
import { ROLE_STRIP } from '../canvas/styles';
import { focusRing } from '../styles';
import { spacedTicks } from './axis';
import { LaneDetails } from './LaneDetails';
import { LaneTrack } from './LaneTrack';
import { MARK_TONE, SPAN_TONE, WINDOW_TONE } from './tones';
import type { PlayedScenario } from './useScenario';
import { useReducedMotion } from './useReducedMotion';

interface Props {
  played: PlayedScenario;
  scenario: Scenario;
  index: number;
  /** The container selected on the graph, if any. */
  selected: string | undefined;
  onSelect: (name: string) => void;
}

const STATES: readonly ContainerState[] = [
  'waiting',
  'starting',
  'running',
  'ready',
  'terminating',
  'exited',
];

// A label centred on its moment, held inside the track at either end.
function anchor(x: number): string {
  return x < 0.08 ? '' : x > 0.88 ? '-translate-x-full' : '-translate-x-1/2';
}

// Labels closer than this would run into each other: the later one is left out. "1000 s" at
// 14 px is about 48 px wide; the share of the track it takes depends on the track's width.
const TICK_PX = 56;

/** The width of an element, followed as it changes (0 until it is laid out). */
function useWidth(): [RefCallback<HTMLElement>, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    if (!el) return;
    setWidth(el.clientWidth);
    observer.current = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.current.observe(el);
  }, []);
  return [ref, width];
}

/** The lanes, their time axis and cursor, the key to their colours, the selected lane's windows. */
export function LaneList({ played, scenario, index, selected, onSelect }: Props) {
  const T = useLifecycleTexts();
  const reduced = useReducedMotion();
  const { axis, lanes, steps, timeline } = played;
  const step = steps[index];
  const cursor = axis.stepX(index);
  const glide = reduced ? '' : 'transition-[left] duration-500 ease-out';
  const podReady =
    scenario === 'start' && Number.isFinite(timeline.podReady.earliestSeconds)
      ? axis.x(timeline.podReady.earliestSeconds)
      : undefined;
  const [axisRef, axisWidth] = useWidth();
  const ticks = spacedTicks(axis.ticks, axisWidth > 0 ? TICK_PX / axisWidth : 1);
  const chosen = lanes.find((l) => l.name === selected);
  const windowKinds = [...new Set(lanes.flatMap((l) => l.windows.map((w) => w.kind)))];
  const markKinds = [...new Set(lanes.flatMap((l) => l.marks.map((m) => m.kind)))];

  return (
    <div className="@container flex flex-col px-3 pb-2">
      <div>
        <ol
          aria-label={T.lanes}
          className="grid grid-cols-1 @min-[18rem]:grid-cols-[minmax(5rem,38%)_1fr] gap-y-1"
        >
          {lanes.map((lane) => {
            const state = step?.states[lane.name];
            const isSelected = lane.name === selected;
            return (
              <li key={lane.name} className="contents" data-lane-name={lane.name}>
                <button
                  type="button"
                  aria-pressed={isSelected}
                  aria-label={T.lane(lane.name, state ? T.state[state] : '')}
                  data-lane-state={state}
                  onClick={() => onSelect(lane.name)}
                  className={`flex min-h-8 min-w-0 items-center gap-1.5 rounded-l-md py-1 pr-2 pl-1.5 text-left text-[14px] ${isSelected ? 'bg-indigo-100 ring-2 ring-indigo-500 dark:bg-indigo-900' : 'hover:bg-slate-100 dark:hover:bg-slate-800'} ${focusRing}`}
                >
                  <span
                    aria-hidden="true"
                    className={`h-5 w-1 shrink-0 rounded ${ROLE_STRIP[lane.role]}`}
                  />
                  {state && <StateIcon state={state} className="size-3.5" />}
                  <span className="min-w-0 leading-5 font-semibold [overflow-wrap:break-word]">
                    {lane.name}
                  </span>
                </button>
                <LaneTrack
                  lane={lane}
                  cursor={cursor}
                  glide={glide}
                  onSelect={() => onSelect(lane.name)}
                />
              </li>
            );
          })}
        </ol>
      </div>
      {/* The axis: labelled seconds, the cursor, and under them when the pod can be Ready. */}
      <div className="grid grid-cols-1 @min-[18rem]:grid-cols-[minmax(5rem,38%)_1fr]">
        <span />
        <div
          ref={axisRef}
          aria-hidden="true"
          className={`relative border-t border-slate-300 text-[14px] text-slate-600 dark:border-slate-600 dark:text-slate-300 ${podReady === undefined ? 'h-6' : 'h-11'}`}
        >
          {ticks.map((t) => (
            <span
              key={t.seconds}
              className={`absolute top-0.5 tabular-nums whitespace-nowrap ${anchor(t.x)}`}
              style={{ left: `${t.x * 100}%` }}
            >
              {T.seconds(t.seconds)}
            </span>
          ))}
          <span
            data-cursor={index}
            className={`absolute -top-1.5 h-3 w-3 -translate-x-1/2 rounded-full bg-indigo-600 ring-2 ring-white dark:ring-slate-900 ${glide}`}
            style={{ left: `${cursor * 100}%` }}
          />
          {podReady !== undefined && (
            <span
              className={`absolute top-6 ${anchor(podReady)} rounded bg-emerald-700 px-1.5 text-[14px] leading-5 font-semibold whitespace-nowrap text-white`}
              style={{ left: `${podReady * 100}%` }}
            >
              {T.podReady}
            </span>
          )}
        </div>
      </div>
      <ul
        aria-label={T.legend}
        className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-[14px] text-slate-700 dark:text-slate-200"
      >
        {STATES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block h-3 w-5 rounded-sm ${SPAN_TONE[s]}`}
            />
            <StateIcon state={s} className="size-3.5" />
            {T.state[s]}
          </li>
        ))}
        {windowKinds.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block h-2 w-5 border-x-2 border-b-2 ${WINDOW_TONE[k]}`}
            />
            {T.window[k]}
          </li>
        ))}
        {markKinds.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3.5 w-1 rounded ${MARK_TONE[k]}`} />
            {T.mark[k]}
          </li>
        ))}
        <li className="text-slate-500 dark:text-slate-400">{T.spacing}</li>
      </ul>
      {chosen && <LaneDetails lane={chosen} />}
    </div>
  );
}
