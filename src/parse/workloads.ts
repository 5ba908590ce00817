// Where the pod spec lives in each workload kind (SPEC §2), including custom resources that embed
// pod templates anywhere (RayCluster groups, LeaderWorkerSet templates, Argo Rollouts, ECK's
// podTemplate) and those that list containers in their own spec (Prometheus, Alertmanager).
import type { WorkloadRef } from '../model/types';
import type { FieldPath } from '../types';
import { formatPath, valueAt } from './path';

const TEMPLATE_SPEC: FieldPath = ['spec', 'template', 'spec'];

/** Pod spec location by built-in kind. */
export const POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: ['spec'],
  Deployment: TEMPLATE_SPEC,
  ReplicaSet: TEMPLATE_SPEC,
  StatefulSet: TEMPLATE_SPEC,
  DaemonSet: TEMPLATE_SPEC,
  Job: TEMPLATE_SPEC,
  ReplicationController: TEMPLATE_SPEC,
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
};

// Built-in kinds that never hold a pod template: not searched for embedded templates.
const PLAIN_KINDS = new Set([
  'Service',
  'ConfigMap',
  'Secret',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'ServiceAccount',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'Namespace',
  'Ingress',
  'NetworkPolicy',
  'CustomResourceDefinition',
  'StorageClass',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'LimitRange',
  'ResourceQuota',
  'Endpoints',
  'EndpointSlice',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'PriorityClass',
  'CSIDriver',
  'IngressClass',
  'Event',
  'Node',
  'APIService',
  'Gateway',
  'HTTPRoute',
]);

const MAX_SEARCH_DEPTH = 12;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The workloads in one document value (a `kind: List` contributes each item). */
export function findWorkloads(value: unknown, document: number): WorkloadRef[] {
  if (!isObj(value)) return [];
  if (value.kind === 'List' && Array.isArray(value.items)) {
    return value.items.flatMap((item, i) => workloadsOf(item, document, ['items', i]));
  }
  return workloadsOf(value, document, []);
}

function workloadsOf(obj: unknown, document: number, objectPath: FieldPath): WorkloadRef[] {
  if (!isObj(obj)) return [];
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const meta = isObj(obj.metadata) ? obj.metadata : {};
  const base = {
    document,
    kind,
    apiVersion: typeof obj.apiVersion === 'string' ? obj.apiVersion : undefined,
    name:
      typeof meta.name === 'string'
        ? meta.name
        : typeof meta.generateName === 'string'
          ? meta.generateName
          : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    objectPath,
  };
  const known = POD_SPEC_PATHS[kind];
  if (known) {
    const templateMeta = known.slice(0, -1).concat('metadata');
    const metadataPaths =
      known.length > 1
        ? [
            [...objectPath, 'metadata'],
            [...objectPath, ...templateMeta],
          ]
        : [[...objectPath, 'metadata']];
    return [{ ...base, podSpecPath: [...objectPath, ...known], metadataPaths }];
  }
  if (PLAIN_KINDS.has(kind) || !kind) return [];
  // A custom resource whose own spec lists containers: not a pod spec, but the operator builds
  // its pods from them.
  if (Array.isArray(valueAt(obj, ['spec', 'containers'])))
    return [
      {
        ...base,
        podSpecPath: [...objectPath, 'spec'],
        metadataPaths: [[...objectPath, 'metadata']],
        completedBy: 'partial',
      },
    ];
  const found: WorkloadRef[] = [];
  searchTemplates(obj, [], 0, (templatePath) => {
    found.push({
      ...base,
      podSpecPath: [...objectPath, ...templatePath, 'spec'],
      metadataPaths: [
        [...objectPath, 'metadata'],
        [...objectPath, ...templatePath, 'metadata'],
      ],
      templateLabel: formatPath(templatePath),
      completedBy: 'override',
    });
  });
  return found;
}

// Any nested object whose `spec.containers` is a list is a pod template.
function searchTemplates(
  node: unknown,
  path: FieldPath,
  depth: number,
  hit: (p: FieldPath) => void,
): void {
  if (depth > MAX_SEARCH_DEPTH) return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => searchTemplates(item, [...path, i], depth + 1, hit));
    return;
  }
  if (!isObj(node)) return;
  if (path.length > 0 && Array.isArray(valueAt(node, ['spec', 'containers']))) {
    hit(path);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'metadata' || key === 'status') continue;
    searchTemplates(child, [...path, key], depth + 1, hit);
  }
}
