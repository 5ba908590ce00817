// The shape of what a corpus manifest is expected to give: worked out by hand from the manifest,
// Kubernetes' own rules and RULES.md, never read back from the engine.
import type { QosClass } from '../../k8s/qos';
import type { ContainerRole } from '../../model/types';
import type { Severity } from '../../types';

/** One YAML document of the file. Trailing `---` gives an empty document without a kind. */
export interface ExpectedDocument {
  kind?: string;
  name?: string;
  workload: boolean;
  empty?: boolean;
}

/** cpu/memory as Kubernetes quantities; a missing key means the pod has none. */
export interface CpuMemory {
  cpu?: string;
  memory?: string;
}

export type NamespaceScopes = Partial<Record<'network' | 'ipc' | 'uts' | 'pid', 'pod' | 'host'>>;

export interface ExpectedWorkload {
  document: number;
  kind: string;
  name: string;
  podSpecPath: string;
  qosClass: QosClass;
  /** The Pod Security Standards level the pod template passes. */
  podSecurity: 'privileged' | 'baseline' | 'restricted';
  /** Effective pod requests and limits (max of the running sum and the init-phase peak). */
  requests: CpuMemory;
  limits: CpuMemory;
  /** cpu/memory that some running container leaves without a limit. */
  unboundedLimits: ('cpu' | 'memory')[];
  /** Containers in start order with their role. */
  containers: [name: string, role: ContainerRole][];
  /** Volumes in declaration order with their type (the source key, emptyDir by default). */
  volumes: [name: string, type: string][];
  /** Every mount drawn in the graph; readOnly as written in the volumeMount. */
  mounts: [container: string, volume: string, mountPath: string, readOnly: boolean][];
  /** Volumes mounted by two or more containers. */
  shared: string[];
  /** Port chips of the network namespace: owner, `port/PROTOCOL`, clash. */
  ports: [container: string, port: string, clash: boolean][];
  /** Scope of each namespace hub; `pid` only exists when it is shared or the host's. */
  namespaces: NamespaceScopes;
}

export type ExpectedFinding = [ruleId: string, severity: Severity, path: string];

export interface CorpusExpectation {
  file: string;
  documents: ExpectedDocument[];
  workloads: ExpectedWorkload[];
  /** Every finding of the file (all in the workload's document), as a set. */
  findings: ExpectedFinding[];
  /** A few findings with the 1-based line their path resolves to (counted in the file). */
  lines: [ruleId: string, path: string, line: number][];
}
