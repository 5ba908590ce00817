import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'unresolved-reference',
  severity: 'info',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#configmap',
  summary:
    'A volume refers to a ConfigMap, Secret or PersistentVolumeClaim that the input does not contain, although it contains others of that kind.',
  messages: {
    ConfigMap:
      'volume {volume} refers to ConfigMap {name}, which is not in this input (it holds other ConfigMaps): unless it already exists in the namespace, the kubelet cannot mount it and the pod stays in ContainerCreating',
    Secret:
      'volume {volume} refers to Secret {name}, which is not in this input (it holds other Secrets): unless it already exists in the namespace, the kubelet cannot mount it and the pod stays in ContainerCreating',
    PersistentVolumeClaim:
      'volume {volume} refers to PersistentVolumeClaim {name}, which is not in this input (it holds other claims): unless it already exists in the namespace, the pod stays Pending',
  },
  fix: 'Check the name against the objects in the input, create the object in the same namespace, or mark a ConfigMap or Secret source optional: true when the app copes without it.',
} satisfies RuleFolderMeta;
