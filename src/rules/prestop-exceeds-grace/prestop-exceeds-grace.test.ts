import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'prestop-exceeds-grace';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);
const preStop = (handler: string, grace?: number): string =>
  pod(
    ...(grace === undefined ? [] : [`  terminationGracePeriodSeconds: ${grace}`]),
    '  containers:',
    '    - name: app',
    '      image: app:1',
    '      lifecycle:',
    `        preStop: ${handler}`,
  );

describe(ID, () => {
  it('flags a 25 s sleep action under the default 30 s grace period: 5 s left after SIGTERM', () => {
    const found = findingsOf(preStop('{sleep: {seconds: 25}}'), ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].lifecycle.preStop.sleep.seconds',
      line: 10,
      containers: ['app'],
      params: { seconds: 25, grace: 30, sigterm: 25, left: 5, sigkill: 30 },
    });
    expect(found[0].message).toContain('SIGTERM comes at 25 s and SIGKILL at 30 s');
    expect(found[0].message).toContain('the process has 5 s');
  });

  it('reads an exec that is only sleep N, directly or through sh -c', () => {
    for (const handler of [
      '{exec: {command: [sleep, "25"]}}',
      '{exec: {command: [/bin/sleep, 25s]}}',
      '{exec: {command: [sh, -c, "sleep 25"]}}',
      '{exec: {command: [/bin/sh, -c, "sleep 25;"]}}',
    ]) {
      const [f] = findingsOf(preStop(handler), ID);
      expect(f, handler).toMatchObject({
        severity: 'warning',
        path: 'spec.containers[0].lifecycle.preStop.exec.command',
        params: { seconds: 25, left: 5 },
      });
    }
  });

  it('uses a quarter of a long grace period as the bar', () => {
    // 120 s grace: 95 s of sleep leaves 25 s, more than 10 s but less than 30 s.
    expect(findingsOf(preStop('{sleep: {seconds: 95}}', 120), ID)).toHaveLength(1);
    // 90 s of sleep leaves exactly a quarter: not flagged.
    expect(findingsOf(preStop('{sleep: {seconds: 90}}', 120), ID)).toEqual([]);
  });

  it('is an error when a sleep action exceeds the grace period (the API server rejects it)', () => {
    const [f] = findingsOf(preStop('{sleep: {seconds: 45}}'), ID);
    expect(f).toMatchObject({
      severity: 'error',
      path: 'spec.containers[0].lifecycle.preStop.sleep.seconds',
    });
    expect(f.message).toContain('the API server rejects the pod');
  });

  it('is a warning, not an error, when an exec sleep runs past the grace period', () => {
    const [f] = findingsOf(preStop('{exec: {command: [sh, -c, "sleep 45"]}}'), ID);
    expect(f).toMatchObject({ severity: 'warning', params: { sigterm: 30, left: 2, sigkill: 32 } });
    expect(f.message).toContain('stops waiting for it at 30 s');
  });

  it('covers native sidecars and pod templates', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  template:',
      '    spec:',
      '      terminationGracePeriodSeconds: 20',
      '      initContainers:',
      '        - {name: proxy, image: envoy:1, restartPolicy: Always, lifecycle: {preStop: {sleep: {seconds: 15}}}}',
      '      containers:',
      '        - {name: app, image: app:1}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.initContainers[0].lifecycle.preStop.sleep.seconds',
      containers: ['proxy'],
      params: { left: 5 },
    });
  });

  it('is silent for a short sleep, an unknown duration, a zero sleep and no hook', () => {
    for (const text of [
      preStop('{sleep: {seconds: 5}}'),
      preStop('{sleep: {seconds: 20}}'),
      preStop('{sleep: {seconds: 0}}'),
      preStop('{exec: {command: [sh, -c, "sleep 25 && nginx -s quit"]}}'),
      preStop('{exec: {command: [/app/drain]}}'),
      preStop('{httpGet: {path: /drain, port: 8080}}'),
      preStop('{sleep: {seconds: 50}}', 90),
      pod('  containers: [{name: app, image: app:1}]'),
    ])
      expect(findingsOf(text, ID), text).toEqual([]);
  });
});
