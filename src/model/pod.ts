// Workload + document value → PodModel: containers in run order, volumes, namespaces, status.
import { valueAt } from '../parse/path';
import type { FieldPath } from '../types';
import { buildContainer } from './container';
import { buildStatus } from './status';
import type {
  ContainerList,
  JobModel,
  NamespaceModel,
  PodModel,
  WorkloadRef,
  WrittenContainer,
  WrittenPodModel,
  WrittenVolume,
} from './types';
import { buildClaimTemplate, buildVolume } from './volume';
import { bool, int, isObj, list, obj, scalarMap, str } from './values';

const JOB_KINDS: ReadonlySet<string> = new Set(['Job', 'CronJob']);

const LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

// Of a custom resource's own spec only the pod parts are read: its other fields (Prometheus'
// `resources`, `securityContext`…) are the operator's to place.
const PARTIAL_FIELDS = ['containers', 'initContainers', 'volumes'];

function readSpec(ref: WorkloadRef, spec: Record<string, unknown>): Record<string, unknown> {
  if (ref.completedBy !== 'partial') return spec;
  return Object.fromEntries(Object.entries(spec).filter(([k]) => PARTIAL_FIELDS.includes(k)));
}

/** Builds the pod model of one workload found in a document's value, with the values as written. */
export function buildPodModel(ref: WorkloadRef, documentValue: unknown): WrittenPodModel {
  const spec = readSpec(ref, obj(valueAt(documentValue, ref.podSpecPath)));
  const object = obj(valueAt(documentValue, ref.objectPath));
  const isPod = ref.kind === 'Pod' && ref.podSpecPath.length === ref.objectPath.length + 1;
  const hostNetwork = bool(spec.hostNetwork) === true;
  const containers = buildContainers(spec, ref.podSpecPath, { hostNetwork, isPod });
  const annotations: Record<string, string> = {};
  for (const p of ref.metadataPaths)
    Object.assign(annotations, scalarMap(obj(valueAt(documentValue, p)).annotations));
  const status = isPod
    ? buildStatus(object.status, [...ref.objectPath, 'status'], containers)
    : undefined;
  const model: WrittenPodModel = {
    workload: ref,
    spec,
    isPod,
    containers,
    volumes: buildVolumes(spec, ref, object),
    namespaces: buildNamespaces(spec, ref.podSpecPath),
    hostNetwork,
    hostPID: bool(spec.hostPID) === true,
    hostIPC: bool(spec.hostIPC) === true,
    shareProcessNamespace: bool(spec.shareProcessNamespace) === true,
    restartPolicy: str(spec.restartPolicy) ?? 'Always',
    dnsPolicy: str(spec.dnsPolicy) ?? 'ClusterFirst',
    hostname: hostnameOf(spec, ref, hostNetwork),
    subdomain: str(spec.subdomain),
    overhead: scalarMap(spec.overhead),
    annotations,
    labels: scalarMap(
      obj(valueAt(documentValue, [...ref.podSpecPath.slice(0, -1), 'metadata'])).labels,
    ),
    status,
    fromCluster: status !== undefined,
    ...(isPod ? ownerOf(object) : {}),
  };
  // What the timeline reads, absent when unwritten (the model is posted to the page for every
  // workload: most pods write none of it).
  const grace = int(spec.terminationGracePeriodSeconds);
  if (grace !== undefined) model.terminationGracePeriodSeconds = grace;
  const gates = readinessGatesOf(spec);
  if (gates) model.readinessGates = gates;
  if (JOB_KINDS.has(ref.kind)) model.job = jobOf(documentValue, ref);
  return model;
}

function readinessGatesOf(spec: Record<string, unknown>): string[] | undefined {
  if (!Array.isArray(spec.readinessGates)) return undefined;
  const gates = spec.readinessGates.flatMap((g) => {
    const type = str(obj(g).conditionType);
    return type === undefined ? [] : [type];
  });
  return gates.length > 0 ? gates : undefined;
}

// A Job's pod template sits at spec.template.spec, a CronJob's at
// spec.jobTemplate.spec.template.spec: the Job spec is two steps up.
function jobOf(documentValue: unknown, ref: WorkloadRef): JobModel {
  const spec = obj(valueAt(documentValue, ref.podSpecPath.slice(0, -2)));
  const job: JobModel = {};
  const backoffLimit = int(spec.backoffLimit);
  if (backoffLimit !== undefined) job.backoffLimit = backoffLimit;
  const deadline = int(spec.activeDeadlineSeconds);
  if (deadline !== undefined) job.activeDeadlineSeconds = deadline;
  return job;
}

// The controller that made the pod (a DaemonSet, a ReplicaSet…), when the input says.
function ownerOf(object: Record<string, unknown>): { owner?: { kind: string; name: string } } {
  const refs = list(obj(object.metadata).ownerReferences).map(obj);
  const ref = refs.find((r) => r.controller === true) ?? refs[0];
  const kind = ref && str(ref.kind);
  return kind ? { owner: { kind, name: str(ref.name) ?? '' } } : {};
}

function buildContainers(
  spec: Record<string, unknown>,
  base: FieldPath,
  defaults: { hostNetwork: boolean; isPod: boolean },
): WrittenContainer[] {
  const out: WrittenContainer[] = [];
  for (const from of LISTS) {
    list(spec[from]).forEach((raw, index) => {
      if (!isObj(raw)) return;
      out.push({
        ...buildContainer(raw, from, index, [...base, from, index], defaults),
        runOrder: out.length,
      });
    });
  }
  return out;
}

function buildVolumes(
  spec: Record<string, unknown>,
  ref: WorkloadRef,
  object: Record<string, unknown>,
): WrittenVolume[] {
  const volumes = list(spec.volumes).flatMap((raw, i) =>
    isObj(raw) ? [buildVolume(raw, i, [...ref.podSpecPath, 'volumes', i])] : [],
  );
  if (ref.kind === 'StatefulSet' && ref.objectPath.length === 0) {
    list(obj(object.spec).volumeClaimTemplates).forEach((raw, i) => {
      if (isObj(raw))
        volumes.push(
          buildClaimTemplate(
            raw,
            i,
            [...ref.objectPath, 'spec', 'volumeClaimTemplates', i],
            ref.name,
          ),
        );
    });
  }
  return volumes;
}

// hostNetwork also puts the pod in the node's UTS namespace: `hostname` prints the node's name.
function buildNamespaces(spec: Record<string, unknown>, base: FieldPath): NamespaceModel[] {
  const hostNetwork = bool(spec.hostNetwork) === true;
  const at = (field: string): FieldPath => (field in spec ? [...base, field] : base);
  const out: NamespaceModel[] = [
    { name: 'network', scope: hostNetwork ? 'host' : 'pod', path: at('hostNetwork') },
    { name: 'ipc', scope: bool(spec.hostIPC) ? 'host' : 'pod', path: at('hostIPC') },
    {
      name: 'uts',
      scope: hostNetwork ? 'host' : 'pod',
      path: at(hostNetwork ? 'hostNetwork' : 'hostname'),
    },
  ];
  if (bool(spec.hostPID)) out.push({ name: 'pid', scope: 'host', path: at('hostPID') });
  else if (bool(spec.shareProcessNamespace))
    out.push({ name: 'pid', scope: 'pod', path: at('shareProcessNamespace') });
  return out;
}

function hostnameOf(spec: Record<string, unknown>, ref: WorkloadRef, hostNetwork: boolean): string {
  if (hostNetwork) return '(the node’s hostname)';
  const explicit = str(spec.hostname);
  if (explicit) return explicit;
  const name = ref.name || 'pod';
  if (ref.kind === 'Pod') return name.slice(0, 63);
  if (ref.kind === 'StatefulSet') return `${name}-0`;
  return `${name}-<random>`;
}

/** The model alone, without the values as written: what an analysis keeps once rules have run. */
export function withoutWritten(written: WrittenPodModel): PodModel {
  const { spec: _spec, containers, volumes, ...pod } = written;
  return {
    ...pod,
    containers: containers.map(({ raw: _raw, ...c }) => c),
    volumes: volumes.map(({ raw: _raw, ...v }) => v),
  };
}
