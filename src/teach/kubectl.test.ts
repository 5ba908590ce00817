import { describe, expect, it } from 'vitest';
import type { WorkloadRef } from '../model/types';
import {
  debug,
  describePod,
  dryRun,
  exec,
  findPods,
  listAll,
  logs,
  nodeAllocatable,
  object,
  podEvents,
  podField,
  podSecurityDryRun,
  topPod,
  type CommandTarget,
} from './kubectl';

function scene(ref: Partial<WorkloadRef>): CommandTarget {
  return {
    ref: {
      document: 0,
      kind: 'Pod',
      name: 'pod-demo',
      objectPath: [],
      podSpecPath: ['spec'],
      metadataPaths: [],
      ...ref,
    },
  };
}

const pod = scene({});

describe('kubectl command templates', () => {
  it('fill in the pod, container, path and port', () => {
    expect(exec(pod, 'app', ['hostname'])).toBe('kubectl exec pod-demo -c app -- hostname');
    expect(exec(pod, 'sidecar', ['ls', '-l', '/logs'])).toBe(
      'kubectl exec pod-demo -c sidecar -- ls -l /logs',
    );
    expect(exec(pod, 'web', ['curl', '-v', 'localhost:8080'])).toBe(
      'kubectl exec pod-demo -c web -- curl -v localhost:8080',
    );
    expect(exec(pod, 'app', ['sh'], true)).toBe('kubectl exec -it pod-demo -c app -- sh');
    expect(logs(pod, 'app', ['--previous'])).toBe('kubectl logs pod-demo -c app --previous');
    expect(debug(pod, 'app')).toBe('kubectl debug -it pod-demo --image=busybox:1.36 --target=app');
    expect(debug(pod, 'web', 'nicolaka/netshoot', ['ss', '-ltn'])).toBe(
      'kubectl debug -it pod-demo --image=nicolaka/netshoot --target=web -- ss -ltn',
    );
    expect(topPod(pod)).toBe('kubectl top pod pod-demo --containers');
    expect(describePod(pod)).toBe('kubectl describe pod pod-demo');
  });

  it('give nothing when there is no container to run in', () => {
    expect(exec(pod, undefined, ['hostname'])).toBeUndefined();
    expect(logs(pod, undefined)).toBeUndefined();
    expect(debug(pod, undefined)).toBeUndefined();
    expect(object(pod, 'get', 'pvc', undefined)).toBeUndefined();
  });

  it('quote names and arguments the shell would split or expand', () => {
    const odd = scene({ name: 'my pod', namespace: "team's" });
    expect(exec(odd, 'a$b', ['ls', '-l', '/var/log/my app'])).toBe(
      `kubectl exec -n 'team'\\''s' 'my pod' -c 'a$b' -- ls -l '/var/log/my app'`,
    );
    // jsonpath braces and quotes travel as one word.
    expect(podField(pod, '{.status.qosClass}')).toBe(
      "kubectl get pod pod-demo -o 'jsonpath={.status.qosClass}'",
    );
    expect(object(pod, 'describe', 'secret', 'db creds')).toBe(
      "kubectl describe secret 'db creds'",
    );
  });

  it('add the namespace when the manifest has one', () => {
    const shop = scene({ namespace: 'shop' });
    expect(exec(shop, 'app', ['hostname'])).toBe(
      'kubectl exec -n shop pod-demo -c app -- hostname',
    );
    expect(podEvents(shop)).toBe(
      'kubectl get events -n shop --field-selector involvedObject.name=pod-demo',
    );
    expect(dryRun(shop)).toBe('kubectl apply -n shop --dry-run=server -f manifest.yaml');
    expect(findPods(shop.ref)).toBe('kubectl get pods -n shop -o wide | grep pod-demo');
  });

  it('let kubectl pick a pod of an owner it resolves, and need a pod name where it does not', () => {
    const deploy = scene({
      kind: 'Deployment',
      name: 'orders',
      podSpecPath: ['spec', 'template', 'spec'],
    });
    expect(exec(deploy, 'main-app', ['hostname'])).toBe(
      'kubectl exec deploy/orders -c main-app -- hostname',
    );
    expect(logs(deploy, 'prom-agent')).toBe('kubectl logs deploy/orders -c prom-agent');
    // kubectl debug and get pod take pods only.
    expect(debug(deploy, 'main-app')).toBe(
      'kubectl debug -it <pod> --image=busybox:1.36 --target=main-app',
    );
    expect(describePod(deploy)).toBe('kubectl describe pod <pod>');
    expect(findPods(deploy.ref)).toBe('kubectl get pods -o wide | grep orders');
    const cron = scene({ kind: 'CronJob', name: 'backup' });
    expect(exec(cron, 'job', ['ls'])).toBe('kubectl exec <pod> -c job -- ls');
  });

  it('ask the cluster about nodes, cluster-scoped kinds and Pod Security without changing anything', () => {
    // Dots in an extended resource's name are escaped so kubectl reads it as one key.
    expect(nodeAllocatable('nvidia.com/gpu')).toBe(
      "kubectl get nodes -o 'custom-columns=NODE:.metadata.name,ALLOCATABLE:.status.allocatable.nvidia\\.com/gpu'",
    );
    expect(listAll('csidriver')).toBe('kubectl get csidriver');
    expect(podSecurityDryRun('shop', 'baseline')).toBe(
      'kubectl label --dry-run=server --overwrite ns shop pod-security.kubernetes.io/enforce=baseline',
    );
    expect(podSecurityDryRun(undefined, 'baseline')).toContain(' ns default ');
  });

  it('ask for a strict or a client-side verdict', () => {
    expect(dryRun(pod, { strict: true })).toBe(
      'kubectl apply --dry-run=server --validate=strict -f manifest.yaml',
    );
    expect(dryRun(pod, { client: true })).toBe('kubectl apply --dry-run=client -f manifest.yaml');
  });
});
