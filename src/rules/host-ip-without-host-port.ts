import type { PodRule } from './types';

/** A port with hostIP but no hostPort (after the hostNetwork default). */
export const rule: PodRule = {
  id: 'host-ip-without-host-port',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'A container port sets hostIP while hostPort is unset, so the hostIP has no effect.',
  messages: {
    default:
      'port {port}/{protocol} of container {container} sets hostIP {hostIP} without hostPort: hostIP only says where a hostPort is bound on the node, so nothing is bound there (the API server warns "hostIP set without hostPort")',
  },
  fix: 'Add the hostPort you meant to publish on that node address, or remove hostIP.',
  check({ model, report }) {
    for (const container of model.containers) {
      // Ephemeral containers may not declare ports at all; that is another rule's error.
      if (container.role === 'ephemeral') continue;
      for (const port of container.ports) {
        if (!port.hostIP || port.hostPort !== undefined) continue;
        report({
          path: [...port.path, 'hostIP'],
          messageId: 'default',
          params: {
            container: container.name,
            port: port.containerPort ?? '?',
            protocol: port.protocol,
            hostIP: port.hostIP,
          },
          containers: [container.name],
          ...(port.containerPort === undefined
            ? {}
            : { ports: [`${container.name}:${port.containerPort}/${port.protocol}`] }),
        });
      }
    }
  },
};
