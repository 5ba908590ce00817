import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'missing-required',
  severity: 'error',
  scope: 'pod',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/',
  summary:
    'A required field is missing: containers, a container name or image, a containerPort, a volume name, a mount name or mountPath.',
  messages: {
    containers: 'the pod has no containers: the API server requires at least one (Required value)',
    name: 'container {container} has no name: every container needs one, unique in the pod (Required value)',
    image: 'container {container} has no image: the API server requires one (Required value)',
    containerPort:
      'ports[{index}] of container {container} has no containerPort: a declared port needs a number from 1 to 65535 (Required value)',
    volumeName: 'volumes[{index}] has no name: containers mount volumes by name (Required value)',
    mountName:
      "volumeMounts[{index}] of container {container} has no name: it must name one of the pod's volumes (Required value)",
    mountPath:
      'volumeMounts[{index}] of container {container} has no mountPath: the kubelet does not know where to mount it (Required value)',
  },
  fix: 'Add the missing field. Every container needs `name` and `image`; every port `containerPort`; every volume `name`; every mount `name` and `mountPath`.',
} satisfies RuleFolderMeta;
