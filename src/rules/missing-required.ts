import type { ContainerModel, PortModel } from '../model/types';
import type { PodRule } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
// The API server decodes a missing field, null and "" alike: all are the zero value.
const blank = (v: unknown): boolean => v === undefined || v === null || v === '';
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** How a container is named in messages: its name, else its place in the spec. */
export function containerLabel(c: ContainerModel): string {
  return c.name || `${c.list}[${c.index}]`;
}

/** A port chip id as the graph draws it (`container:8080/TCP`), when the port has a number. */
export function portChip(c: ContainerModel, p: PortModel): string[] | undefined {
  return p.containerPort === undefined
    ? undefined
    : [`${c.name}:${p.containerPort}/${p.protocol || 'TCP'}`];
}

export const rule: PodRule = {
  id: 'missing-required',
  severity: 'error',
  scope: 'pod',
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
  check({ model, report }) {
    const spec = model.spec;
    if (
      blank(spec.containers) ||
      (Array.isArray(spec.containers) && spec.containers.length === 0)
    ) {
      report({ path: [...model.workload.podSpecPath, 'containers'], messageId: 'containers' });
    }
    for (const c of model.containers) {
      const container = containerLabel(c);
      const containers = c.name ? [c.name] : undefined;
      if (blank(c.raw.name))
        report({ path: [...c.path, 'name'], messageId: 'name', params: { container }, containers });
      if (blank(c.raw.image))
        report({
          path: [...c.path, 'image'],
          messageId: 'image',
          params: { container },
          containers,
        });
      items(c.raw.ports).forEach((p, index) => {
        if (isObj(p) && (blank(p.containerPort) || p.containerPort === 0)) {
          const path = [...c.path, 'ports', index, 'containerPort'];
          report({ path, messageId: 'containerPort', params: { index, container }, containers });
        }
      });
      items(c.raw.volumeMounts).forEach((m, index) => {
        if (!isObj(m)) return;
        const volumes = typeof m.name === 'string' && m.name ? [m.name] : undefined;
        for (const field of ['name', 'mountPath'] as const) {
          if (!blank(m[field])) continue;
          const messageId = field === 'name' ? 'mountName' : 'mountPath';
          report({
            path: [...c.path, 'volumeMounts', index, field],
            messageId,
            params: { index, container },
            containers,
            volumes,
          });
        }
      });
    }
    for (const v of model.volumes) {
      if (!v.fromClaimTemplate && blank(v.raw.name)) {
        report({ path: [...v.path, 'name'], messageId: 'volumeName', params: { index: v.index } });
      }
    }
  },
};
