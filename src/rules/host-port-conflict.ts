import type { ContainerModel, PortModel } from '../model/types';
import { containerLabel } from './missing-required';
import type { PodRule } from './types';

interface Claimed {
  container: ContainerModel;
  port: PortModel;
}

export const rule: PodRule = {
  id: 'host-port-conflict',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/configuration/overview/#services',
  summary:
    'Two ports claim the same hostPort (same protocol and hostIP) among the containers that run together.',
  messages: {
    default:
      'hostPort {hostPort}/{protocol} of container {container} is already claimed by container {other}: a node port can be bound once (Duplicate value "{key}")',
    defaulted:
      'with hostNetwork, hostPort defaults to containerPort, so container {container} claims hostPort {hostPort}/{protocol} that container {other} already claims (Duplicate value "{key}")',
  },
  fix: 'Give each container its own hostPort, or drop hostPort and expose the pod through a Service instead.',
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
