import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-restart-policy',
  severity: 'error',
  scope: 'pod',
  category: 'lifecycle',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts',
  summary:
    'A pod restartPolicy other than Always/OnFailure/Never (or not allowed for the workload kind), or a container restartPolicy the target version does not accept.',
  messages: {
    pod: 'restartPolicy "{value}" is not supported: supported values: "Always", "OnFailure", "Never" (case-sensitive)',
    alwaysOnly:
      'a {kind} keeps its pods running: restartPolicy "{value}" is not supported here, supported values: "Always"',
    jobUnset:
      'a {kind}\'s pods must run to completion: restartPolicy is required (the default, Always, is not allowed): valid values: "OnFailure", "Never"',
    jobAlways:
      'a {kind}\'s pods must run to completion: restartPolicy Always is not allowed: valid values: "OnFailure", "Never"',
    initUnsupported:
      'init container {container}: restartPolicy "{value}" is not supported: supported values: "Always" (a native sidecar, GA in 1.33), "OnFailure", "Never"',
    containerUnsupported:
      'container {container}: restartPolicy "{value}" is not supported: supported values: "Always", "OnFailure", "Never"',
    initRestartRules:
      'init container {container} sets restartPolicy {value}: accepted in Kubernetes 1.35 (per-container restart rules, ContainerRestartRules beta, on by default); 1.34 (alpha, off by default) and older API servers accept only Always here',
    containerRestartRules:
      'container {container} sets restartPolicy {value}, overriding the pod\'s: accepted in Kubernetes 1.35 (ContainerRestartRules beta, on by default); 1.34 (alpha, off by default) and older API servers reject it ("may not be set for non-init containers")',
    ephemeral:
      'ephemeral container {container}: restartPolicy cannot be set for an Ephemeral Container',
  },
  fix: 'Use Always for Deployments, StatefulSets and DaemonSets, OnFailure or Never for Jobs and CronJobs; on an init container, restartPolicy: Always makes a native sidecar.',
} satisfies RuleFolderMeta;
