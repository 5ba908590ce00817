import type { ContainerModel, PortModel } from '../../model/types';
import type { PodRule } from '../types';
import { meta } from './meta';

interface Named {
  container: ContainerModel;
  port: PortModel & { name: string };
}

// The order in which a Service's named targetPort is looked up (FindPort in
// pkg/api/v1/pod/util.go): app containers first, then native sidecars; the first port with that
// name and the Service port's protocol wins. Regular init containers are never selected.
function lookupOrder(containers: readonly ContainerModel[]): Named[] {
  const ordered = [
    ...containers.filter((c) => c.role === 'app'),
    ...containers.filter((c) => c.role === 'sidecar'),
  ];
  return ordered.flatMap((container) =>
    container.ports.flatMap((port) =>
      port.name ? [{ container, port: { ...port, name: port.name } }] : [],
    ),
  );
}

/** One port name declared by two containers that Services can select. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const byName = new Map<string, Named[]>();
    for (const named of lookupOrder(model.containers)) {
      const earlier = byName.get(named.port.name) ?? [];
      byName.set(named.port.name, [...earlier, named]);
      // Within one container a repeated name is duplicate-port-name (an error), not this rule.
      const others = earlier.filter((e) => e.container !== named.container);
      const winner = others.find((e) => e.port.protocol === named.port.protocol) ?? others[0];
      if (!winner) continue;
      const sameProtocol = winner.port.protocol === named.port.protocol;
      report({
        path: [...named.port.path, 'name'],
        messageId: sameProtocol ? 'default' : 'otherProtocol',
        ...(sameProtocol ? {} : { severity: 'info' as const }),
        params: {
          name: named.port.name,
          protocol: named.port.protocol,
          winner: winner.container.name,
          loser: named.container.name,
          winnerPort: winner.port.containerPort ?? '?',
          loserPort: named.port.containerPort ?? '?',
          winnerProtocol: winner.port.protocol,
          loserProtocol: named.port.protocol,
        },
        containers: [winner.container.name, named.container.name],
        ports: [winner, named].flatMap((d) =>
          d.port.containerPort === undefined
            ? []
            : [`${d.container.name}:${d.port.containerPort}/${d.port.protocol}`],
        ),
      });
    }
  },
};
