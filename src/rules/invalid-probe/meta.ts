import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-probe',
  severity: 'error',
  scope: 'pod',
  category: 'lifecycle',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  summary: 'A probe (or lifecycle hook) with no handler, or with more than one.',
  messages: {
    none: '{field} of container {container} must specify a handler type: one of exec, httpGet, tcpSocket or grpc',
    many: '{field} of container {container} may not specify more than 1 handler type (it has {handlers})',
    hookNone:
      '{field} of container {container} must specify a handler type: one of exec, httpGet, tcpSocket or sleep',
  },
  fix: 'Give each probe exactly one of exec, httpGet, tcpSocket or grpc (hooks: exec, httpGet or sleep); split two checks into two probes.',
} satisfies RuleFolderMeta;
