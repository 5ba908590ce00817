import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-probe',
  severity: 'error',
  scope: 'pod',
  category: 'lifecycle',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  summary:
    'A probe (or lifecycle hook) with no handler or more than one, or a lifecycle hook with tcpSocket, which the API server accepts but the kubelet cannot run.',
  messages: {
    none: '{field} of container {container} must specify a handler type: one of exec, httpGet, tcpSocket or grpc',
    many: '{field} of container {container} may not specify more than 1 handler type (it has {handlers})',
    hookNone:
      '{field} of container {container} must specify a handler type: one of exec, httpGet or sleep',
    postStartTcpSocket:
      'lifecycle.postStart of container {container} uses tcpSocket, which is not a lifecycle hook handler: the API server keeps the field only for backward compatibility and the kubelet cannot run it, so the hook fails at every start (FailedPostStartHook) and the container is killed and restarted according to its restart policy; use exec, httpGet or sleep',
    preStopTcpSocket:
      'lifecycle.preStop of container {container} uses tcpSocket, which is not a lifecycle hook handler: the API server keeps the field only for backward compatibility and the kubelet cannot run it, so the hook fails at every stop (FailedPreStopHook) and the container is sent SIGTERM without the pause or clean-up the hook was meant to give; use exec, httpGet or sleep',
  },
  fix: 'Give each probe exactly one of exec, httpGet, tcpSocket or grpc, and each lifecycle hook one of exec, httpGet or sleep (tcpSocket is not a hook handler); split two checks into two probes.',
} satisfies RuleFolderMeta;
