import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'probe-on-init-container',
  severity: 'error',
  scope: 'pod',
  category: 'lifecycle',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#differences-from-regular-containers',
  summary: 'Probes or lifecycle hooks on an init container that is not a native sidecar.',
  messages: {
    default:
      '{field} may not be set for init containers without restartPolicy=Always (init container {container} runs to completion; only native sidecars are probed)',
  },
  fix: 'Remove the probe or hook from the init container, or make it a native sidecar with `restartPolicy: Always` if it should keep running next to the app.',
} satisfies RuleFolderMeta;
