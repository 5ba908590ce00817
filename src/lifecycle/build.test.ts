import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { buildTimeline, lifecycleText, type PodTimeline } from './index';
import { timelineOf } from './testing';

const byName = (t: PodTimeline, name: string) => t.containers.find((c) => c.name === name)!;
const notesOf = (t: PodTimeline, name: string) =>
  byName(t, name).notes.map((n) => lifecycleText(n, 'en'));

// kubernetes.io, "Configure Liveness, Readiness and Startup Probes": protect slow starting
// containers with startup probes.
const DOCS_STARTUP = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: slow-start}',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: registry.k8s.io/liveness',
  '      ports: [{name: liveness-port, containerPort: 8080}]',
  '      livenessProbe:',
  '        httpGet: {path: /healthz, port: liveness-port}',
  '        failureThreshold: 1',
  '        periodSeconds: 10',
  '      startupProbe:',
  '        httpGet: {path: /healthz, port: liveness-port}',
  '        failureThreshold: 30',
  '        periodSeconds: 10',
);

describe('probes', () => {
  it('gives the docs’ startup probe 300 s before liveness takes over', () => {
    const t = timelineOf(DOCS_STARTUP);
    const app = byName(t, 'app');
    expect(app.probes.map((p) => [p.kind, p.firstSuccessAfterStart, p.giveUpAfterStart])).toEqual([
      ['startupProbe', 0, 300],
      ['livenessProbe', 0, 10],
    ]);
    expect(app.started).toEqual({ earliestSeconds: 0, latestSeconds: 300 });
    expect(notesOf(t, 'app').join('\n')).toContain('up to 300 s before liveness takes over');
    expect(
      lifecycleText(
        app.notes.find((n) => n.id === 'probe.startup.window')!,
        'zh-CN',
      ),
    ).toContain('存活探针接手之前最多有 300 秒');
  });

  it('fills in the API server’s defaults: period 10, timeout 1, success 1, failure 3', () => {
    const t = timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers: [{name: a, image: a:1, readinessProbe: {tcpSocket: {port: 80}}, livenessProbe: {tcpSocket: {port: 80}, initialDelaySeconds: 15}}]',
      ),
    );
    const [liveness, readiness] = byName(t, 'a').probes;
    expect(readiness).toMatchObject({
      kind: 'readinessProbe',
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
      firstSuccessAfterStart: 0,
      giveUpAfterStart: null,
    });
    // initialDelaySeconds counts from the container's start: 15 + 3 × 10.
    expect(liveness).toMatchObject({ kind: 'livenessProbe', giveUpAfterStart: 45 });
    expect(t.podReady).toEqual({ earliestSeconds: 0, latestSeconds: null });
  });

  it('lets readiness start only once the startup probe passes, and counts successThreshold', () => {
    const t = timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '    - name: a',
        '      image: a:1',
        '      startupProbe: {exec: {command: [ready]}, initialDelaySeconds: 20, periodSeconds: 5}',
        '      readinessProbe: {exec: {command: [ready]}, initialDelaySeconds: 5, successThreshold: 2}',
      ),
    );
    const a = byName(t, 'a');
    // Startup passes at 20 at the earliest; readiness then needs two successes 10 s apart.
    expect(a.started).toEqual({ earliestSeconds: 20, latestSeconds: 35 });
    expect(a.ready).toEqual({ earliestSeconds: 30, latestSeconds: null });
  });
});

describe('start order', () => {
  const text = yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  initContainers:',
    '    - name: proxy',
    '      image: envoy:1.31',
    '      restartPolicy: Always',
    '      startupProbe: {tcpSocket: {port: 15001}, periodSeconds: 5, failureThreshold: 6}',
    '    - name: migrate',
    '      image: migrate:3',
    '  containers:',
    '    - name: app',
    '      image: app:2',
    '      readinessProbe: {httpGet: {path: /ready, port: 8080}, initialDelaySeconds: 5}',
  );

  it('starts the sidecar first, the init container once it has started, the app once that exited', () => {
    const t = timelineOf(text);
    expect(t.containers.map((c) => [c.name, c.role, c.startsAfter])).toEqual([
      ['proxy', 'sidecar', []],
      ['migrate', 'init', ['proxy']],
      ['app', 'app', ['migrate']],
    ]);
    expect(byName(t, 'migrate').waitsFor).toEqual([{ container: 'proxy', until: 'started' }]);
    expect(byName(t, 'app').waitsFor).toEqual([{ container: 'migrate', until: 'exited' }]);
    expect(byName(t, 'proxy').started).toEqual({ earliestSeconds: 0, latestSeconds: 30 });
    // The init container starts when the sidecar's startup probe passed: at most 30 s in.
    expect(byName(t, 'migrate').running).toEqual({ earliestSeconds: 0, latestSeconds: 30 });
    // How long migrate runs is unknown: the app's start has no upper bound.
    expect(byName(t, 'app').running).toEqual({ earliestSeconds: 0, latestSeconds: null });
    expect(byName(t, 'app').ready).toEqual({ earliestSeconds: 5, latestSeconds: null });
    expect(t.podReady).toEqual({ earliestSeconds: 5, latestSeconds: null });
  });

  it('stops the app before the sidecar', () => {
    const { termination } = timelineOf(text);
    expect(termination.stopOrder).toEqual([['app'], ['proxy']]);
    const [app, proxy] = termination.containers;
    expect(app).toMatchObject({ name: 'app', sigkillAtSeconds: 30 });
    // The sidecar's SIGTERM waits for the app to exit: at once at best, the grace period at worst.
    expect(proxy.sigterm).toEqual({ earliestSeconds: 0, latestSeconds: 30 });
    expect(proxy).toMatchObject({ sigkillAtSeconds: 32, extraSeconds: 2 });
  });

  it('holds the later app containers back while a postStart hook runs', () => {
    const t = timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: mesh}',
        'spec:',
        '  containers:',
        '    - {name: proxy, image: p:1, lifecycle: {postStart: {exec: {command: [pilot-agent, wait]}}}}',
        '    - {name: app, image: a:1}',
        '    - {name: timer, image: t:1, lifecycle: {postStart: {sleep: {seconds: 5}}}}',
        '    - {name: last, image: l:1}',
      ),
    );
    expect(byName(t, 'app').waitsFor).toEqual([{ container: 'proxy', until: 'postStart' }]);
    expect(byName(t, 'app').running).toEqual({ earliestSeconds: 0, latestSeconds: null });
    expect(byName(t, 'timer').startsAfter).toEqual([]);
    expect(byName(t, 'last').running).toEqual({ earliestSeconds: 5, latestSeconds: null });
    expect(byName(t, 'last').startsAfter).toEqual(['timer']);
  });
});

describe('restarts and Jobs', () => {
  it('reads restart policies per container, restart rules and the backoff', () => {
    const t = timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  initContainers: [{name: setup, image: s:1}]',
        '  containers:',
        '    - {name: app, image: a:1}',
        '    - name: once',
        '      image: o:1',
        '      restartPolicy: Never',
        '      restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]',
      ),
    );
    expect(t.containers.map((c) => [c.name, c.restartPolicy])).toEqual([
      ['setup', 'OnFailure'],
      ['app', 'Always'],
      ['once', 'Never'],
    ]);
    expect(byName(t, 'once').restartRules).toEqual([
      { action: 'Restart', operator: 'In', values: [42] },
    ]);
    expect(t.backoff).toEqual({
      initialSeconds: 10,
      capSeconds: 300,
      resetAfterSeconds: 600,
      delays: [10, 20, 40, 80, 160, 300],
    });
  });

  const job = yaml(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata: {name: report}',
    'spec:',
    '  backoffLimit: 2',
    '  activeDeadlineSeconds: 600',
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      initContainers:',
    '        - {name: log-shipper, image: fluent-bit:3, restartPolicy: Always}',
    '      containers:',
    '        - {name: report, image: report:1}',
  );

  it('reads the Job’s limits and stops its native sidecar after the main container', () => {
    const t = timelineOf(job);
    expect(t.job).toMatchObject({
      backoffLimit: 2,
      activeDeadlineSeconds: 600,
      sidecarsStopAfterMain: true,
      podBackoffDelays: [10, 20, 40, 80, 160, 320, 600],
    });
    expect(t.job?.completion?.stopOrder).toEqual([['log-shipper']]);
    expect(byName(t, 'report').exited).toEqual({ earliestSeconds: 0, latestSeconds: null });
    expect(t.notes.map((n) => lifecycleText(n, 'en')).join('\n')).toContain(
      'the kubelet stops the sidecars (log-shipper, in this order)',
    );
  });

  it('finds a CronJob’s Job spec under jobTemplate, and defaults backoffLimit to 6', () => {
    const t = timelineOf(
      yaml(
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: {name: nightly}',
        'spec:',
        '  schedule: "0 3 * * *"',
        '  jobTemplate:',
        '    spec:',
        '      activeDeadlineSeconds: 120',
        '      template:',
        '        spec:',
        '          restartPolicy: OnFailure',
        '          containers: [{name: backup, image: b:1}]',
      ),
    );
    expect(t.job).toMatchObject({
      backoffLimit: 6,
      activeDeadlineSeconds: 120,
      sidecarsStopAfterMain: false,
    });
    expect(t.job?.completion).toBeUndefined();
  });
});

describe('termination', () => {
  const withPreStop = (handler: string, grace = '') =>
    timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: web}',
        'spec:',
        ...(grace ? [`  terminationGracePeriodSeconds: ${grace}`] : []),
        '  containers:',
        `    - {name: app, image: a:1, lifecycle: {preStop: ${handler}}}`,
      ),
    ).termination;

  it('leaves 5 s for SIGTERM after a 25 s preStop in the default 30 s', () => {
    const term = withPreStop('{sleep: {seconds: 25}}');
    expect(term.graceSeconds).toBe(30);
    expect(term.containers[0]).toEqual({
      name: 'app',
      preStop: { handler: 'sleep', seconds: 25, endsBy: 25 },
      sigterm: { earliestSeconds: 25, latestSeconds: 25 },
      sigkillAtSeconds: 30,
      secondsAfterSigterm: 5,
    });
    expect(term.steps).toEqual([
      { containers: ['app'], startsAtSeconds: 0, sigtermAtSeconds: 25, sigkillAtSeconds: 30 },
    ]);
    expect(term.notes.map((n) => lifecycleText(n, 'en'))).toContain(
      'preStop takes 25 s: SIGTERM at 25 s leaves the process 5 s before SIGKILL at 30 s',
    );
  });

  it('gives the 2 s minimum once a preStop has used the whole grace period', () => {
    const term = withPreStop('{exec: {command: [sh, -c, "sleep 60"]}}', '20');
    expect(term.containers[0]).toMatchObject({
      sigterm: { earliestSeconds: 20, latestSeconds: 20 },
      sigkillAtSeconds: 22,
      secondsAfterSigterm: 2,
      extraSeconds: 2,
    });
  });

  it('lets a preStop of unknown length run up to the grace period', () => {
    const term = withPreStop('{httpGet: {path: /drain, port: 8080}}');
    expect(term.containers[0]).toMatchObject({
      preStop: { handler: 'httpGet', endsBy: 30 },
      sigterm: { earliestSeconds: 0, latestSeconds: 30 },
      sigkillAtSeconds: 32,
    });
    expect(term.containers[0].secondsAfterSigterm).toBeUndefined();
  });

  it('stops sidecars in reverse order of declaration, after the app containers', () => {
    const t = timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: web}',
        'spec:',
        '  terminationGracePeriodSeconds: 60',
        '  initContainers:',
        '    - {name: first, image: f:1, restartPolicy: Always}',
        '    - {name: second, image: s:1, restartPolicy: Always, lifecycle: {preStop: {sleep: {seconds: 10}}}}',
        '  containers:',
        '    - {name: a, image: a:1}',
        '    - {name: b, image: b:1, lifecycle: {preStop: {sleep: {seconds: 5}}}}',
      ),
    );
    const term = t.termination;
    expect(term.stopOrder).toEqual([['a', 'b'], ['second'], ['first']]);
    const [, , second, first] = term.containers;
    // second's own preStop runs from the deletion: SIGTERM at 10 at the earliest (b exits at 5).
    expect(second.sigterm).toEqual({ earliestSeconds: 10, latestSeconds: 60 });
    expect(first.sigterm).toEqual({ earliestSeconds: 10, latestSeconds: 60 });
    expect(term.steps[0]).toEqual({
      containers: ['a', 'b'],
      startsAtSeconds: 0,
      sigkillAtSeconds: 60,
    });
  });
});

describe('readiness gates and what the page reads', () => {
  it('waits for readiness gates with no latest time', () => {
    const t = timelineOf(
      yaml(
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  readinessGates: [{conditionType: "www.example.com/feature-1"}]',
        '  containers: [{name: a, image: a:1}]',
      ),
    );
    expect(t.readinessGates).toEqual(['www.example.com/feature-1']);
    expect(t.podReady).toEqual({ earliestSeconds: 0, latestSeconds: null });
    expect(t.notes.map((n) => n.id)).toContain('pod.readinessGates');
  });

  it('reads the right workload of a multi-document input and of a kind: List', () => {
    const text = yaml(
      'kind: ConfigMap',
      'metadata: {name: c}',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - {kind: Pod, metadata: {name: one}, spec: {terminationGracePeriodSeconds: 5, containers: [{name: a, image: a:1}]}}',
      '  - {kind: Pod, metadata: {name: two}, spec: {containers: [{name: b, image: b:1}]}}',
    );
    expect(timelineOf(text, 0)).toMatchObject({
      workload: { document: 1, kind: 'Pod', name: 'one' },
      termination: { graceSeconds: 5 },
    });
    expect(timelineOf(text, 1).containers.map((c) => c.name)).toEqual(['b']);
  });

  it('has every CONTRACT field', () => {
    const t = timelineOf(DOCS_STARTUP);
    const json = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
    expect(json).toMatchObject({
      workload: { document: 0, kind: 'Pod', name: 'slow-start' },
      podReady: { earliestSeconds: 0, latestSeconds: 300 },
      termination: { graceSeconds: 30, stopOrder: [['app']] },
    });
    expect(t.containers[0]).toMatchObject({
      name: 'app',
      role: 'app',
      startsAfter: [],
      running: { earliestSeconds: 0, latestSeconds: 0 },
      ready: { earliestSeconds: 0, latestSeconds: 300 },
    });
  });
});

describe('the timeline from the pod model alone', () => {
  const text = yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  terminationGracePeriodSeconds: 40',
    '  initContainers:',
    '    - name: proxy',
    '      image: proxy:1',
    '      restartPolicy: Always',
    '      startupProbe: {tcpSocket: {port: 15000}, periodSeconds: 2, failureThreshold: 30}',
    '  containers:',
    '    - name: app',
    '      image: app:1',
    '      lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 10"]}}}',
    '      readinessProbe: {httpGet: {path: /ready, port: 80}, periodSeconds: 5}',
  );

  it('is the same from the model the worker posts to the page (a structured clone)', () => {
    const { model } = analyze(text).workloads[0];
    expect(buildTimeline(structuredClone(model))).toEqual(buildTimeline(model));
  });

  it('reads the grace period, hooks and probe timings from the model, not the document', () => {
    const model = structuredClone(analyze(text).workloads[0].model);
    model.terminationGracePeriodSeconds = 12;
    model.containers[1].hooks = [{ kind: 'preStop', handler: 'sleep', seconds: 4 }];
    model.containers[0].probes[0].timing = { periodSeconds: 3, failureThreshold: 10 };
    const t = buildTimeline(model);
    expect(t.termination.graceSeconds).toBe(12);
    expect(t.termination.containers[0]).toMatchObject({
      name: 'app',
      preStop: { handler: 'sleep', seconds: 4 },
      sigkillAtSeconds: 12,
      secondsAfterSigterm: 8,
    });
    expect(byName(t, 'proxy').started).toEqual({ earliestSeconds: 0, latestSeconds: 30 });
  });
});
