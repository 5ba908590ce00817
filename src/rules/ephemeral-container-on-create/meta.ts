import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'ephemeral-container-on-create',
  severity: 'error',
  scope: 'pod',
  category: 'lifecycle',
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
} satisfies RuleFolderMeta;
