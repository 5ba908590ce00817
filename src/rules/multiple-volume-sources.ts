import { fieldsOf } from '../k8s/schema';
import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'multiple-volume-sources',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'A volume with more than one source (for example both emptyDir and configMap).',
  messages: {
    default:
      'volume "{volume}" has more than one source ({sources}): may not specify more than 1 volume type',
  },
  fix: 'Keep one source per volume; to combine configMaps, secrets and downward API files in one directory, use a projected volume.',
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
