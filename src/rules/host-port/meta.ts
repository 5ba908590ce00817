import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-port',
  severity: 'warning',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary:
    'A container port sets a hostPort: the Pod Security baseline level forbids it, and only one such pod fits on each node.',
  messages: {
    default:
      'container {container} publishes containerPort {port}/{protocol} on every node it runs on as hostPort {hostPort}: the Pod Security baseline level rejects the pod, and the scheduler places at most one pod using {hostPort}/{protocol} per node, so replicas beyond the number of fitting nodes stay Pending',
  },
  fix: 'Remove hostPort and reach the pod through a Service (a NodePort or LoadBalancer Service when clients outside the cluster need it). Keep hostPort only for a node agent that must answer on the node’s own address, and then run it as a DaemonSet in a namespace whose Pod Security level allows it.',
} satisfies RuleFolderMeta;
