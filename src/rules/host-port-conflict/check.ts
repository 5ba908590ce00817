import type { ContainerModel, PortModel } from '../../model/types';
import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

interface Claimed {
  container: ContainerModel;
  port: PortModel;
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Regular containers run together; each init container runs alone, so it is checked alone.
    const groups: ContainerModel[][] = [model.containers.filter((c) => c.list === 'containers')];
    for (const c of model.containers) if (c.list === 'initContainers') groups.push([c]);
    for (const group of groups) {
      const claimed = new Map<string, Claimed>();
      for (const container of group) {
        for (const port of container.ports) {
          if (port.hostPort === undefined) continue;
          // The API server compares the literal protocol/hostIP/hostPort triple.
          const key = `${port.protocol || 'TCP'}/${port.hostIP ?? ''}/${port.hostPort}`;
          const first = claimed.get(key);
          if (!first) {
            claimed.set(key, { container, port });
            continue;
          }
          const chip = (c: ContainerModel, p: PortModel): string =>
            `${c.name}:${p.containerPort ?? p.hostPort}/${p.protocol || 'TCP'}`;
          report({
            path: [...port.path, 'hostPort'],
            messageId:
              port.hostPortDefaulted || first.port.hostPortDefaulted ? 'defaulted' : 'default',
            params: {
              hostPort: port.hostPort,
              protocol: port.protocol || 'TCP',
              container: containerLabel(container),
              other: containerLabel(first.container),
              key,
            },
            containers: [...new Set([first.container.name, container.name])],
            ports: [chip(first.container, first.port), chip(container, port)],
          });
        }
      }
    }
  },
};
