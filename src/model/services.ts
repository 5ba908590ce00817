// Which workloads of the input a Service selects, decided once the whole input is read: a
// Service and the workloads it selects are usually separate documents, and each document is
// analysed on its own (see src/analysis/assemble.ts).
import type { FieldPath } from '../types';
import type { ServiceCondition } from './serviceCondition';
import type { PodModel } from './types';
import { int, list, obj, scalarMap, str } from './values';

// Labels the Deployment, StatefulSet, DaemonSet and Job controllers put on the pods they create
// (a Service per StatefulSet pod selects statefulset.kubernetes.io/pod-name, for one).
const CONTROLLER_LABELS: ReadonlySet<string> = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'job-name',
  'controller-uid',
  'batch.kubernetes.io/job-name',
  'batch.kubernetes.io/controller-uid',
  'batch.kubernetes.io/job-completion-index',
]);

/** True when every key=value of the selector is among the labels (an empty one selects nothing). */
export function selectorMatches(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

/** The workloads a Service may select, indexed by label for inputs with thousands of them. */
export class ServiceSelection {
  private readonly byLabel = new Map<string, number[]>();
  /** Workloads an operator completes: it adds labels and ports podscope cannot see. */
  private readonly completed: readonly PodModel[];

  constructor(private readonly models: readonly PodModel[]) {
    this.completed = models.filter((m) => m.workload.completedBy !== undefined);
    models.forEach((m, i) => {
      for (const [k, v] of Object.entries(m.labels ?? {})) {
        const key = `${k}=${v}`;
        const list = this.byLabel.get(key);
        if (list) list.push(i);
        else this.byLabel.set(key, [i]);
      }
    });
  }

  /** Whether the finding waiting on `c` holds for this input. */
  holds(c: ServiceCondition): boolean {
    // An input without workloads says nothing about what the Service will find.
    if (this.models.length === 0) return false;
    const { known, unknown } = this.selected(c);
    if (c.test === 'selects-nothing') return known.length === 0 && unknown.length === 0;
    if (known.length === 0 || unknown.length > 0) return false;
    return !known.some((m) =>
      m.containers.some(
        (ct) =>
          ct.list === 'containers' &&
          ct.ports.some((p) => p.name === c.portName && p.protocol === (c.protocol ?? 'TCP')),
      ),
    );
  }

  /**
   * Workloads the selector matches (`known`), and those an operator completes (`unknown`):
   * the operator adds labels and ports podscope cannot see, so they may be selected.
   */
  private selected(c: ServiceCondition): { known: PodModel[]; unknown: PodModel[] } {
    const inNamespace = (m: PodModel): boolean =>
      c.namespace === undefined ||
      m.workload.namespace === undefined ||
      m.workload.namespace === c.namespace;
    const unknown = this.completed.filter(inNamespace);
    // Labels a controller adds to the pods it creates are not in the template: any value may match.
    const written = Object.entries(c.selector).filter(([k]) => !CONTROLLER_LABELS.has(k));
    const byController = written.length < Object.keys(c.selector).length;
    let fewest: number[] | undefined;
    for (const [k, v] of written) {
      const list = this.byLabel.get(`${k}=${v}`) ?? [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    const candidates = fewest ? fewest.map((i) => this.models[i]) : this.models;
    const known = candidates.filter(
      (m) =>
        m.workload.completedBy === undefined &&
        inNamespace(m) &&
        (byController ? m.workload.kind !== 'Pod' : true) &&
        written.every(([k, v]) => m.labels?.[k] === v),
    );
    return { known, unknown };
  }
}

/** A Service object of a document (at its root, or an item of a `kind: List`). */
export interface ServiceObject {
  /** Path from the document root to the object. */
  path: FieldPath;
  name: string;
  namespace?: string;
  annotations: Record<string, string>;
  /** The selector's key=value pairs; undefined without a selector (or for ExternalName). */
  selector?: Record<string, string>;
  ports: { index: number; port?: number; targetPort: unknown; protocol: string }[];
}

/** The Services in a document's value that select pods by label. */
export function servicesIn(documentValue: unknown): ServiceObject[] {
  const root = obj(documentValue);
  const items: [unknown, FieldPath][] =
    root.kind === 'List' ? list(root.items).map((item, i) => [item, ['items', i]]) : [[root, []]];
  const out: ServiceObject[] = [];
  for (const [item, path] of items) {
    const o = obj(item);
    if (o.kind !== 'Service' || (str(o.apiVersion) ?? 'v1') !== 'v1') continue;
    const spec = obj(o.spec);
    // An ExternalName Service is a DNS alias: its selector, if any, is ignored.
    if (spec.type === 'ExternalName') continue;
    const written = scalarMap(spec.selector);
    const metadata = obj(o.metadata);
    out.push({
      path,
      name: str(metadata.name) ?? '',
      namespace: str(metadata.namespace),
      annotations: scalarMap(metadata.annotations),
      // An empty selector is no selector: the Service's endpoints are managed by hand.
      selector: Object.keys(written).length > 0 ? written : undefined,
      ports: list(spec.ports).map((p, index) => ({
        index,
        port: int(obj(p).port),
        targetPort: obj(p).targetPort,
        protocol: str(obj(p).protocol) ?? 'TCP',
      })),
    });
  }
  return out;
}

/** `app=web, tier=front`: a selector as kubectl prints it. */
export function formatSelector(selector: Readonly<Record<string, string>>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
