import { describe, expect, it } from 'vitest';
import { yaml } from '../testing/manifest';
import { timelineOf } from './testing';
import { lifecycleText, playScenario, type ContainerState, type ScenarioStep } from './index';

/** The states one container passes through, without repeats. */
function passes(steps: readonly ScenarioStep[], container: string): ContainerState[] {
  const out: ContainerState[] = [];
  for (const s of steps) if (out.at(-1) !== s.states[container]) out.push(s.states[container]);
  return out;
}

/** Index of the first step where `container` is in `state`. */
const firstIn = (steps: readonly ScenarioStep[], container: string, state: ContainerState) =>
  steps.findIndex((s) => s.states[container] === state);

const WEB = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: web}',
  'spec:',
  '  initContainers:',
  '    - name: proxy',
  '      image: envoy:1.31',
  '      restartPolicy: Always',
  '      startupProbe: {tcpSocket: {port: 15001}, periodSeconds: 5}',
  '    - {name: migrate, image: migrate:3}',
  '  containers:',
  '    - name: app',
  '      image: app:2',
  '      resources: {limits: {memory: 512Mi}}',
  '      lifecycle: {preStop: {sleep: {seconds: 25}}}',
  '      readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 5, failureThreshold: 2}',
  '      livenessProbe: {httpGet: {path: /live, port: 8080}, periodSeconds: 10, failureThreshold: 3}',
);

describe('playScenario: start', () => {
  it('plays the sidecar, then the init container, then the app, then pod Ready', () => {
    const steps = playScenario(timelineOf(WEB), 'start');
    expect(steps[0]).toMatchObject({
      atSeconds: 0,
      event: { id: 'scenario.bound' },
      states: { proxy: 'waiting', migrate: 'waiting', app: 'waiting' },
    });
    expect(passes(steps, 'proxy')).toEqual(['waiting', 'starting', 'running', 'ready']);
    expect(passes(steps, 'migrate')).toEqual(['waiting', 'running', 'exited']);
    expect(passes(steps, 'app')).toEqual(['waiting', 'running', 'ready']);
    // The sidecar is running before the init container starts; the app starts after it exited.
    expect(firstIn(steps, 'proxy', 'running')).toBeLessThan(firstIn(steps, 'migrate', 'running'));
    expect(firstIn(steps, 'migrate', 'exited')).toBeLessThan(firstIn(steps, 'app', 'running'));
    expect(steps.at(-1)?.event.id).toBe('scenario.podReady');
    // Times never go back.
    for (let i = 1; i < steps.length; i++)
      expect(steps[i].atSeconds).toBeGreaterThanOrEqual(steps[i - 1].atSeconds);
  });

  it('plays a Job: the native log shipper stops after the main container completes', () => {
    const steps = playScenario(
      timelineOf(
        yaml(
          'apiVersion: batch/v1',
          'kind: Job',
          'metadata: {name: report}',
          'spec:',
          '  template:',
          '    spec:',
          '      restartPolicy: Never',
          '      initContainers: [{name: log-shipper, image: fluent-bit:3, restartPolicy: Always}]',
          '      containers: [{name: report, image: report:1}]',
        ),
      ),
      'start',
    );
    expect(passes(steps, 'report')).toEqual(['waiting', 'running', 'ready', 'exited']);
    expect(passes(steps, 'log-shipper')).toEqual([
      'waiting',
      'running',
      'ready',
      'terminating',
      'exited',
    ]);
    expect(firstIn(steps, 'report', 'exited')).toBeLessThan(
      firstIn(steps, 'log-shipper', 'terminating'),
    );
    expect(steps.at(-1)).toMatchObject({
      event: { id: 'scenario.succeeded' },
      states: { report: 'exited', 'log-shipper': 'exited' },
    });
  });
});

describe('playScenario: what if', () => {
  it('oom: OOMKilled, an immediate restart, then CrashLoopBackOff with growing delays', () => {
    const steps = playScenario(timelineOf(WEB), 'oom');
    expect(steps[0]).toMatchObject({
      event: { id: 'scenario.steady' },
      states: { proxy: 'ready', migrate: 'exited', app: 'ready' },
    });
    expect(passes(steps, 'app')).toEqual([
      'ready',
      'exited', // OOMKilled, restarted at once
      'running',
      'ready',
      'exited',
      'waiting', // back-off 10 s
      'running',
      'ready',
      'exited',
      'waiting', // back-off 20 s
      'running',
      'ready',
      'exited',
      'waiting', // back-off 40 s: where the status is read
    ]);
    expect(passes(steps, 'proxy')).toEqual(['ready']);
    const killed = steps.find((s) => s.event.id === 'scenario.oomKilled')!;
    expect(lifecycleText(killed.event, 'en')).toBe(
      'app uses more memory than its limit of 512Mi: the kernel kills it (OOMKilled, exit code 137).',
    );
    expect(
      steps.filter((s) => s.event.id === 'scenario.backoff').map((s) => s.event.values?.delay),
    ).toEqual([10, 20, 40]);
    const status = steps.at(-1)!;
    expect(status.event).toMatchObject({
      id: 'scenario.oomStatus',
      values: { ready: 1, total: 2, restarts: 3, limit: '512Mi' },
    });
    expect(lifecycleText(status.event, 'zh-CN')).toContain('READY 1/2');
  });

  it('oom under restartPolicy Never: the container stays exited and a Job makes a new pod', () => {
    const steps = playScenario(
      timelineOf(
        yaml(
          'apiVersion: batch/v1',
          'kind: Job',
          'metadata: {name: j}',
          'spec:',
          '  backoffLimit: 3',
          '  template:',
          '    spec:',
          '      restartPolicy: Never',
          '      containers: [{name: work, image: w:1}]',
        ),
      ),
      'oom',
    );
    expect(passes(steps, 'work')).toEqual(['ready', 'exited']);
    expect(steps.map((s) => s.event.id)).toEqual([
      'scenario.steady',
      'scenario.oomKilledNoLimit',
      'scenario.podNotReady',
      'scenario.notRestarted',
      'scenario.jobRetry',
    ]);
  });

  it('liveness-failure: not Ready, killed after the liveness window, restarted, Ready again', () => {
    const steps = playScenario(timelineOf(WEB), 'liveness-failure');
    expect(passes(steps, 'app')).toEqual([
      'ready',
      'running', // readiness failed: 2 × 5 s after it hung
      'terminating', // liveness: 3 × 10 s
      'exited',
      'running',
      'ready',
    ]);
    const at = (id: string) => steps.find((s) => s.event.id === id)!.atSeconds;
    expect(at('scenario.readinessFails') - at('scenario.hangs')).toBe(10);
    expect(at('scenario.livenessKill') - at('scenario.hangs')).toBe(30);
    // The hung process ignores SIGTERM: its 25 s preStop, then SIGKILL at the 30 s deadline.
    expect(at('scenario.exited') - at('scenario.livenessKill')).toBe(30);
  });

  it('liveness-failure: a readiness window longer than the liveness one never plays out', () => {
    const slowReadiness = yaml(
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '    - name: a',
      '      image: a:1',
      '      livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5, failureThreshold: 2}',
      '      readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 30, failureThreshold: 3}',
    );
    const steps = playScenario(timelineOf(slowReadiness), 'liveness-failure');
    // Killed 10 s after it hangs; readiness (90 s) never gets to give up before the restart.
    expect(passes(steps, 'a')).toEqual(['ready', 'terminating', 'exited', 'running', 'ready']);
    expect(steps.map((s) => s.event.id)).not.toContain('scenario.readinessFails');
  });

  it('liveness-failure without a liveness probe: nothing restarts the container', () => {
    const steps = playScenario(
      timelineOf(
        yaml('kind: Pod', 'metadata: {name: p}', 'spec:', '  containers: [{name: a, image: a:1}]'),
      ),
      'liveness-failure',
    );
    expect(passes(steps, 'a')).toEqual(['ready']);
    expect(steps.map((s) => s.event.id)).toContain('scenario.noLiveness');
  });

  it('deletion: preStop, SIGTERM at 25 s with the SIGKILL deadline, then the sidecar', () => {
    const steps = playScenario(timelineOf(WEB), 'deletion');
    expect(steps.slice(0, 3).map((s) => [s.atSeconds, s.event.id])).toEqual([
      [0, 'scenario.steady'],
      [0, 'scenario.deleted'],
      [0, 'scenario.preStop'],
    ]);
    expect(passes(steps, 'app')).toEqual(['ready', 'terminating', 'exited']);
    expect(passes(steps, 'proxy')).toEqual(['ready', 'terminating', 'exited']);
    expect(firstIn(steps, 'app', 'exited')).toBeLessThan(firstIn(steps, 'proxy', 'terminating'));
    const sigterm = steps.find(
      (s) => s.event.id === 'scenario.sigterm' && s.event.container === 'app',
    )!;
    expect(sigterm.atSeconds).toBe(25);
    expect(lifecycleText(sigterm.event, 'en')).toBe(
      'SIGTERM to app; SIGKILL at 30 s if it is still running.',
    );
    expect(steps.at(-1)).toMatchObject({ atSeconds: 25, event: { id: 'scenario.gone' } });
    expect(steps.every((s) => !s.assumed)).toBe(true);
  });
});
