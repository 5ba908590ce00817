import type { PodRule } from '../types';
import { meta } from './meta';

/** A written, non-zero hostPort on a pod that does not use the host network. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // With hostNetwork every containerPort is a port of the node (the API server copies it into
    // hostPort, and Pod Security counts those copies): host-network reports that one cause.
    if (model.hostNetwork) return;
    for (const container of model.containers) {
      // Ephemeral containers may not declare ports at all; that is another rule's error.
      if (container.role === 'ephemeral') continue;
      for (const port of container.ports) {
        const hostPort = port.hostPort;
        // Out-of-range numbers are invalid-port-number's error.
        if (hostPort === undefined || hostPort < 1 || hostPort > 65535) continue;
        const chip =
          port.containerPort === undefined
            ? {}
            : { ports: [`${container.name}:${port.containerPort}/${port.protocol}`] };
        report({
          path: [...port.path, 'hostPort'],
          messageId: 'default',
          params: {
            container: container.name,
            port: port.containerPort ?? '?',
            protocol: port.protocol,
            hostPort,
          },
          containers: [container.name],
          ...chip,
        });
      }
    }
  },
};
