import {
  effectiveSecurityContext,
  writtenSecurityContext,
  type EffectiveSetting,
} from '../../k8s/securityContext';
import { obj } from '../../model/values';
import { formatPath } from '../../parse/path';
import type { FieldPath } from '../../types';
import type { PodRule } from '../types';
import { meta } from './meta';

/**
 * runAsNonRoot: true with runAsUser: 0 in effect (container over pod, field by field): the
 * kubelet's verifyRunAsNonRoot refuses the container before it is created.
 */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Windows pods may not set runAsUser; the API server rejects that on its own.
    if (obj(model.spec.os).name === 'windows') return;
    const base = model.workload.podSpecPath;
    const pod = writtenSecurityContext(model.spec.securityContext);
    for (const container of model.containers) {
      const own = container.path.slice(base.length) as (string | number)[];
      const settings = effectiveSecurityContext(
        pod,
        writtenSecurityContext(container.raw.securityContext),
        own,
      );
      const user = settings.find((s) => s.field === 'runAsUser');
      const nonRoot = settings.find((s) => s.field === 'runAsNonRoot');
      if (!user?.conflict || !nonRoot?.path || !user.path) continue;
      report({
        path: [...base, ...user.path],
        messageId: 'default',
        params: {
          container: container.name,
          nonRootAt: where(base, nonRoot),
          userAt: where(base, user),
        },
        containers: [container.name],
      });
    }
  },
};

function where(base: FieldPath, s: EffectiveSetting): string {
  return formatPath([...base, ...(s.path ?? [])]);
}
