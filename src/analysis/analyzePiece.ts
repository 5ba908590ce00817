// One piece of the input (usually one document) analysed on its own, with every position relative
// to the piece: the unit that is cached between edits and sent from the worker to the page.
import type { DocumentSummary, WorkloadAnalysis } from './result';
import { evaluatePodSecurity } from '../k8s/podSecurity';
import { podQosClass } from '../k8s/qos';
import { effectivePodResources } from '../k8s/resources';
import { writtenSecurityContexts } from '../k8s/securityContext';
import { formatMessage } from '../messages';
import type { InventoryObject, ReferencedKind } from '../model/inventory';
import { buildPodModel, withoutWritten } from '../model/pod';
import type { ServiceCondition } from '../model/serviceCondition';
import { serviceOf } from '../model/services';
import type { PodModel, WrittenPodModel } from '../model/types';
import { lineColumn, lineStarts, spanOf } from '../parse/lines';
import { parseDocuments, type ParsedDocument } from '../parse/manifest';
import { formatPath, isPathPrefix, valueAt } from '../parse/path';
import { resolvePath, type ResolvedRange } from '../parse/resolve';
import { findWorkloads } from '../parse/workloads';
import { RULES } from '../rules/index';
import { IGNORE_ANNOTATION, matchSuppression, parseSuppressions } from '../rules/suppress';
import type { PodRule, Rule } from '../rules/types';
import { compareFindings } from './findingOrder';
import type { Finding, RuleReport } from '../types';

const DOCUMENT_RULES = RULES.filter((r) => r.scope === 'document');
const POD_RULES = RULES.filter((r): r is PodRule => r.scope === 'pod');

/** A finding that holds only if the input lacks an object (checked once every piece is read). */
export interface ConditionalFinding {
  finding: Finding;
  missing?: { kind: ReferencedKind; name: string };
  /** A Service finding, decided against every workload of the input. */
  service?: ServiceCondition;
}

/** A piece's results; documents, workloads, lines and offsets count from the piece's start. */
export interface PieceAnalysis {
  /** The piece's own text (the page reads a document from it; see AnalysisResult.pieces). */
  text: string;
  documents: DocumentSummary[];
  workloads: WorkloadAnalysis[];
  /** Sorted by document, line, column, rule. */
  findings: Finding[];
  conditional: ConditionalFinding[];
  objects: InventoryObject[];
}

interface Pending {
  rule: Rule;
  report: RuleReport;
  document: number;
  workload?: number;
}

/** Analyses one piece of text; never throws for any input. */
export function analyzePiece(text: string): PieceAnalysis {
  const starts = lineStarts(text);
  const out: PieceAnalysis = {
    text,
    documents: [],
    workloads: [],
    findings: [],
    conditional: [],
    objects: [],
  };
  for (const doc of parseDocuments(text)) {
    const refs = findWorkloads(doc.value, doc.index);
    out.documents.push(summarize(starts, doc, refs.length > 0));
    out.objects.push(...objectsOf(doc));
    const first = out.workloads.length;
    const written = refs.map((ref) => buildPodModel(ref, doc.value));
    for (const model of written) out.workloads.push(analyzeWorkload(model, doc.value));
    const docWorkloads = out.workloads.slice(first);
    const pending: Pending[] = [];
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
    written.forEach((model, i) => {
      for (const rule of POD_RULES) {
        rule.check({
          model,
          report: (report) =>
            pending.push({ rule, report, document: doc.index, workload: first + i }),
        });
      }
    });
    for (const p of pending) {
      if (completedByOperator(out.workloads, p)) continue;
      const range = p.report.span
        ? { ...withinDocument(p.report.span, doc), exact: true }
        : resolvePath(doc.ast, p.report.path, text);
      const finding = toFinding(text, starts, p, range, out.workloads);
      const { whenMissing: missing, whenService: service } = p.report;
      if (missing || service) out.conditional.push({ finding, missing, service });
      else out.findings.push(finding);
    }
  }
  out.findings.sort(compareFindings);
  return out;
}

// Where an operator completes the pod spec (a template inside a custom resource, or a custom
// resource's own containers), what the spec leaves out is the operator's to fill in: required
// fields and the volumes it creates are not checked there (RULES.md).
const OPERATOR_FILLS_IN: ReadonlySet<string> = new Set(['missing-required', 'volume-not-found']);

function completedByOperator(workloads: readonly WorkloadAnalysis[], p: Pending): boolean {
  const w = p.workload === undefined ? undefined : workloads[p.workload];
  return w?.ref.completedBy !== undefined && OPERATOR_FILLS_IN.has(p.rule.id);
}

// A syntax error at a document's very end marks no character of the next document.
function withinDocument(
  span: { offset: number; endOffset: number },
  doc: ParsedDocument,
): { offset: number; endOffset: number } {
  return {
    offset: span.offset,
    endOffset: Math.min(span.endOffset, Math.max(doc.end, span.offset + 1)),
  };
}

// The result keeps the model without the values as written (only rules need those).
function analyzeWorkload(written: WrittenPodModel, documentValue: unknown): WorkloadAnalysis {
  const model = withoutWritten(written);
  const ref = model.workload;
  // The pod's own annotations: the template's metadata (the object's for a Pod), which sits
  // beside the pod spec.
  const podMetadata = valueAt(documentValue, [...ref.podSpecPath.slice(0, -1), 'metadata']);
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
    podSecurity: evaluatePodSecurity(written.spec, valueAt(podMetadata, ['annotations'])),
    securityContexts: writtenSecurityContexts(
      written.spec.securityContext,
      written.containers.map((c) => c.raw.securityContext),
    ),
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
    : r.ignore
      ? matchSuppression(parseSuppressions(r.ignore), rule.id, r.containers)
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

// Every object of the document, including `kind: List` items, for the inventory (what volumes
// refer to, the Services that select pods).
function objectsOf(d: ParsedDocument): InventoryObject[] {
  const v = d.value;
  const items =
    valueAt(v, ['kind']) === 'List' && Array.isArray(valueAt(v, ['items']))
      ? (valueAt(v, ['items']) as unknown[])
      : [v];
  return items.map((item, i) => {
    const text = (path: string[]): string | undefined => {
      const x = valueAt(item, path);
      return typeof x === 'string' ? x : undefined;
    };
    const service = serviceOf(item, item === v ? [] : ['items', i]);
    return {
      kind: text(['kind']),
      name: text(['metadata', 'name']),
      namespace: text(['metadata', 'namespace']),
      document: d.index,
      ...(service?.selector ? { service } : {}),
    };
  });
}
