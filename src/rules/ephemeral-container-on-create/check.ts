import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const ephemeral = model.containers.filter((c) => c.role === 'ephemeral');
    if (ephemeral.length === 0) return;
    const names = ephemeral.map((c) => c.name).filter(Boolean);
    const messageId = model.fromCluster ? 'fromCluster' : model.isPod ? 'pod' : 'template';
    report({
      path: [...model.workload.podSpecPath, 'ephemeralContainers'],
      messageId,
      params: { names: names.join(', ') },
      containers: names.length > 0 ? names : undefined,
      ...(model.fromCluster ? { severity: 'info' as const } : {}),
    });
  },
};
