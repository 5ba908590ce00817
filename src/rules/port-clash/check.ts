import type { ContainerModel, PortModel } from '../../model/types';
import type { Severity } from '../../types';
import type { PodRule } from '../types';
import { meta } from './meta';

interface Declared {
  container: ContainerModel;
  port: PortModel;
}

type Clash = {
  with: Declared;
  messageId: 'default' | 'sameContainer' | 'sequential';
  severity: Severity;
};

// Whether two declarations in different containers listen at the same time. Regular init
// containers run one by one and have exited before later containers start; a native sidecar
// keeps running while the init containers declared after it run.
function together(earlier: ContainerModel, later: ContainerModel): boolean | undefined {
  if (earlier.role === 'init') return later.role === 'init' ? undefined : false;
  return true;
}

function classify(earlier: Declared, later: Declared): Clash | undefined {
  if (earlier.container === later.container) {
    // One port published on two host ports is one listener; only an exact repeat is a duplicate.
    const same =
      earlier.port.hostPort === later.port.hostPort && earlier.port.hostIP === later.port.hostIP;
    return same ? { with: earlier, messageId: 'sameContainer', severity: 'warning' } : undefined;
  }
  const t = together(earlier.container, later.container);
  if (t === undefined) return undefined;
  return t
    ? { with: earlier, messageId: 'default', severity: 'warning' }
    : { with: earlier, messageId: 'sequential', severity: 'info' };
}

const chip = (d: Declared): string =>
  `${d.container.name}:${d.port.containerPort}/${d.port.protocol}`;

/** Two declarations of one containerPort/protocol in containers that share the network namespace. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const seen = new Map<string, Declared[]>();
    // Ephemeral containers may not declare ports (validation rejects them).
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      for (const port of container.ports) {
        if (port.containerPort === undefined) continue;
        const key = `${port.containerPort}/${port.protocol}`;
        const earlier = seen.get(key) ?? [];
        const later: Declared = { container, port };
        const clashes = earlier
          .map((e) => classify(e, later))
          .filter((c): c is Clash => c !== undefined);
        const clash = clashes.find((c) => c.severity === 'warning') ?? clashes[0];
        if (clash) {
          const names = [...new Set([clash.with.container.name, container.name])];
          report({
            path: [...port.path, 'containerPort'],
            messageId: clash.messageId,
            severity: clash.severity,
            params: {
              first: clash.with.container.name,
              second: container.name,
              port: port.containerPort,
              protocol: port.protocol,
              firstIndex: clash.with.port.index,
              secondIndex: port.index,
            },
            containers: names,
            ports: [...new Set([chip(clash.with), chip(later)])],
            namespaces: ['network'],
          });
        }
        seen.set(key, [...earlier, later]);
      }
    }
  },
};
