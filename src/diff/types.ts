// What changed between two versions of an input (A, before; B, after), in terms of the pod: the
// shape the CLI prints (`podscope diff`) and the page draws on B's graph in compare mode. Plain
// data that references the two AnalysisResults by index; nothing here holds text positions of
// its own, so moving text changes nothing in it.
import type { GraphEdge, GraphNode } from '../graph/types';

/** How an element, a workload or an object differs from A to B. */
export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

/** How a finding of B (new, unchanged) or of A (fixed) relates to the other version. */
export type FindingChange = 'new' | 'fixed' | 'unchanged';

/** One value that differs; `null` where the version does not set it. */
export interface FieldChange {
  /**
   * Where the value lives, relative to its element, in the API server's notation with names for
   * keys: `image`, `resources.limits[memory]`, `ports[8080/TCP]`, `volumeMounts[/data]`,
   * `livenessProbe.periodSeconds`, `securityContext.runAsNonRoot`; on the pod: `qosClass`,
   * `effective.limits[memory]`, `shareProcessNamespace`.
   */
  path: string;
  from: string | null;
  to: string | null;
}

/** A graph element (the graph JSON's node ids) that differs. */
export interface ElementDiff {
  /** The node id: in B's graph, or in A's for a removed element. */
  id: string;
  kind: GraphNode['kind'];
  name: string;
  change: Exclude<Change, 'unchanged'>;
  /** For `changed`: every value that differs, in a fixed order. */
  fields?: FieldChange[];
  /** For `removed`: the node as A drew it, so the page can draw it as a ghost. */
  before?: GraphNode;
  /** For `removed`: A's edges that touched it (its former mounts, namespaces, order). */
  formerEdges?: GraphEdge[];
}

/** A graph edge that differs, matched by meaning (a mount by container, volume and mount path). */
export interface EdgeDiff {
  /** The edge id: in B's graph, or in A's for a removed edge. */
  id: string;
  kind: GraphEdge['kind'];
  source: string;
  target: string;
  change: Exclude<Change, 'unchanged'>;
  fields?: FieldChange[];
  /** For `removed`: the edge as A drew it. */
  before?: GraphEdge;
}

/** A port chip (`container:port/PROTOCOL`, as findings name them) that differs. */
export interface PortDiff {
  key: string;
  change: Exclude<Change, 'unchanged'>;
}

/** One workload of A, B or both, matched by kind and name. */
export interface WorkloadDiff {
  kind: string;
  name: string;
  namespace?: string;
  templateLabel?: string;
  change: Change;
  /** Index into A's `workloads` (absent for an added workload). */
  a?: number;
  /** Index into B's `workloads` (absent for a removed workload). */
  b?: number;
  /** Every element that differs; empty when the workload is unchanged, added or removed. */
  elements: ElementDiff[];
  edges: EdgeDiff[];
  ports: PortDiff[];
}

/** An object that is not a workload (ConfigMap, Service, …), matched by kind and name. */
export interface ObjectDiff {
  kind: string;
  name: string;
  namespace?: string;
  change: 'added' | 'removed';
  /** Its document index in A (removed) or B (added). */
  document: number;
}

/** Findings matched by meaning; indexes into A's or B's `findings`. */
export interface FindingsDiff {
  /** B's findings that A does not have. */
  new: number[];
  /** A's findings that B no longer has. */
  fixed: number[];
  /** Pairs [index in A, index in B] of the same finding. */
  unchanged: [number, number][];
  /** The meaning key of each finding of A and of B (what matched them), index-aligned. */
  keysA: string[];
  keysB: string[];
  /** The finding's path with names instead of list indexes, index-aligned with the findings. */
  namedPathsA: string[];
  namedPathsB: string[];
}

/** Everything that differs from A to B. */
export interface ResultDiff {
  /** True when some workload or object was added, removed or changed. */
  changed: boolean;
  /** Workloads of both in B's order, then those only A has, in A's order. */
  workloads: WorkloadDiff[];
  objects: ObjectDiff[];
  findings: FindingsDiff;
}
