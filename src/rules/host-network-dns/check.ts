import type { PodRule } from '../types';
import { meta } from './meta';

/** hostNetwork with dnsPolicy ClusterFirst (also when defaulted). */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.hostNetwork || model.dnsPolicy !== 'ClusterFirst') return;
    const written = typeof model.spec.dnsPolicy === 'string';
    report({
      path: [...model.workload.podSpecPath, 'dnsPolicy'],
      messageId: written ? 'default' : 'defaulted',
      namespaces: ['network'],
    });
  },
};
