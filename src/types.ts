// The engine's shared vocabulary. Pure data: no React, no DOM, no I/O.
import type { ReferencedKind } from './model/inventory';
import type { ServiceCondition } from './model/serviceCondition';

/** Finding severity, as in RULES.md. */
export type Severity = 'error' | 'warning' | 'info';

/** Severity order, most severe first; used for sorting and `--fail-on`. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One step of a field path. A string is a struct field (`.name`), a number a list index
 * (`[2]`), and `{ key }` a map key (`[cpu]`), printed the way the API server prints them.
 */
export type PathSegment = string | number | { key: string };
export type FieldPath = readonly PathSegment[];

/** 1-based line/column span of a token in the source text (end is exclusive). */
export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the whole text. */
  offset: number;
  endOffset: number;
}

/** Message parameters; the English text is built from a message id plus these. */
export type MessageParams = Record<string, string | number>;

/** What a rule reports: a path and a message; the engine resolves the position. */
export interface RuleReport {
  path: FieldPath;
  messageId: string;
  params?: MessageParams;
  /** Overrides the rule's default severity (e.g. port-clash against an init container is info). */
  severity?: Severity;
  /** The containers the finding is about, for suppression scoping and graph badges. */
  containers?: string[];
  /** Volume names the finding is about, for graph badges. */
  volumes?: string[];
  /** Namespaces the finding is about (network, ipc, uts, pid), for graph badges. */
  namespaces?: string[];
  /** Port chips the finding is about, as `containerName:port/PROTOCOL`. */
  ports?: string[];
  /** An exact source range (0-based offsets) when the finding is not about a field (syntax). */
  span?: { offset: number; endOffset: number };
  /**
   * The finding holds only if the whole input has objects of this kind but none of this name
   * (decided once every document is read, so each document can be analysed on its own).
   */
  whenMissing?: { kind: ReferencedKind; name: string };
  /** The finding holds only if the whole input's workloads bear it out (Service rules). */
  whenService?: ServiceCondition;
  /**
   * The `podscope.io/ignore` value of the object the finding is on, for findings on an object
   * that is not a workload (a Service); a workload's findings read the workload's own.
   */
  ignore?: string;
}

/** A finding as reported to users (CONTRACT JSON fields plus extras). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  params: MessageParams;
  document: number;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  suppressed: boolean;
  suppressReason?: string;
  /** Index into AnalysisResult.workloads when the finding belongs to a workload. */
  workload?: number;
  containers?: string[];
  volumes?: string[];
  namespaces?: string[];
  ports?: string[];
}
