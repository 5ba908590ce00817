import { isObj } from '../model/values';
import type { PodRule } from './types';

// Handlers whose port may be a name (grpc.port is an integer only).
const NAMED_PORT_HANDLERS = ['httpGet', 'tcpSocket'] as const;

/** A probe that targets a port name its own container does not declare. */
export const rule: PodRule = {
  id: 'probe-port-not-declared',
  severity: 'warning',
  scope: 'pod',
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
  fix: 'Declare the port with that name in this container’s ports, or use the port number.',
  check({ model, report }) {
    for (const container of model.containers) {
      const names = new Set(container.ports.map((p) => p.name).filter(Boolean));
      for (const probe of container.probes) {
        const raw = container.raw[probe.kind];
        if (!isObj(raw)) continue;
        for (const handler of NAMED_PORT_HANDLERS) {
          const action = raw[handler];
          const port = isObj(action) ? action.port : undefined;
          // The kubelet falls back to reading a digits-only string as a number.
          if (typeof port !== 'string' || port === '' || /^\d+$/.test(port) || names.has(port))
            continue;
          report({
            path: [...probe.path, handler, 'port'],
            messageId: probe.kind,
            params: { container: container.name, port },
            containers: [container.name],
          });
        }
      }
    }
  },
};
