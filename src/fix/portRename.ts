// Renaming a port whose name another port of the pod already has, and every reference that
// reaches this very port by name: its own container's probes and lifecycle hooks, and the
// targetPort of each Service in the input that selects the pod and resolves the name to it.
// References that resolve to the other port (the first of the name) are left as they are, so
// nothing that works today is pointed elsewhere.
import type { AnalysisResult, WorkloadAnalysis } from '../analysis/result';
import { validateIanaSvcName } from '../k8s/names';
import type { ContainerModel, PodModel, PortModel } from '../model/types';
import { isPathPrefix, valueAt } from '../parse/path';
import type { FieldPath } from '../types';
import { documentValue, isRecord } from './documents';
import type { FixOp } from './splice';

/** The ops of the rename, per document. */
export interface PortRename {
  name: string;
  to: string;
  changes: { document: number; ops: FixOp[] }[];
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;
const HANDLERS = ['httpGet', 'tcpSocket'] as const;

/** The rename of the port named at `path` (`…ports[i].name`), or undefined when there is none. */
export function portRename(
  result: AnalysisResult,
  workload: WorkloadAnalysis,
  path: FieldPath,
  taken: ReadonlySet<string> = new Set(),
): PortRename | undefined {
  const { model, ref } = workload;
  const container = model.containers.find((c) => isPathPrefix(c.path, path));
  const port = container?.ports.find((p) => isPathPrefix(p.path, path));
  const doc = result.documents[ref.document];
  if (!container || !port?.name || !doc) return undefined;
  const value = documentValue(result, doc);
  if (value === undefined) return undefined;
  const name = port.name;
  const to = freeName(model, container, name, taken);
  const ops: FixOp[] = [{ op: 'set', path: [...port.path, 'name'], value: to }];
  // The kubelet resolves a probe's or hook's named port to the first port of its own container
  // with that name.
  if (container.ports.find((p) => p.name === name) === port)
    ops.push(...handlerRefs(value, container, name, to));
  const changes = [{ document: ref.document, ops }];
  for (const s of servicesResolvingTo(result, workload, value, port, name, to)) changes.push(s);
  return { name, to, changes };
}

// `<container>-<name>` when it is a valid port name (a rename across containers), else
// `<name>-2`, `<name>-3`…, shortened to the 15 characters a port name may have.
function freeName(
  model: PodModel,
  container: ContainerModel,
  name: string,
  reserved: ReadonlySet<string>,
): string {
  const taken = new Set(model.containers.flatMap((c) => c.ports.flatMap((p) => p.name ?? [])));
  const ok = (n: string) =>
    !taken.has(n) && !reserved.has(n) && validateIanaSvcName(n).length === 0;
  const mine = container.ports.filter((p) => p.name === name).length;
  const prefixed = `${container.name}-${name}`;
  if (mine === 1 && ok(prefixed)) return prefixed;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const base = name.slice(0, 15 - suffix.length).replace(/-+$/, '');
    if (ok(`${base}${suffix}`)) return `${base}${suffix}`;
  }
}

function handlerRefs(doc: unknown, container: ContainerModel, name: string, to: string): FixOp[] {
  const raw = valueAt(doc, container.path);
  if (!isRecord(raw)) return [];
  const places: FieldPath[] = [
    ...PROBES.map((p) => [p]),
    ...HOOKS.map((h) => ['lifecycle', h]),
  ].flatMap((at) => HANDLERS.map((h) => [...at, h, 'port']));
  return places
    .filter((at) => valueAt(raw, at) === name)
    .map((at) => ({ op: 'set', path: [...container.path, ...at], value: to }));
}

// The Services of the input that select this pod and whose named targetPort reaches this port:
// FindPort looks through app containers, then native sidecars, for the first port with the name
// and the Service port's protocol.
function servicesResolvingTo(
  result: AnalysisResult,
  workload: WorkloadAnalysis,
  podDoc: unknown,
  port: PortModel,
  name: string,
  to: string,
): { document: number; ops: FixOp[] }[] {
  const labels = podLabels(podDoc, workload);
  if (!labels) return [];
  const order = [
    ...workload.model.containers.filter((c) => c.role === 'app'),
    ...workload.model.containers.filter((c) => c.role === 'sidecar'),
  ].flatMap((c) => c.ports);
  const out: { document: number; ops: FixOp[] }[] = [];
  for (const doc of result.documents) {
    if (doc.kind !== 'Service' || doc.invalid) continue;
    const svc = documentValue(result, doc);
    const selector = valueAt(svc, ['spec', 'selector']);
    const ns = workload.ref.namespace;
    if (doc.namespace && ns && doc.namespace !== ns) continue;
    if (!isRecord(selector) || Object.keys(selector).length === 0) continue;
    if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) continue;
    const ports = valueAt(svc, ['spec', 'ports']);
    if (!Array.isArray(ports)) continue;
    const ops: FixOp[] = [];
    ports.forEach((p: unknown, i) => {
      if (!isRecord(p) || p.targetPort !== name) return;
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      const winner = order.find((q) => q.name === name && q.protocol === protocol);
      if (winner === port)
        ops.push({ op: 'set', path: ['spec', 'ports', i, 'targetPort'], value: to });
    });
    if (ops.length > 0) out.push({ document: doc.index, ops });
  }
  return out;
}

// The labels of the pod the workload makes: the metadata beside its pod spec.
function podLabels(doc: unknown, workload: WorkloadAnalysis): Record<string, unknown> | undefined {
  const spec = workload.ref.podSpecPath;
  if (spec.at(-1) !== 'spec') return undefined;
  const labels = valueAt(doc, [...spec.slice(0, -1), 'metadata', 'labels']);
  return isRecord(labels) ? labels : undefined;
}
