// The shape of a rule: metadata plus a pure check. Rules report paths; the engine resolves
// them to source positions, applies suppressions and builds the messages. Each rule is one
// folder, src/rules/<id>/: meta.ts (RuleFolderMeta, in English), zh-CN.ts (its RuleTranslation),
// check.ts (the Rule), teach.ts (its lesson) and its tests.
import type { ParamLocalizer } from '../i18n/types';
import type { WorkloadRef, WrittenPodModel } from '../model/types';
import type { ParsedDocument } from '../parse/manifest';
import type { RuleReport, Severity } from '../types';

/** What the reports need to know about a rule. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** kubernetes.io page that explains the underlying behaviour. */
  docs: string;
  /** One sentence: what the rule looks for (used in SARIF, the inspector and docs/RULES.md). */
  summary: string;
  /** English message templates by message id; `{name}` placeholders take report params. */
  messages: Record<string, string>;
  /** How to fix it, in a sentence or three: SARIF help, reports, the inspector and its lesson. */
  fix: string;
}

/** The groups of the rule catalog (docs/RULES.md), in the order it lists them. */
export const RULE_CATEGORIES = [
  'schema',
  'ports',
  'volumes',
  'resources',
  'lifecycle',
  'isolation',
] as const;

export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** A rule folder's meta.ts: everything about the rule but its check, English texts included. */
export interface RuleFolderMeta extends RuleMeta {
  /** Whether the check reads one workload's pod model or a whole YAML document. */
  scope: 'pod' | 'document';
  category: RuleCategory;
}

/**
 * A rule folder's zh-CN.ts: the summary, the fix and a template for every message id of `M`,
 * with the same `{param}` placeholders as the English ones.
 */
export interface RuleTranslation<M extends RuleMeta = RuleMeta> {
  summary: string;
  fix: string;
  messages: { readonly [K in keyof M['messages']]: string };
  params?: ParamLocalizer;
}

/** Translations of rules by rule id. */
export type RuleTranslations = Readonly<Record<string, RuleTranslation>>;

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
export interface PodRule extends RuleFolderMeta {
  scope: 'pod';
  check(ctx: PodRuleContext): void;
}

/** A rule that looks at a whole YAML document (syntax, schema). */
export interface DocumentRule extends RuleFolderMeta {
  scope: 'document';
  check(ctx: DocumentRuleContext): void;
}

export type Rule = PodRule | DocumentRule;
