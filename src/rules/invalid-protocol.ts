import { containerLabel } from './missing-required';
import type { PodRule } from './types';

const SUPPORTED = new Set(['TCP', 'UDP', 'SCTP']);

export const rule: PodRule = {
  id: 'invalid-protocol',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/reference/networking/protocols/',
  summary: 'A port protocol other than TCP, UDP or SCTP (the values are case-sensitive).',
  messages: {
    default:
      'protocol "{protocol}" of container {container} is not supported: supported values: "SCTP", "TCP", "UDP" (upper case)',
  },
  fix: 'Write the protocol in upper case: TCP (the default when omitted), UDP or SCTP. For HTTP or gRPC use TCP and name the port (http, grpc).',
  check({ model, report }) {
    for (const c of model.containers) {
      for (const p of c.ports) {
        // An empty protocol is defaulted to TCP like a missing one.
        if (p.protocol === '' || SUPPORTED.has(p.protocol)) continue;
        report({
          path: [...p.path, 'protocol'],
          messageId: 'default',
          params: { protocol: p.protocol, container: containerLabel(c) },
          containers: c.name ? [c.name] : undefined,
          ports:
            p.containerPort === undefined
              ? undefined
              : [`${c.name}:${p.containerPort}/${p.protocol}`],
        });
      }
    }
  },
};
