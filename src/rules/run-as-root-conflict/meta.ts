import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'run-as-root-conflict',
  severity: 'error',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  summary:
    'runAsNonRoot: true and runAsUser: 0 are both in effect for a container: the kubelet refuses to start it.',
  messages: {
    default:
      'container {container} has runAsNonRoot: true (from {nonRootAt}) and runAsUser: 0 (from {userAt}) in effect: the kubelet refuses to create it ("container’s runAsUser breaks non-root policy") and the pod stays in CreateContainerConfigError',
  },
  fix: 'Give the container a non-zero runAsUser (the user its image is built for, e.g. 1000 or 65532), or, if it really must run as root, drop runAsNonRoot: true for this container. The container’s own securityContext wins over the pod’s, field by field.',
} satisfies RuleFolderMeta;
