import { containerLabel } from './missing-required';
import type { PodRule } from './types';

const FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export const rule: PodRule = {
  id: 'probe-on-init-container',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#differences-from-regular-containers',
  summary: 'Probes or lifecycle hooks on an init container that is not a native sidecar.',
  messages: {
    default:
      '{field} may not be set for init containers without restartPolicy=Always (init container {container} runs to completion; only native sidecars are probed)',
  },
  fix: 'Remove the probe or hook from the init container, or make it a native sidecar with `restartPolicy: Always` if it should keep running next to the app.',
  check({ model, report }) {
    for (const c of model.containers) {
      if (c.role !== 'init') continue;
      for (const field of FIELDS) {
        if (c.raw[field] === undefined || c.raw[field] === null) continue;
        report({
          path: [...c.path, field],
          messageId: 'default',
          params: { field, container: containerLabel(c) },
          containers: c.name ? [c.name] : undefined,
        });
      }
    }
  },
};
