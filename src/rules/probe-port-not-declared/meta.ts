import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'probe-port-not-declared',
  severity: 'warning',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port',
  summary:
    'A probe selects a named port that its container does not declare, so every probe attempt errors.',
  messages: {
    livenessProbe:
      'livenessProbe of container {container} targets port {port}, which {container} does not declare: the kubelet resolves names only in the probe’s own container, every attempt fails ("port {port} not found") and the container is restarted over and over',
    readinessProbe:
      'readinessProbe of container {container} targets port {port}, which {container} does not declare: the kubelet resolves names only in the probe’s own container, every attempt fails ("port {port} not found") and the container never becomes Ready',
    startupProbe:
      'startupProbe of container {container} targets port {port}, which {container} does not declare: the kubelet resolves names only in the probe’s own container, every attempt fails ("port {port} not found") and the container is killed after failureThreshold attempts',
  },
  fix: 'Declare a port with that name in this container’s ports, or give the probe the port number.',
} satisfies RuleFolderMeta;
