import type { PodRule } from '../types';
import { meta } from './meta';

/** hostNetwork: true. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.hostNetwork) return;
    report({
      path: [...model.workload.podSpecPath, 'hostNetwork'],
      messageId: 'default',
      namespaces: ['network', 'uts'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
