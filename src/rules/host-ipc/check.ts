import type { PodRule } from '../types';
import { meta } from './meta';

/** hostIPC: true. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.hostIPC) return;
    report({
      path: [...model.workload.podSpecPath, 'hostIPC'],
      messageId: 'default',
      namespaces: ['ipc'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
