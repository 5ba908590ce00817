import { containerLabel, portChip } from './missing-required';
import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'host-network-port-mismatch',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'hostNetwork: true with a hostPort that differs from its containerPort.',
  messages: {
    default:
      "hostPort {hostPort} of container {container} must match containerPort {containerPort} when hostNetwork is true: the container binds the node's port {containerPort} directly, there is no port mapping",
  },
  fix: 'With hostNetwork, drop hostPort (it defaults to containerPort) or set it equal to containerPort; to expose another port, change the port the application listens on.',
  check({ model, report }) {
    if (!model.hostNetwork) return;
    // The API server checks spec.containers only; init containers are not validated for this.
    for (const c of model.containers) {
      if (c.list !== 'containers') continue;
      for (const p of c.ports) {
        if (p.hostPortDefaulted || p.hostPort === undefined || p.containerPort === undefined)
          continue;
        if (p.hostPort === p.containerPort) continue;
        report({
          path: [...p.path, 'hostPort'],
          messageId: 'default',
          params: {
            hostPort: p.hostPort,
            containerPort: p.containerPort,
            container: containerLabel(c),
          },
          containers: c.name ? [c.name] : undefined,
          namespaces: ['network'],
          ports: portChip(c, p),
        });
      }
    }
  },
};
