// Every visible string of the timeline panel, the state and status chips on the graph's cards and
// the inspector's status explainer. Not part of the first load: the timeline's and the chips'
// chunks bring both languages (app/timeline/lifecycleTexts.ts). What happens at each moment and
// what to check next are the engine's words (lifecycleText), in both languages too.
import type { ContainerState, Scenario } from '../../../src/lifecycle/types';

export const lifecycle = {
  label: 'Pod timeline',
  close: 'Close the timeline',
  nothing: 'This workload has no containers to play.',
  scenarios: 'What if',
  scenario: {
    start: 'Start',
    oom: 'Out of memory',
    'liveness-failure': 'Liveness fails',
    deletion: 'Deletion',
  } satisfies Record<Scenario, string>,
  play: 'Play',
  pause: 'Pause',
  replay: 'Play again',
  back: 'Step back',
  forward: 'Step forward',
  cursor: 'Time cursor',
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  seconds: (s: number) => `${s} s`,
  atSeconds: (s: number) => `at ${s} s`,
  /** A worst case nothing in the manifest bounds. */
  unbounded: 'no bound',
  spacing: 'Moments at the same second are drawn apart; long waits shorter than they last.',
  state: {
    waiting: 'Waiting',
    starting: 'Starting',
    running: 'Running',
    ready: 'Ready',
    terminating: 'Terminating',
    exited: 'Exited',
  } satisfies Record<ContainerState, string>,
  legend: 'What the colours mean',
  lanes: 'Containers in start order',
  lane: (name: string, state: string) => `${name}: ${state}`,
  /** The brackets under a lane: from the earliest to the worst case. */
  window: {
    startup: 'startup probe',
    liveness: 'liveness: restart of a hung container',
    ready: 'can be Ready',
    preStop: 'preStop hook',
  },
  mark: { sigterm: 'SIGTERM sent', sigkill: 'SIGKILL deadline' },
  details: (name: string) => `About ${name}`,
  podReady: 'Pod Ready',
  /** The pod frame's count, as kubectl's READY column writes it. */
  ready: (n: number, m: number) => `READY ${n}/${m}`,
  readyTitle: 'App containers and sidecars Ready, as kubectl counts them',
  notReady: 'not Ready',
  exitCode: (code: number) => `exit ${code}`,
  last: (reason: string) => `last: ${reason}`,
  status: {
    title: 'Why Ready or not',
    ready: 'The pod is Ready.',
    notReady: 'The pod is not Ready.',
    restarts: (n: number) => `${n} ${n === 1 ? 'restart' : 'restarts'}`,
    backoff: (s: string) => `next restart in up to ${s} (back-off)`,
    next: 'What to check next',
    commandFor: (container: string) => `For ${container}`,
    healthy: 'running and Ready',
    blockers: 'What holds the pod back',
  },
};

export type LifecycleTexts = typeof lifecycle;
