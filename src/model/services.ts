// Which workloads of the input a Service selects, decided once the whole input is read: a
// Service and the workloads it selects are usually separate documents, and each document is
// analysed on its own (see src/analysis/assemble.ts).
import type { ServiceCondition } from './serviceCondition';
import type { PodModel } from './types';
import { inNamespace, selectsPod, writtenSelector } from './selector';

export { formatSelector, selectorMatches, selectsPod } from './selector';
export type { ServiceObject, ServicePort } from './serviceObject';
import type { ServiceObject } from './serviceObject';
import { int, list, obj, scalarMap, str } from './values';

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
    const unknown = this.completed.filter((m) => inNamespace(c.namespace, m));
    let fewest: number[] | undefined;
    for (const [k, v] of writtenSelector(c.selector)) {
      const list = this.byLabel.get(`${k}=${v}`) ?? [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    const candidates = fewest ? fewest.map((i) => this.models[i]) : this.models;
    const known = candidates.filter(
      (m) => m.workload.completedBy === undefined && selectsPod(c, m),
    );
    return { known, unknown };
  }
}

/** The Services in a document's value that select pods by label. */
export function servicesIn(documentValue: unknown): ServiceObject[] {
  const root = obj(documentValue);
  const items: [unknown, ServiceObject['path']][] =
    root.kind === 'List' ? list(root.items).map((item, i) => [item, ['items', i]]) : [[root, []]];
  return items.flatMap(([item, path]) => serviceOf(item, path) ?? []);
}

/** The Service an object is, if it is one that selects pods by label (`selector` may be unset). */
export function serviceOf(
  item: unknown,
  path: ServiceObject['path'] = [],
): ServiceObject | undefined {
  const o = obj(item);
  if (o.kind !== 'Service' || (str(o.apiVersion) ?? 'v1') !== 'v1') return undefined;
  const spec = obj(o.spec);
  // An ExternalName Service is a DNS alias: its selector, if any, is ignored.
  if (spec.type === 'ExternalName') return undefined;
  const written = scalarMap(spec.selector);
  const metadata = obj(o.metadata);
  return {
    path,
    name: str(metadata.name) ?? '',
    namespace: str(metadata.namespace),
    type: str(spec.type) ?? 'ClusterIP',
    annotations: scalarMap(metadata.annotations),
    // An empty selector is no selector: the Service's endpoints are managed by hand.
    selector: Object.keys(written).length > 0 ? written : undefined,
    ports: list(spec.ports).map((p, index) => {
      const targetPort = obj(p).targetPort;
      return {
        index,
        name: str(obj(p).name),
        port: int(obj(p).port),
        targetPort:
          typeof targetPort === 'number' || typeof targetPort === 'string' ? targetPort : undefined,
        protocol: str(obj(p).protocol) ?? 'TCP',
      };
    }),
  };
}
