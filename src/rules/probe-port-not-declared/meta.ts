import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'probe-port-not-declared',
  severity: 'warning',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port',
  summary:
    'A probe selects a named port that its container does not declare, so every probe attempt errors and its result is thrown away.',
  messages: {
    livenessProbe:
      'livenessProbe of container {container} targets port {port}, which {container} does not declare: the kubelet resolves names only in the probe’s own container, every attempt errors ("port {port} not found") and the kubelet throws the result away, so this probe never restarts the container: it checks nothing',
    readinessProbe:
      'readinessProbe of container {container} targets port {port}, which {container} does not declare: the kubelet resolves names only in the probe’s own container, every attempt errors ("port {port} not found") and the kubelet throws the result away, so the container keeps its initial not-ready state and never becomes Ready',
    startupProbe:
      'startupProbe of container {container} targets port {port}, which {container} does not declare: the kubelet resolves names only in the probe’s own container, every attempt errors ("port {port} not found") and the kubelet throws the result away: the container is never killed, but it never counts as started either, so its liveness and readiness probes never run and it never becomes Ready',
  },
  fix: 'Declare a port with that name in this container’s ports, or give the probe the port number.',
} satisfies RuleFolderMeta;
