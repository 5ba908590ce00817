// The result of analysing one input text: what the page, the CLI and the reports read.
import type { PodSecurityResult } from '../k8s/podSecurity';
import type { EffectiveResources } from '../k8s/resources';
import type { WrittenSecurityContexts } from '../k8s/securityContext';
import type { QosClass } from '../k8s/qos';
import type { Inventory } from '../model/inventory';
import type { PodModel, WorkloadRef } from '../model/types';
import type { FieldPath, Finding } from '../types';

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
  /**
   * The Pod Security Standards level and the failed checks; failure paths are under the pod
   * spec, or `metadata.annotations` of the pod template (see `podSecurityFieldPath`).
   */
  podSecurity: PodSecurityResult;
  /** The pod's and each container's securityContext as written (containers in model order). */
  securityContexts: WrittenSecurityContexts;
}

/** The document path of a Pod Security failure path (pod spec or pod template metadata). */
export function podSecurityFieldPath(
  ref: Pick<WorkloadRef, 'podSpecPath'>,
  path: readonly (string | number)[],
): FieldPath {
  if (path[0] !== 'metadata') return [...ref.podSpecPath, ...path];
  // An annotation key is a map key, not a chain of fields: `annotations[a.b/c]`.
  const [, annotations, key] = path;
  return [...ref.podSpecPath.slice(0, -1), 'metadata', annotations, { key: String(key) }];
}

/** A stretch of the text: where it starts and what it says. */
export interface TextPiece {
  offset: number;
  text: string;
}

export interface AnalysisResult {
  text: string;
  /**
   * The text in the pieces it was analysed in (one per document), in order. Read a document from
   * its piece (`documentText`), not by slicing `text`: the page builds `text` by joining pieces,
   * and the first slice of such a string copies all of it.
   */
  pieces: readonly TextPiece[];
  documents: DocumentSummary[];
  workloads: WorkloadAnalysis[];
  findings: Finding[];
  inventory: Inventory;
}

/** The text of one document, read from the piece that holds it. */
export function documentText(result: AnalysisResult, doc: DocumentSummary): string {
  const { pieces } = result;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].offset <= doc.offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (piece && doc.endOffset <= piece.offset + piece.text.length)
    return piece.text.slice(doc.offset - piece.offset, doc.endOffset - piece.offset);
  return result.text.slice(doc.offset, doc.endOffset);
}
