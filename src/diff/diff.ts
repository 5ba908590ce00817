// Two analyses → what differs in their pods: workloads matched by kind and name, each compared
// element by element on its graph, objects added or removed, findings matched by meaning. Reads
// results only (no parser, no rule), so the page can compare two results it already holds.
import { documentText, type AnalysisResult, type WorkloadAnalysis } from '../analysis/result';
import { findReference, type InventoryService } from '../model/inventory';
import { selectsPod } from '../model/services';
import { diffFindings, type Owners } from './findings';
import { matchByIdentity, type Identity, type Matching } from './match';
import type { ObjectDiff, ResultDiff, WorkloadDiff } from './types';
import { diffWorkload } from './workload';

/** A comparison: both analyses and what differs between them. */
export interface Comparison {
  a: AnalysisResult;
  b: AnalysisResult;
  diff: ResultDiff;
}

/** What differs from A to B. Pure; linear in the inputs, and a workload whose document text is
 * the same in both (and whose Services and referenced objects are too) is not compared further. */
export function diffResults(a: AnalysisResult, b: AnalysisResult): ResultDiff {
  const workloads = matchByIdentity(a.workloads, b.workloads, workloadIdentity, {
    a: (i) => documentText(a, a.documents[a.workloads[i].ref.document]),
    b: (j) => documentText(b, b.documents[b.workloads[j].ref.document]),
  });
  const documents = matchByIdentity(a.documents, b.documents, documentIdentity, {
    a: (i) => documentText(a, a.documents[i]),
    b: (j) => documentText(b, b.documents[j]),
  });
  const owners = ownerIds(workloads, documents, a, b);
  const services = changedServices(a.inventory.services, b.inventory.services);
  const pairOfB = new Map(workloads.pairs.map(([i, j]) => [j, i]));
  const out: WorkloadDiff[] = [];
  b.workloads.forEach((w, j) => {
    const i = pairOfB.get(j);
    if (i === undefined) {
      out.push({ ...described(w), change: 'added', b: j, elements: [], edges: [], ports: [] });
      return;
    }
    const same = sameContext(a, i, b, j, services);
    const changes = same ? undefined : diffWorkload(a, i, b, j);
    const changed =
      !!changes &&
      (changes.elements.length > 0 || changes.edges.length > 0 || changes.ports.length > 0);
    out.push({
      ...described(w),
      change: changed ? 'changed' : 'unchanged',
      a: i,
      b: j,
      elements: changes?.elements ?? [],
      edges: changes?.edges ?? [],
      ports: changes?.ports ?? [],
    });
  });
  for (const i of workloads.onlyA)
    out.push({
      ...described(a.workloads[i]),
      change: 'removed',
      a: i,
      elements: [],
      edges: [],
      ports: [],
    });
  const objects = objectChanges(a, b, documents);
  return {
    changed: objects.length > 0 || out.some((w) => w.change !== 'unchanged'),
    workloads: out,
    objects,
    findings: diffFindings(a, b, owners.a, owners.b),
  };
}

function workloadIdentity(w: WorkloadAnalysis): Identity {
  const { kind, name, namespace, templateLabel } = w.ref;
  return { kind, name, namespace, part: templateLabel };
}

function documentIdentity(d: AnalysisResult['documents'][number]): Identity | undefined {
  return d.kind && d.name ? { kind: d.kind, name: d.name, namespace: d.namespace } : undefined;
}

function described(
  w: WorkloadAnalysis,
): Pick<WorkloadDiff, 'kind' | 'name' | 'namespace' | 'templateLabel'> {
  const { kind, name, namespace, templateLabel } = w.ref;
  return {
    kind,
    name,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(templateLabel !== undefined ? { templateLabel } : {}),
  };
}

// Findings of a pair are owned by one id in both versions; an unpaired owner gets an id of its
// own, so all its findings are new (added) or fixed (removed).
function ownerIds(
  workloads: Matching,
  documents: Matching,
  a: AnalysisResult,
  b: AnalysisResult,
): { a: Owners; b: Owners } {
  const wa = new Array<string>(a.workloads.length);
  const wb = new Array<string>(b.workloads.length);
  workloads.pairs.forEach(([i, j], k) => (wa[i] = wb[j] = `workload ${k}`));
  for (const i of workloads.onlyA) wa[i] = `removed workload ${i}`;
  for (const j of workloads.onlyB) wb[j] = `added workload ${j}`;
  const da = new Array<string>(a.documents.length);
  const db = new Array<string>(b.documents.length);
  documents.pairs.forEach(([i, j], k) => (da[i] = db[j] = `document ${k}`));
  for (const i of documents.onlyA) da[i] = `removed document ${i}`;
  for (const j of documents.onlyB) db[j] = `added document ${j}`;
  return { a: { workload: wa, document: da }, b: { workload: wb, document: db } };
}

// The graph of a workload reads its own document, the objects its volumes name and the Services
// that select it: when none of these changed, neither did the graph.
function sameContext(
  a: AnalysisResult,
  i: number,
  b: AnalysisResult,
  j: number,
  services: readonly InventoryService[],
): boolean {
  const wa = a.workloads[i];
  const wb = b.workloads[j];
  const da = a.documents[wa.ref.document];
  const db = b.documents[wb.ref.document];
  if (!da || !db || documentText(a, da) !== documentText(b, db)) return false;
  if (wa.podSpecPath !== wb.podSpecPath) return false;
  for (const v of wb.model.volumes)
    for (const ref of v.objects)
      if (
        !findReference(a.inventory, ref.kind, ref.name) !==
        !findReference(b.inventory, ref.kind, ref.name)
      )
        return false;
  return !services.some((s) => selectsPod(s, wb.model));
}

// The Services (either version) that were added, removed or changed.
function changedServices(
  a: readonly InventoryService[],
  b: readonly InventoryService[],
): InventoryService[] {
  const key = (s: InventoryService) => `${s.namespace ?? ''}\0${s.name}`;
  const text = (s: InventoryService) => JSON.stringify({ ...s, document: 0, path: [] });
  const before = new Map<string, string[]>();
  for (const s of a) before.set(key(s), [...(before.get(key(s)) ?? []), text(s)]);
  const after = new Map<string, string[]>();
  for (const s of b) after.set(key(s), [...(after.get(key(s)) ?? []), text(s)]);
  const differs = (
    s: InventoryService,
    mine: Map<string, string[]>,
    other: Map<string, string[]>,
  ) => (other.get(key(s)) ?? []).join('\n') !== (mine.get(key(s)) ?? []).join('\n');
  return [
    ...a.filter((s) => differs(s, before, after)),
    ...b.filter((s) => differs(s, after, before)),
  ];
}

// Objects that are not workloads (a ConfigMap, a Service) that only one version has.
function objectChanges(a: AnalysisResult, b: AnalysisResult, documents: Matching): ObjectDiff[] {
  const out: ObjectDiff[] = [];
  const add = (r: AnalysisResult, index: number, change: ObjectDiff['change']): void => {
    const d = r.documents[index];
    if (d.workload || !d.kind || !d.name) return;
    out.push({
      kind: d.kind,
      name: d.name,
      ...(d.namespace !== undefined ? { namespace: d.namespace } : {}),
      change,
      document: index,
    });
  };
  for (const j of documents.onlyB) add(b, j, 'added');
  for (const i of documents.onlyA) add(a, i, 'removed');
  return out;
}
