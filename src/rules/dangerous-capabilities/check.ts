import { BASELINE_CAPABILITIES } from '../../k8s/podSecurity';
import { isObj, list } from '../../model/values';
import type { PodRule } from '../types';
import { meta } from './meta';

// What the Pod Security Standards' baseline profile lets a container add; anything else is
// beyond a runtime's default set and widens what a compromised process can do to the node.
const BASELINE = BASELINE_CAPABILITIES;
const EXPLAINED = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'NET_RAW',
  'BPF',
  'DAC_READ_SEARCH',
  'SYS_RAWIO',
]);

// Runtimes upper-case the name and prepend CAP_ themselves.
const normalize = (cap: string): string => cap.trim().toUpperCase().replace(/^CAP_/, '');

/** Capabilities added beyond the baseline set (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL, …). */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const container of model.containers) {
      const security = container.raw.securityContext;
      const caps =
        isObj(security) && isObj(security.capabilities) ? list(security.capabilities.add) : [];
      caps.forEach((cap, index) => {
        if (typeof cap !== 'string') return;
        const name = normalize(cap);
        if (BASELINE.has(name)) return;
        report({
          path: [...container.path, 'securityContext', 'capabilities', 'add', index],
          messageId: EXPLAINED.has(name) ? name : 'default',
          params: { container: container.name, cap },
          containers: [container.name],
        });
      });
    }
  },
};
