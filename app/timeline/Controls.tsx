import type { Scenario, ScenarioStep } from '../../src/lifecycle/types';
import { useLifecycleTexts } from './lifecycleTexts';
import { focusRing } from '../styles';
import type { Player } from './usePlayer';

const SCENARIOS: readonly Scenario[] = ['start', 'oom', 'liveness-failure', 'deletion'];

const BUTTON = `inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-[15px] font-medium whitespace-nowrap text-slate-800 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`;
const SWITCH = `${BUTTON} aria-pressed:border-indigo-600 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:aria-pressed:border-indigo-400 dark:aria-pressed:bg-indigo-500`;

interface Props {
  scenario: Scenario;
  onScenario: (s: Scenario) => void;
  player: Player;
  steps: readonly ScenarioStep[];
  onClose: () => void;
}

/** The timeline's header: its name and close, the "what if" switches, play/pause, stepping, the scrubber. */
export function Controls({ scenario, onScenario, player, steps, onClose }: Props) {
  const T = useLifecycleTexts();
  const last = Math.max(0, steps.length - 1);
  const at = steps[player.index]?.atSeconds ?? 0;
  return (
    <div className="flex flex-col gap-1.5 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
      <div className="flex items-center gap-2">
        <h2 className="text-[15px] font-semibold">{T.label}</h2>
        <button
          type="button"
          className={`${BUTTON} ml-auto`}
          aria-label={T.close}
          title={T.close}
          onClick={onClose}
        >
          <Icon d="M4 4l8 8M12 4l-8 8" />
        </button>
      </div>
      <div role="group" aria-label={T.scenarios} className="flex flex-wrap items-center gap-1">
        <span aria-hidden="true" className="mr-0.5 text-[14px] text-slate-600 dark:text-slate-300">
          {T.scenarios}
        </span>
        {SCENARIOS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={s === scenario}
            data-scenario={s}
            className={SWITCH}
            onClick={() => onScenario(s)}
          >
            {T.scenario[s]}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          className={BUTTON}
          aria-label={T.back}
          title={T.back}
          disabled={player.index === 0}
          onClick={() => player.seek(player.index - 1)}
        >
          <Icon d="M10 3.5 5.5 8l4.5 4.5" />
        </button>
        <button
          type="button"
          className={BUTTON}
          data-playing={player.playing ? 'true' : undefined}
          onClick={player.playing ? player.pause : player.play}
        >
          <Icon d={player.playing ? 'M5 3.5v9M11 3.5v9' : 'M5 3v10l8-5z'} />
          {player.playing ? T.pause : player.index >= last && last > 0 ? T.replay : T.play}
        </button>
        <button
          type="button"
          className={BUTTON}
          aria-label={T.forward}
          title={T.forward}
          disabled={player.index >= last}
          onClick={() => player.seek(player.index + 1)}
        >
          <Icon d="M6 3.5 10.5 8 6 12.5" />
        </button>
        <span className="ml-auto text-[14px] whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-300">
          {T.stepOf(player.index + 1, steps.length)}
        </span>
      </div>
      <input
        type="range"
        min={0}
        max={last}
        step={1}
        value={player.index}
        aria-label={T.cursor}
        aria-valuetext={`${T.stepOf(player.index + 1, steps.length)}, ${T.atSeconds(at)}`}
        onChange={(e) => player.seek(Number(e.target.value))}
        className="w-full accent-indigo-600"
      />
    </div>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}
