// The engine's one entry point: text → documents → workloads → models → findings.
// Documents are analysed one at a time and their ASTs dropped as soon as their findings have
// positions; only rules that read other documents run after the whole input is read.
import type { AnalysisResult, DocumentSummary, WorkloadAnalysis } from './analysis';
import { podQosClass } from './k8s/qos';
import { effectivePodResources } from './k8s/resources';
import { formatMessage } from './messages';
import { buildInventory, type InventoryObject } from './model/inventory';
import { buildPodModel } from './model/pod';
import type { PodModel, WorkloadRef } from './model/types';
import { lineColumn, lineStarts, spanOf } from './parse/lines';
import { parseDocuments, type ParsedDocument } from './parse/manifest';
import { formatPath, isPathPrefix, valueAt } from './parse/path';
import { resolvePath, type ResolvedRange } from './parse/resolve';
import { findWorkloads } from './parse/workloads';
import { RULES } from './rules/index';
import { IGNORE_ANNOTATION, matchSuppression, parseSuppressions } from './rules/suppress';
import type { PodRule, Rule } from './rules/types';
import type { Finding, RuleReport } from './types';

const DOCUMENT_RULES = RULES.filter((r) => r.scope === 'document');
const POD_RULES = RULES.filter((r): r is PodRule => r.scope === 'pod' && !r.needsInventory);
const INVENTORY_RULES = RULES.filter(
  (r): r is PodRule => r.scope === 'pod' && r.needsInventory === true,
);

interface Pending {
  rule: Rule;
  report: RuleReport;
  document: number;
  workload?: number;
}

/** Analyses a whole input text; never throws for any input. */
export function analyze(text: string): AnalysisResult {
  const starts = lineStarts(text);
  const documents: DocumentSummary[] = [];
  const workloads: WorkloadAnalysis[] = [];
  const objects: InventoryObject[] = [];
  const findings: Finding[] = [];
  for (const doc of parseDocuments(text)) {
    const refs = findWorkloads(doc.value, doc.index);
    documents.push(summarize(starts, doc, refs.length > 0));
    objects.push(...objectsOf(doc));
    const first = workloads.length;
    for (const ref of refs) workloads.push(analyzeWorkload(ref, doc.value));
    const pending: Pending[] = [];
    const docWorkloads = workloads.slice(first);
    for (const rule of DOCUMENT_RULES) {
      rule.check({
        document: doc,
        workloads: refs,
        report: (report) =>
          pending.push({
            rule,
            report,
            document: doc.index,
            workload: workloadFor(docWorkloads, first, report),
          }),
      });
    }
    const inventory = buildInventory([]);
    docWorkloads.forEach((w, i) => {
      for (const rule of POD_RULES) {
        rule.check({
          model: w.model,
          inventory,
          report: (report) =>
            pending.push({ rule, report, document: doc.index, workload: first + i }),
        });
      }
    });
    for (const p of pending)
      findings.push(toFinding(text, starts, p, resolve(doc, p.report, text), workloads));
  }
  const inventory = buildInventory(objects);
  const late: Pending[] = [];
  workloads.forEach((w, i) => {
    for (const rule of INVENTORY_RULES) {
      rule.check({
        model: w.model,
        inventory,
        report: (report) => late.push({ rule, report, document: w.ref.document, workload: i }),
      });
    }
  });
  for (const p of late)
    findings.push(
      toFinding(text, starts, p, resolveAgain(text, documents[p.document], p.report), workloads),
    );
  findings.sort(compareFindings);
  return { text, documents, workloads, findings, inventory };
}

function analyzeWorkload(ref: WorkloadRef, value: unknown): WorkloadAnalysis {
  const model = buildPodModel(ref, value);
  const running = model.containers.filter((c) => c.role !== 'ephemeral');
  return {
    ref,
    model,
    qosClass: podQosClass(running.map((c) => c.resources)),
    effective: effectivePodResources(
      running.map((c) => ({
        role: c.role,
        requests: c.resources.requests,
        limits: c.resources.limits,
      })),
      model.overhead,
    ),
    podSpecPath: formatPath(ref.podSpecPath),
  };
}

// A document-level finding belongs to the workload whose pod spec (else object) contains its path.
function workloadFor(
  docWorkloads: WorkloadAnalysis[],
  first: number,
  r: RuleReport,
): number | undefined {
  let i = docWorkloads.findIndex((w) => isPathPrefix(w.ref.podSpecPath, r.path));
  if (i === -1 && r.path.length > 0)
    i = docWorkloads.findIndex((w) => isPathPrefix(w.ref.objectPath, r.path));
  return i === -1 ? undefined : first + i;
}

function resolve(doc: ParsedDocument, r: RuleReport, text: string): ResolvedRange {
  return r.span ? { ...r.span, exact: true } : resolvePath(doc.ast, r.path, text);
}

// Rules that ran after the ASTs were dropped: parse just their document again.
function resolveAgain(text: string, summary: DocumentSummary, r: RuleReport): ResolvedRange {
  const slice = text.slice(summary.offset, summary.endOffset);
  for (const doc of parseDocuments(slice)) {
    const range = resolve(doc, r, slice);
    return {
      ...range,
      offset: range.offset + summary.offset,
      endOffset: range.endOffset + summary.offset,
    };
  }
  return { offset: summary.offset, endOffset: summary.offset, exact: false };
}

function toFinding(
  text: string,
  starts: number[],
  p: Pending,
  range: ResolvedRange,
  workloads: WorkloadAnalysis[],
): Finding {
  const { rule, report: r } = p;
  const span = spanOf(starts, text.length, range.offset, range.endOffset);
  const key = r.messageId in rule.messages ? r.messageId : 'default';
  const params = r.params ?? {};
  const model =
    p.workload === undefined || rule.id === 'yaml-syntax' ? undefined : workloads[p.workload].model;
  const suppression = model
    ? matchSuppression(suppressionsOf(model), rule.id, r.containers)
    : undefined;
  // One object shape for every finding (optional fields left undefined rather than absent):
  // thousands of findings stay compact and fast to read.
  return {
    ruleId: rule.id,
    severity: r.severity ?? rule.severity,
    message: formatMessage(rule.messages[key] ?? r.messageId, params),
    messageId: messageIdOf(rule.id, key),
    params,
    document: p.document,
    path: formatPath(r.path),
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    offset: span.offset,
    endOffset: span.endOffset,
    suppressed: suppression !== undefined,
    suppressReason: suppression?.reason,
    workload: p.workload,
    containers: r.containers,
    volumes: r.volumes,
    namespaces: r.namespaces,
    ports: r.ports,
  };
}

const messageIds = new Map<string, Map<string, string>>();

// `rule.key` strings made once per message, not once per finding.
function messageIdOf(ruleId: string, key: string): string {
  let byKey = messageIds.get(ruleId);
  if (!byKey) messageIds.set(ruleId, (byKey = new Map<string, string>()));
  let id = byKey.get(key);
  if (id === undefined) byKey.set(key, (id = `${ruleId}.${key}`));
  return id;
}

const suppressionCache = new WeakMap<PodModel, ReturnType<typeof parseSuppressions>>();

function suppressionsOf(model: PodModel): ReturnType<typeof parseSuppressions> {
  let list = suppressionCache.get(model);
  if (!list) {
    list = parseSuppressions(model.annotations[IGNORE_ANNOTATION]);
    suppressionCache.set(model, list);
  }
  return list;
}

function summarize(starts: number[], d: ParsedDocument, workload: boolean): DocumentSummary {
  const field = (path: string[]): string | undefined => {
    const v = valueAt(d.value, path);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    index: d.index,
    kind: field(['kind']),
    apiVersion: field(['apiVersion']),
    name: field(['metadata', 'name']),
    namespace: field(['metadata', 'namespace']),
    line: lineColumn(starts, d.start).line,
    offset: d.start,
    endOffset: d.end,
    workload,
    empty: d.empty,
    invalid: d.issues.length > 0,
  };
}

// Every object of the input, including `kind: List` items, for the reference inventory.
function objectsOf(d: ParsedDocument): InventoryObject[] {
  const v = d.value;
  const items =
    valueAt(v, ['kind']) === 'List' && Array.isArray(valueAt(v, ['items']))
      ? (valueAt(v, ['items']) as unknown[])
      : [v];
  return items.map((item) => {
    const text = (path: string[]): string | undefined => {
      const x = valueAt(item, path);
      return typeof x === 'string' ? x : undefined;
    };
    return {
      kind: text(['kind']),
      name: text(['metadata', 'name']),
      namespace: text(['metadata', 'namespace']),
      document: d.index,
    };
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.document - b.document ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
