// The shape of a rule: metadata plus a pure check. Rules report paths; the engine resolves
// them to source positions, applies suppressions and builds the messages.
import type { WorkloadRef, WrittenPodModel } from '../model/types';
import type { ParsedDocument } from '../parse/manifest';
import type { RuleReport, Severity } from '../types';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** kubernetes.io page that explains the underlying behaviour. */
  docs: string;
  /** One sentence: what the rule looks for (used in SARIF and the README). */
  summary: string;
  /** English message templates by message id; `{name}` placeholders take report params. */
  messages: Record<string, string>;
  /** How to fix it, one or two sentences (SARIF help, inspector, Markdown report). */
  fix: string;
}

export interface PodRuleContext {
  /** The pod's model, with its spec, containers and volumes as written beside it. */
  model: WrittenPodModel;
  report: (finding: RuleReport) => void;
}

export interface DocumentRuleContext {
  document: ParsedDocument;
  /** The workloads found in this document (their pod spec paths, for schema roots). */
  workloads: readonly WorkloadRef[];
  report: (finding: RuleReport) => void;
}

/** A rule that looks at one workload's pod model. */
export interface PodRule extends RuleMeta {
  scope: 'pod';
  check(ctx: PodRuleContext): void;
}

/** A rule that looks at a whole YAML document (syntax, schema). */
export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(ctx: DocumentRuleContext): void;
}

export type Rule = PodRule | DocumentRule;
