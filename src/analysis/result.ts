// The result of analysing one input text: what the page, the CLI and the reports read.
import type { EffectiveResources } from '../k8s/resources';
import type { QosClass } from '../k8s/qos';
import type { Inventory } from '../model/inventory';
import type { PodModel, WorkloadRef } from '../model/types';
import type { Finding } from '../types';

export interface DocumentSummary {
  /** 0-based document index. */
  index: number;
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  /** 1-based line where the document's content starts. */
  line: number;
  /** 0-based offsets of the document's content in the text. */
  offset: number;
  endOffset: number;
  /** True when the document holds at least one workload. */
  workload: boolean;
  /** True for empty documents (a trailing `---`). */
  empty: boolean;
  /** True when the document has syntax errors. */
  invalid: boolean;
}

export interface WorkloadAnalysis {
  ref: WorkloadRef;
  model: PodModel;
  qosClass: QosClass;
  effective: EffectiveResources;
  /** podSpecPath in API-server notation, e.g. `spec.template.spec`. */
  podSpecPath: string;
}

export interface AnalysisResult {
  text: string;
  documents: DocumentSummary[];
  workloads: WorkloadAnalysis[];
  findings: Finding[];
  inventory: Inventory;
}
