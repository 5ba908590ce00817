import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';

const modelOf = (text: string) => analyze(text).workloads[0].model;

describe('buildStatus', () => {
  it('reads each container’s state, last termination, readiness, started and restarts', () => {
    const m = modelOf(
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: shop}',
        'spec:',
        '  initContainers: [{name: proxy, image: p:1, restartPolicy: Always}]',
        '  containers: [{name: app, image: a:1}, {name: done, image: d:1}]',
        'status:',
        '  phase: Running',
        '  reason: Evicted',
        '  message: The node was low on resource memory.',
        '  conditions:',
        '    - {type: Ready, status: "False", reason: ContainersNotReady, message: "containers with unready status: [app]"}',
        '    - {status: "True"}',
        '  initContainerStatuses:',
        '    - {name: proxy, ready: true, started: true, restartCount: 0, image: "docker.io/p:1", state: {running: {startedAt: "2026-12-05T10:00:00Z"}}}',
        '  containerStatuses:',
        '    - name: app',
        '      ready: false',
        '      started: false',
        '      restartCount: 5',
        '      state: {waiting: {reason: CrashLoopBackOff, message: back-off 2m40s restarting failed container}}',
        '      lastState: {terminated: {reason: OOMKilled, exitCode: 137, message: killed}}',
        '    - {name: done, ready: false, restartCount: 0, state: {terminated: {reason: Completed, exitCode: 0}}}',
      ),
    );
    expect(m.status).toEqual({
      phase: 'Running',
      podIP: undefined,
      hostIP: undefined,
      qosClass: undefined,
      reason: 'Evicted',
      message: 'The node was low on resource memory.',
      conditions: [
        {
          type: 'Ready',
          status: 'False',
          reason: 'ContainersNotReady',
          message: 'containers with unready status: [app]',
        },
      ],
      path: ['status'],
    });
    const [proxy, app, done] = m.containers.map((c) => c.status);
    expect(proxy).toMatchObject({
      state: 'running',
      startedAt: '2026-12-05T10:00:00Z',
      ready: true,
      started: true,
      image: 'docker.io/p:1',
      path: ['status', 'initContainerStatuses', 0],
    });
    expect(app).toEqual({
      restartCount: 5,
      ready: false,
      started: false,
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      message: 'back-off 2m40s restarting failed container',
      lastTerminationReason: 'OOMKilled',
      lastTerminationExitCode: 137,
      lastTerminationMessage: 'killed',
      path: ['status', 'containerStatuses', 0],
    });
    expect(done).toMatchObject({ state: 'terminated', reason: 'Completed', exitCode: 0 });
  });

  it('leaves out what a status does not say', () => {
    const m = modelOf(
      yaml(
        'kind: Pod',
        'metadata: {name: p}',
        'spec: {containers: [{name: a, image: a:1}]}',
        'status: {containerStatuses: [{name: a, state: {running: {}}}]}',
      ),
    );
    expect(Object.keys(m.containers[0].status ?? {}).sort()).toEqual([
      'lastTerminationExitCode',
      'lastTerminationReason',
      'path',
      'ready',
      'restartCount',
      'state',
    ]);
    expect(m.status?.conditions).toBeUndefined();
  });
});
