import type { PodRule } from '../types';
import { meta } from './meta';

/** hostPID: true. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.hostPID) return;
    report({
      path: [...model.workload.podSpecPath, 'hostPID'],
      messageId: 'default',
      namespaces: ['pid'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
