import { isObj } from '../../model/values';
import type { PodRule } from '../types';
import { meta } from './meta';

// Handlers whose port may be a name (grpc.port is an integer only).
const NAMED_PORT_HANDLERS = ['httpGet', 'tcpSocket'] as const;

/** A probe that targets a port name its own container does not declare. */
export const rule: PodRule = {
  ...meta,
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
