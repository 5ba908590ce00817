import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import type { PodModel } from './types';

const modelOf = (text: string, workload = 0): PodModel => analyze(text).workloads[workload].model;

const podWith = (...container: string[]): PodModel =>
  modelOf(
    yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: app:1',
      ...container.map((l) => `      ${l}`),
    ),
  );

describe('the lifecycle facts in the pod model', () => {
  it('reads hooks with their handler, and their length when the manifest says', () => {
    const hooks = (lifecycle: string) => podWith(`lifecycle: ${lifecycle}`).containers[0].hooks;
    expect(hooks('{preStop: {sleep: {seconds: 25}}}')).toEqual([
      { kind: 'preStop', handler: 'sleep', seconds: 25 },
    ]);
    expect(hooks('{preStop: {exec: {command: [sleep, "25"]}}}')).toEqual([
      { kind: 'preStop', handler: 'exec', seconds: 25 },
    ]);
    // GNU and BusyBox sleep take a unit suffix.
    expect(hooks('{preStop: {exec: {command: [/bin/sh, -c, "sleep 2m"]}}}')).toEqual([
      { kind: 'preStop', handler: 'exec', seconds: 120 },
    ]);
    // postStart first, whatever the order written; a script that does more has no known length.
    expect(
      hooks(
        '{preStop: {exec: {command: [sh, -c, "nginx -s quit; sleep 5"]}}, postStart: {httpGet: {path: /warm, port: 80}}}',
      ),
    ).toEqual([
      { kind: 'postStart', handler: 'httpGet' },
      { kind: 'preStop', handler: 'exec' },
    ]);
  });

  it('leaves hooks undefined when none has a known handler', () => {
    expect(podWith().containers[0].hooks).toBeUndefined();
    expect(podWith('lifecycle: {preStop: {}}').containers[0].hooks).toBeUndefined();
    expect(podWith('lifecycle: [sleep]').containers[0].hooks).toBeUndefined();
  });

  it('reads restartPolicyRules, keeping integer exit codes only', () => {
    const c = podWith(
      'restartPolicy: Never',
      'restartPolicyRules:',
      '  - {action: Restart, exitCodes: {operator: In, values: [42, "43", 44]}}',
    ).containers[0];
    expect(c.restartRules).toEqual([{ action: 'Restart', operator: 'In', values: [42, 44] }]);
    expect(podWith().containers[0].restartRules).toBeUndefined();
  });

  it('reads the grace period as written and the readiness gates', () => {
    const m = modelOf(
      yaml(
        'kind: Pod',
        'metadata: {name: web}',
        'spec:',
        '  terminationGracePeriodSeconds: 0',
        '  readinessGates: [{conditionType: www.example.com/feature-1}, {other: x}]',
        '  containers: [{name: app, image: app:1}]',
      ),
    );
    expect(m.terminationGracePeriodSeconds).toBe(0);
    expect(m.readinessGates).toEqual(['www.example.com/feature-1']);
    const unset = podWith();
    expect(unset.terminationGracePeriodSeconds).toBeUndefined();
    expect(unset.readinessGates).toBeUndefined();
    // A string is not a number of seconds (wrong-type reports it).
    const quoted = modelOf(
      yaml(
        'kind: Pod',
        'metadata: {name: web}',
        'spec: {terminationGracePeriodSeconds: "45", containers: [{name: app, image: a:1}]}',
      ),
    );
    expect(quoted.terminationGracePeriodSeconds).toBeUndefined();
  });

  it('reads the Job spec of a Job and of a CronJob, and none for other kinds', () => {
    const job = modelOf(
      yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata: {name: report}',
        'spec:',
        '  backoffLimit: 2',
        '  activeDeadlineSeconds: 600',
        '  template: {spec: {restartPolicy: Never, containers: [{name: r, image: r:1}]}}',
      ),
    );
    expect(job.job).toEqual({ backoffLimit: 2, activeDeadlineSeconds: 600 });
    const cron = modelOf(
      yaml(
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: {name: nightly}',
        'spec:',
        '  schedule: "0 3 * * *"',
        '  jobTemplate:',
        '    spec:',
        '      activeDeadlineSeconds: 120',
        '      template: {spec: {restartPolicy: OnFailure, containers: [{name: b, image: b:1}]}}',
      ),
    );
    expect(cron.job).toEqual({ activeDeadlineSeconds: 120 });
    const deployment = modelOf(
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  backoffLimit: 2',
        '  template: {spec: {containers: [{name: a, image: a:1}]}}',
      ),
    );
    expect(deployment.job).toBeUndefined();
  });

  it('is plain data that survives the trip from the worker to the page', () => {
    const m = modelOf(
      yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata: {name: report}',
        'spec:',
        '  backoffLimit: 1',
        '  template:',
        '    spec:',
        '      terminationGracePeriodSeconds: 20',
        '      restartPolicy: Never',
        '      containers:',
        '        - name: r',
        '          image: r:1',
        '          lifecycle: {preStop: {sleep: {seconds: 5}}}',
        '          readinessProbe: {exec: {command: [true]}, periodSeconds: 3}',
      ),
    );
    const posted = structuredClone(m);
    expect(posted).toEqual(m);
    expect(posted.containers[0]).toMatchObject({
      hooks: [{ kind: 'preStop', handler: 'sleep', seconds: 5 }],
      probes: [{ kind: 'readinessProbe', timing: { periodSeconds: 3 } }],
    });
    expect(posted).toMatchObject({ terminationGracePeriodSeconds: 20, job: { backoffLimit: 1 } });
  });
});
