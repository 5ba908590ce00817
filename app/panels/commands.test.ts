import { describe, expect, it } from 'vitest';
import type { WorkloadRef } from '../../src/model/types';
import {
  debugCommand,
  execCommand,
  logsCommand,
  podArgument,
  podFieldCommand,
  shellQuote,
} from './commands';

const ref = (over: Partial<WorkloadRef>): WorkloadRef => ({
  document: 0,
  kind: 'Pod',
  name: 'pod-demo',
  objectPath: [],
  podSpecPath: ['spec'],
  metadataPaths: [['metadata']],
  ...over,
});

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('/var/log/app')).toBe('/var/log/app');
    expect(shellQuote('localhost:8080')).toBe('localhost:8080');
    expect(shellQuote('/data dir')).toBe("'/data dir'");
    expect(shellQuote('$(rm -rf /)')).toBe("'$(rm -rf /)'");
    // A quote inside: close, escaped quote, reopen.
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe('podArgument', () => {
  it('uses the pod name, or TYPE/NAME for owners kubectl resolves to a pod', () => {
    expect(podArgument(ref({}))).toBe('pod-demo');
    expect(podArgument(ref({ kind: 'Deployment', name: 'web' }))).toBe('deploy/web');
    expect(podArgument(ref({ kind: 'StatefulSet', name: 'db' }))).toBe('sts/db');
    expect(podArgument(ref({ kind: 'Job', name: 'migrate' }))).toBe('job/migrate');
  });

  it('leaves a placeholder where kubectl cannot resolve a pod (CronJob, custom resources)', () => {
    expect(podArgument(ref({ kind: 'CronJob', name: 'nightly' }))).toBe('<pod>');
    expect(podArgument(ref({ kind: 'RayCluster', name: 'ray' }))).toBe('<pod>');
  });
});

describe('kubectl commands', () => {
  it('execs in one container, with the namespace when the workload has one', () => {
    expect(execCommand(ref({}), 'app', ['ls', '-l', '/data'])).toBe(
      'kubectl exec pod-demo -c app -- ls -l /data',
    );
    expect(
      execCommand(ref({ kind: 'Deployment', name: 'web', namespace: 'shop' }), 'app', ['hostname']),
    ).toBe('kubectl exec -n shop deploy/web -c app -- hostname');
  });

  it('quotes names from the manifest', () => {
    expect(execCommand(ref({ name: 'a b' }), 'app', ['ls', '/my dir'])).toBe(
      "kubectl exec 'a b' -c app -- ls '/my dir'",
    );
  });

  it('builds logs, debug and pod-field commands', () => {
    expect(logsCommand(ref({}), 'log-shipper')).toBe('kubectl logs pod-demo -c log-shipper');
    expect(debugCommand(ref({}), 'app')).toBe(
      'kubectl debug -it pod-demo --image=busybox:1.36 --target=app',
    );
    expect(debugCommand(ref({ kind: 'Deployment', name: 'web' }), 'app')).toBe(
      'kubectl debug -it <pod> --image=busybox:1.36 --target=app',
    );
    expect(podFieldCommand(ref({}), '{.status.qosClass}')).toBe(
      "kubectl get pod pod-demo -o 'jsonpath={.status.qosClass}'",
    );
    expect(podFieldCommand(ref({ kind: 'Deployment' }), '{.status.qosClass}')).toBeUndefined();
  });
});
