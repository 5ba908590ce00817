import type { ContainerModel, WrittenPodModel } from '../../model/types';
import type { RuleReport } from '../../types';
import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

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
  ...meta,
  check({ model, report }) {
    const pod = podFinding(model);
    if (pod) report(pod);
    for (const c of model.containers) {
      const found = containerFinding(c);
      if (found) report(found);
    }
  },
};
