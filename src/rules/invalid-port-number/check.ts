import { containerLabel, portChip } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

const valid = (n: number): boolean => n >= 1 && n <= 65535;
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      const containers = c.name ? [c.name] : undefined;
      for (const p of c.ports) {
        const ports = portChip(c, p);
        // 0 is "missing" (missing-required); a defaulted hostPort repeats the containerPort error.
        if (p.containerPort !== undefined && p.containerPort !== 0 && !valid(p.containerPort)) {
          const params = { port: p.containerPort, container: containerLabel(c) };
          report({
            path: [...p.path, 'containerPort'],
            messageId: 'containerPort',
            params,
            containers,
            ports,
          });
        }
        if (p.hostPort !== undefined && !p.hostPortDefaulted && !valid(p.hostPort)) {
          report({
            path: [...p.path, 'hostPort'],
            messageId: 'hostPort',
            params: { port: p.hostPort, container: containerLabel(c) },
            containers,
            ports,
          });
        }
      }
      for (const probe of c.probes) {
        const raw = obj(c.raw[probe.kind]);
        for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
          const port = obj(raw[handler]).port;
          if (typeof port !== 'number' || !Number.isInteger(port) || valid(port)) continue;
          const params = { probe: probe.kind, container: containerLabel(c), port };
          report({
            path: [...probe.path, handler, 'port'],
            messageId: 'probe',
            params,
            containers,
          });
        }
      }
    }
  },
};
