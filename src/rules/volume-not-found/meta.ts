import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'volume-not-found',
  severity: 'error',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'A volumeMount whose name matches no valid volume of the pod.',
  messages: {
    default:
      'container {container} mounts volume "{volume}", but the pod has no volume with that name (Not found); volumes: {available}',
    noVolumes:
      'container {container} mounts volume "{volume}", but the pod has no volume with that name (Not found); volumes: none',
    suggest:
      'container {container} mounts volume "{volume}", but the pod has no volume with that name (Not found); did you mean "{suggestion}"?',
    invalid:
      'container {container} mounts volume "{volume}", but that volume is itself invalid, so the API server does not find it (Not found)',
  },
  fix: "Add the volume under spec.volumes (a StatefulSet may also use a volumeClaimTemplate of that name), or correct the mount's name.",
} satisfies RuleFolderMeta;
