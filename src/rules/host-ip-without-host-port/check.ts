import type { PodRule } from '../types';
import { meta } from './meta';

/** A port with hostIP but no hostPort (after the hostNetwork default). */
export const rule: PodRule = {
  ...meta,
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
