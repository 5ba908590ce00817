import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.shareProcessNamespace || !model.hostPID) return;
    report({
      path: [...model.workload.podSpecPath, 'shareProcessNamespace'],
      messageId: 'default',
      namespaces: ['pid'],
    });
  },
};
