import { validateDns1123Label, validateIanaSvcName } from '../k8s/names';
import { portChip } from './missing-required';
import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'invalid-name',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  summary:
    'A container or volume name that is not a DNS-1123 label, or a port name that is not an IANA service name.',
  messages: {
    container: 'container name "{name}" is invalid: {detail}',
    volume: 'volume name "{name}" is invalid: {detail}',
    port: 'port name "{name}" is invalid (an IANA service name: at most 15 characters, a-z, 0-9 and "-"): {detail}',
  },
  fix: 'Use lower-case letters, digits and "-" only, starting and ending with a letter or digit (at most 63 characters; port names at most 15 and with at least one letter).',
  check({ model, report }) {
    for (const c of model.containers) {
      if (c.name) {
        const errors = validateDns1123Label(c.name);
        if (errors.length > 0) {
          report({
            path: [...c.path, 'name'],
            messageId: 'container',
            params: { name: c.name, detail: errors.join('; ') },
            containers: [c.name],
          });
        }
      }
      for (const p of c.ports) {
        if (!p.name) continue;
        const errors = validateIanaSvcName(p.name);
        if (errors.length === 0) continue;
        report({
          path: [...p.path, 'name'],
          messageId: 'port',
          params: { name: p.name, detail: errors.join('; ') },
          containers: c.name ? [c.name] : undefined,
          ports: portChip(c, p),
        });
      }
    }
    for (const v of model.volumes) {
      if (v.fromClaimTemplate || !v.name) continue;
      const errors = validateDns1123Label(v.name);
      if (errors.length > 0) {
        report({
          path: [...v.path, 'name'],
          messageId: 'volume',
          params: { name: v.name, detail: errors.join('; ') },
          volumes: [v.name],
        });
      }
    }
  },
};
