import { containerLabel, portChip } from './missing-required';
import type { PodRule } from './types';

const valid = (n: number): boolean => n >= 1 && n <= 65535;
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const rule: PodRule = {
  id: 'invalid-port-number',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'A containerPort, a non-zero hostPort or a probe port outside 1–65535.',
  messages: {
    containerPort:
      'containerPort {port} of container {container} is invalid: must be between 1 and 65535, inclusive',
    hostPort:
      'hostPort {port} of container {container} is invalid: must be between 1 and 65535, inclusive (0 or unset means no host port)',
    probe:
      '{probe} of container {container} targets port {port}: must be between 1 and 65535, inclusive',
  },
  fix: 'Use a port number from 1 to 65535. Ports below 1024 need extra privileges inside most images; prefer 8080-style ports.',
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
