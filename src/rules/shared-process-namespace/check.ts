import type { PodRule } from '../types';
import { meta } from './meta';

/** shareProcessNamespace: true. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // With hostPID as well the pod is rejected (shared-pid-with-host-pid); this note would be noise.
    if (!model.shareProcessNamespace || model.hostPID) return;
    report({
      path: [...model.workload.podSpecPath, 'shareProcessNamespace'],
      messageId: 'default',
      namespaces: ['pid'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
