import type { ContainerModel, WrittenPodModel } from '../model/types';
import type { RuleReport } from '../types';
import { containerLabel } from './missing-required';
import type { PodRule } from './types';

const POD_VALUES = new Set(['Always', 'OnFailure', 'Never']);
// Controllers that keep pods running accept only Always; Jobs need pods that finish.
const ALWAYS_ONLY = new Set([
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'ReplicationController',
]);
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

function podFinding(model: WrittenPodModel): RuleReport | undefined {
  const path = [...model.workload.podSpecPath, 'restartPolicy'];
  const written = model.spec.restartPolicy;
  const value = typeof written === 'string' && written !== '' ? written : undefined;
  const kind = model.workload.kind;
  if (value !== undefined && !POD_VALUES.has(value))
    return { path, messageId: 'pod', params: { value } };
  if (ALWAYS_ONLY.has(kind) && value !== undefined && value !== 'Always')
    return { path, messageId: 'alwaysOnly', params: { kind, value } };
  if (RUN_TO_COMPLETION.has(kind) && value !== 'OnFailure' && value !== 'Never') {
    return { path, messageId: value === undefined ? 'jobUnset' : 'jobAlways', params: { kind } };
  }
  return undefined;
}

function containerFinding(c: ContainerModel): RuleReport | undefined {
  const value = c.restartPolicy;
  if (value === undefined || value === '') return undefined;
  const path = [...c.path, 'restartPolicy'];
  const base = { path, containers: c.name ? [c.name] : undefined };
  const params = { container: containerLabel(c), value };
  if (c.role === 'ephemeral') return { ...base, messageId: 'ephemeral', params };
  if (!POD_VALUES.has(value))
    return {
      ...base,
      messageId: c.list === 'initContainers' ? 'initUnsupported' : 'containerUnsupported',
      params,
    };
  if (c.role === 'sidecar') return undefined;
  // ContainerRestartRules: alpha (off) in 1.34, beta and on by default in 1.35, the target.
  return {
    ...base,
    severity: 'info',
    messageId: c.list === 'initContainers' ? 'initRestartRules' : 'containerRestartRules',
    params,
  };
}

export const rule: PodRule = {
  id: 'invalid-restart-policy',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
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
  check({ model, report }) {
    const pod = podFinding(model);
    if (pod) report(pod);
    for (const c of model.containers) {
      const found = containerFinding(c);
      if (found) report(found);
    }
  },
};
