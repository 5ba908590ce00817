import { describe, expect, it } from 'vitest';
import type { ContainerTimeline, PodTimeline, ScenarioStep } from '../../src/lifecycle/types';
import { buildAxis } from './axis';
import { buildLanes, laneTimes, spansOf } from './lanes';

// A hand-made timeline (not the engine's): a native sidecar with a startup probe, an app with a
// readiness probe that may never pass, and their termination.
function container(
  c: Partial<ContainerTimeline> & Pick<ContainerTimeline, 'name' | 'role' | 'runOrder'>,
): ContainerTimeline {
  return {
    startsAfter: [],
    waitsFor: [],
    notes: [{ id: `note.${c.name}`, container: c.name }],
    running: { earliestSeconds: 0, latestSeconds: null },
    started: { earliestSeconds: 0, latestSeconds: null },
    probes: [],
    hooks: [],
    restartPolicy: 'Always',
    ...c,
  };
}

const TIMELINE: PodTimeline = {
  workload: { document: 0, kind: 'Pod', name: 'demo' },
  containers: [
    // Listed out of run order on purpose: lanes follow runOrder.
    container({
      name: 'app',
      role: 'app',
      runOrder: 1,
      running: { earliestSeconds: 10, latestSeconds: null },
      ready: { earliestSeconds: 10, latestSeconds: null },
      probes: [
        {
          kind: 'livenessProbe',
          initialDelaySeconds: 0,
          periodSeconds: 10,
          timeoutSeconds: 1,
          failureThreshold: 3,
          successThreshold: 1,
          firstSuccessAfterStart: 0,
          giveUpAfterStart: 30,
        },
      ],
    }),
    container({
      name: 'proxy',
      role: 'sidecar',
      runOrder: 0,
      started: { earliestSeconds: 10, latestSeconds: 300 },
      ready: { earliestSeconds: 10, latestSeconds: 300 },
      probes: [
        {
          kind: 'startupProbe',
          initialDelaySeconds: 0,
          periodSeconds: 10,
          timeoutSeconds: 1,
          failureThreshold: 30,
          successThreshold: 1,
          firstSuccessAfterStart: 10,
          giveUpAfterStart: 300,
        },
      ],
    }),
  ],
  podReady: { earliestSeconds: 10, latestSeconds: null },
  readinessGates: [],
  restartPolicy: 'Always',
  backoff: {
    initialSeconds: 10,
    capSeconds: 300,
    resetAfterSeconds: 600,
    delays: [10, 20, 40, 80, 160, 300],
  },
  termination: {
    graceSeconds: 30,
    stopOrder: [['app'], ['proxy']],
    steps: [
      { containers: ['app'], startsAtSeconds: 0, sigtermAtSeconds: 25, sigkillAtSeconds: 30 },
      { containers: ['proxy'], startsAtSeconds: 25, sigtermAtSeconds: 25, sigkillAtSeconds: 30 },
    ],
    containers: [
      {
        name: 'app',
        preStop: { handler: 'sleep', seconds: 25, endsBy: 25 },
        sigterm: { earliestSeconds: 25, latestSeconds: 25 },
        sigkillAtSeconds: 30,
        secondsAfterSigterm: 5,
      },
      { name: 'proxy', sigterm: { earliestSeconds: 25, latestSeconds: 30 }, sigkillAtSeconds: 30 },
    ],
    notes: [
      { id: 'termination.grace', values: { grace: 30 } },
      { id: 'termination.preStopKnown', container: 'app' },
    ],
  },
  notes: [],
};

const step = (atSeconds: number, states: ScenarioStep['states']): ScenarioStep => ({
  atSeconds,
  states,
  event: { id: 'test' },
});

const START: ScenarioStep[] = [
  step(0, { proxy: 'waiting', app: 'waiting' }),
  step(0, { proxy: 'starting', app: 'waiting' }),
  step(10, { proxy: 'ready', app: 'waiting' }),
  step(10, { proxy: 'ready', app: 'running' }),
  step(10, { proxy: 'ready', app: 'ready' }),
];

describe('spansOf', () => {
  it('merges a state that holds over several steps and runs the last one to the end', () => {
    const axis = buildAxis(
      START.map((s) => s.atSeconds),
      [],
    );
    expect(spansOf('proxy', START, axis)).toEqual([
      { state: 'waiting', step: 0, x0: axis.stepX(0), x1: axis.stepX(1) },
      { state: 'starting', step: 1, x0: axis.stepX(1), x1: axis.stepX(2) },
      { state: 'ready', step: 2, x0: axis.stepX(2), x1: 1 },
    ]);
    expect(spansOf('app', START, axis).map((s) => s.state)).toEqual([
      'waiting',
      'running',
      'ready',
    ]);
  });

  it('draws nothing for a container the steps do not name', () => {
    expect(spansOf('ghost', START, buildAxis([0], []))).toEqual([]);
  });
});

describe('buildLanes', () => {
  it('lists lanes in run order with the windows of starting the pod', () => {
    const axis = buildAxis(
      START.map((s) => s.atSeconds),
      laneTimes(TIMELINE, 'start'),
    );
    const lanes = buildLanes(TIMELINE, 'start', START, axis);
    expect(lanes.map((l) => l.name)).toEqual(['proxy', 'app']);
    const proxy = lanes[0];
    expect(proxy.windows.map((w) => [w.kind, w.from, w.to, w.open])).toEqual([
      ['startup', 10, 300, false],
      ['ready', 10, 300, false],
    ]);
    // The worst case of 300 s lies beyond the last step: the axis makes room for it.
    expect(proxy.windows[0].x1).toBeGreaterThan(axis.stepX(START.length - 1));
    expect(proxy.windows[0].x1).toBeLessThan(1);
    const app = lanes[1];
    // Liveness counts from the container's start (10 s): a hung app is restarted at 40 s.
    expect(app.windows.map((w) => [w.kind, w.from, w.to, w.open])).toEqual([
      ['liveness', 10, 40, false],
      ['ready', 10, null, true],
    ]);
    expect(app.windows[1].x1).toBe(1);
    expect(app.marks).toEqual([]);
    // What the engine says about each container comes with its lane.
    expect(app.notes.map((n) => n.id)).toEqual(['note.app']);
  });

  it('shows preStop, SIGTERM and SIGKILL when the pod is deleted, and no probe windows', () => {
    const steps = [
      step(0, { proxy: 'ready', app: 'terminating' }),
      step(25, { proxy: 'terminating', app: 'exited' }),
      step(26, { proxy: 'exited', app: 'exited' }),
    ];
    const axis = buildAxis(
      steps.map((s) => s.atSeconds),
      laneTimes(TIMELINE, 'deletion'),
    );
    const [proxy, app] = buildLanes(TIMELINE, 'deletion', steps, axis);
    expect(app.windows.map((w) => [w.kind, w.from, w.to])).toEqual([['preStop', 0, 25]]);
    expect(app.marks.map((m) => [m.kind, m.seconds])).toEqual([
      ['sigterm', 25],
      ['sigkill', 30],
    ]);
    // The sidecar gets SIGTERM as soon as its turn comes: no preStop to draw.
    expect(proxy.windows).toEqual([]);
    expect(proxy.marks.map((m) => m.kind)).toEqual(['sigterm', 'sigkill']);
    expect(app.marks[1].x).toBeGreaterThan(app.marks[0].x);
    // The way out's notes, each for its own container; the pod-wide one in none.
    expect(app.notes.map((n) => n.id)).toEqual(['termination.preStopKnown']);
    expect(proxy.notes).toEqual([]);
  });

  it('draws states alone for the other scenarios', () => {
    const axis = buildAxis([0], laneTimes(TIMELINE, 'oom'));
    const lanes = buildLanes(TIMELINE, 'oom', [step(0, { proxy: 'ready', app: 'ready' })], axis);
    expect(lanes.flatMap((l) => [...l.windows, ...l.marks])).toEqual([]);
    expect(laneTimes(TIMELINE, 'oom')).toEqual([]);
  });
});
