import { secretEnvReason } from '../../share/secretNames';
import type { PodRule } from '../types';
import { meta } from './meta';

/** A literal env value that looks like a secret (the share dialog's own test). */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const container of model.containers) {
      for (const { index, name, value } of container.envValues) {
        const reason = secretEnvReason(name, value);
        if (!reason) continue;
        // The value itself never goes into the message: reports and shared results quote it.
        report({
          path: [...container.path, 'env', index, 'value'],
          messageId: reason,
          params: { container: container.name, name, kind: model.workload.kind },
          containers: [container.name],
        });
      }
    }
  },
};
