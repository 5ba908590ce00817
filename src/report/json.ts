// The CONTRACT JSON report. Fields may be added; the contract's fields are never renamed.
import {
  countFindings,
  sortFindings,
  type Counts,
  type ReportDocument,
  type ReportFile,
  type ReportWorkload,
} from './input';
import type { Lang } from '../i18n/lang';
import { localizeFinding } from '../i18n/localize';
import { groupIds } from '../analysis/findingGroups';
import { VERSION } from '../version';
import type { Finding, Severity } from '../types';

export interface JsonWorkload {
  document: number;
  kind: string;
  name: string;
  podSpecPath: string;
  qosClass: string;
  /** The most restrictive Pod Security Standards level the pod passes. */
  podSecurity: 'privileged' | 'baseline' | 'restricted';
  namespace?: string;
  templateLabel?: string;
  /** A custom resource read in part (its containers, init containers and volumes). */
  partial?: true;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  document: number;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suppressed: boolean;
  suppressReason?: string;
  /** Set when the finding shares a cause or a rule with others of its file (one id per group). */
  group?: string;
}

export interface JsonDocument {
  index: number;
  kind?: string;
  name?: string;
  line: number;
  workload: boolean;
  invalid: boolean;
}

export interface JsonFile {
  file: string;
  workloads: JsonWorkload[];
  findings: JsonFinding[];
  documents: JsonDocument[];
  summary: { errors: number; warnings: number; info: number; suppressed: number };
}

export interface JsonReport {
  tool: 'podscope';
  version: string;
  /** The language of the findings' messages. */
  lang: Lang;
  files: JsonFile[];
}

/** Builds the CONTRACT JSON report object for one or more files, messages in `lang`. */
export function toJsonReport(files: readonly ReportFile[], lang: Lang = 'en'): JsonReport {
  return { tool: 'podscope', version: VERSION, lang, files: files.map((f) => jsonFile(f, lang)) };
}

/** The CONTRACT JSON report as text, two-space indented, ending in a newline. */
export function toJson(files: readonly ReportFile[], lang: Lang = 'en'): string {
  return JSON.stringify(toJsonReport(files, lang), null, 2) + '\n';
}

function jsonFile({ file, result }: ReportFile, lang: Lang): JsonFile {
  return {
    file,
    workloads: result.workloads.map(jsonWorkload),
    findings: findingsOf(result.findings, lang),
    documents: result.documents.filter((d) => !d.empty).map(jsonDocument),
    summary: jsonSummary(countFindings(result.findings)),
  };
}

function jsonWorkload(w: ReportWorkload): JsonWorkload {
  const out: JsonWorkload = {
    document: w.ref.document,
    kind: w.ref.kind,
    name: w.ref.name,
    podSpecPath: w.podSpecPath,
    qosClass: w.qosClass,
    podSecurity: w.podSecurity.level,
  };
  if (w.ref.namespace !== undefined) out.namespace = w.ref.namespace;
  if (w.ref.templateLabel !== undefined) out.templateLabel = w.ref.templateLabel;
  if (w.ref.completedBy === 'partial') out.partial = true;
  return out;
}

function findingsOf(findings: readonly Finding[], lang: Lang): JsonFinding[] {
  const groups = groupIds(findings);
  return sortFindings(findings).map((f) => jsonFinding(localizeFinding(f, lang), groups.get(f)));
}

function jsonFinding(f: Finding, group?: string): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    document: f.document,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    suppressed: f.suppressed,
  };
  if (f.suppressed && f.suppressReason) out.suppressReason = f.suppressReason;
  if (group) out.group = group;
  return out;
}

function jsonDocument(d: ReportDocument): JsonDocument {
  return {
    index: d.index,
    ...(d.kind !== undefined && { kind: d.kind }),
    ...(d.name !== undefined && { name: d.name }),
    line: d.line,
    workload: d.workload,
    invalid: d.invalid,
  };
}

function jsonSummary(c: Counts): JsonFile['summary'] {
  return { errors: c.error, warnings: c.warning, info: c.info, suppressed: c.suppressed };
}
