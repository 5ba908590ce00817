import { fieldsOf } from '../../k8s/schema';
import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Only real volume-source fields count; a misspelt key is unknown-field's finding.
    const known = fieldsOf('V1Volume');
    for (const v of model.volumes) {
      if (v.fromClaimTemplate) continue;
      const sources = v.sources.filter((s) => s !== 'name' && (known ? known.has(s) : true));
      if (sources.length < 2) continue;
      report({
        path: [...v.path, sources[1]],
        messageId: 'default',
        params: { volume: v.name || `volumes[${v.index}]`, sources: sources.join(', ') },
        volumes: v.name ? [v.name] : undefined,
      });
    }
  },
};
