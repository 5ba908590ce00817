import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'ephemeral-container-on-create',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/',
  summary:
    'ephemeralContainers in a manifest meant for create; they are added to a running pod with kubectl debug.',
  messages: {
    pod: 'spec.ephemeralContainers cannot be set on create ({names}): ephemeral containers are added to a running pod through its ephemeralcontainers subresource, e.g. kubectl debug -it <pod> --image=busybox --target=<container>',
    template:
      'ephemeral containers not allowed in pod template ({names}): add them to a running pod with kubectl debug instead',
    fromCluster:
      'ephemeral containers {names} were added to this running pod (kubectl debug); re-applying this output as a new pod would be rejected: ephemeralContainers cannot be set on create',
  },
  fix: 'Remove ephemeralContainers from the manifest and attach a debug container when needed: kubectl debug -it <pod> --image=busybox:1.36 --target=<container>.',
  check({ model, report }) {
    const ephemeral = model.containers.filter((c) => c.role === 'ephemeral');
    if (ephemeral.length === 0) return;
    const names = ephemeral.map((c) => c.name).filter(Boolean);
    const messageId = model.fromCluster ? 'fromCluster' : model.isPod ? 'pod' : 'template';
    report({
      path: [...model.workload.podSpecPath, 'ephemeralContainers'],
      messageId,
      params: { names: names.join(', ') },
      containers: names.length > 0 ? names : undefined,
      ...(model.fromCluster ? { severity: 'info' as const } : {}),
    });
  },
};
