import { describe, expect, it } from 'vitest';
import type { WorkloadRef } from '../model/types';
import {
  callLocalhost,
  listMount,
  listProcesses,
  listSemaphores,
  listSharedMemory,
  showAddresses,
  showHostname,
  showPodIp,
} from './probes';

const ref: WorkloadRef = {
  document: 0,
  kind: 'Pod',
  name: 'pod-demo',
  objectPath: [],
  podSpecPath: ['spec'],
  metadataPaths: [],
};
const pod = { ref };

describe('probes', () => {
  // The words each probe runs, chosen to work on busybox, Alpine, Debian and Ubuntu images.
  it.each([
    ['the hostname', showHostname(pod, 'app'), 'kubectl exec pod-demo -c app -- hostname'],
    ['the pod IP', showPodIp(pod, 'app'), 'kubectl exec pod-demo -c app -- hostname -i'],
    [
      // hostNetwork: /etc/hosts is the node's, so hostname -i may not answer; busybox's ip does.
      'the addresses of the namespace',
      showAddresses(pod, 'app'),
      'kubectl debug -it pod-demo --image=busybox:1.36 --target=app -- ip -4 addr',
    ],
    ['shared memory', listSharedMemory(pod, 'app'), 'kubectl exec pod-demo -c app -- ipcs -m'],
    ['semaphores', listSemaphores(pod, 'app'), 'kubectl exec pod-demo -c app -- ipcs -s'],
    [
      'a neighbour over localhost',
      callLocalhost(pod, 'sidecar', 8080),
      'kubectl exec pod-demo -c sidecar -- curl -v localhost:8080',
    ],
    [
      'a mount',
      listMount(pod, 'app', '/my data'),
      "kubectl exec pod-demo -c app -- ls -l '/my data'",
    ],
    [
      // -e: procps lists only the caller's processes without it; busybox accepts and ignores it.
      'every process',
      listProcesses(pod, 'app'),
      'kubectl exec pod-demo -c app -- ps -e -o pid,ppid,user,stat,comm',
    ],
  ])('%s', (_, command, expected) => {
    expect(command).toBe(expected);
  });

  it('give nothing when there is no container to run in', () => {
    expect(showHostname(pod, undefined)).toBeUndefined();
    expect(showAddresses(pod, undefined)).toBeUndefined();
    expect(callLocalhost(pod, undefined, 80)).toBeUndefined();
  });
});
