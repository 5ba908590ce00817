import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'service-target-port-unknown',
  severity: 'warning',
  scope: 'document',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  summary:
    'A Service’s targetPort names a port that no container of the workloads it selects declares.',
  messages: {
    default:
      'Service {service} sends port {port} to the container port named {targetPort} ({protocol}), and no container of the workloads it selects in this input declares a {protocol} port of that name: the endpoints controller leaves those pods out, so the Service has no endpoints for this port',
  },
  fix: 'Use the name a container declares in ports[].name (names are case-sensitive and the protocol must match), declare the name on the container that listens, or give targetPort as a number.',
} satisfies RuleFolderMeta;
