// Findings of two versions matched by meaning: the rule and its severity (a finding that grows
// more severe is a new one), the workload or object it is on (by kind and name), its path with
// names instead of indexes (the container, volume, port, mount, env entry or capability) and the
// port chips it names. Never by line, column or document index, so moving text, reordering
// documents or adding one before it leaves a finding unchanged; nor by its message, whose words
// may quote values that changed around it.
import type { AnalysisResult } from '../analysis/result';
import { pathWithin } from '../graph/marks';
import type { PodModel } from '../model/types';
import { formatPath } from '../parse/path';
import type { Finding } from '../types';
import { namedPath } from './namedPath';
import type { FindingsDiff } from './types';

/** What a finding's owner is called in both versions: a workload's or a document's pair id. */
export interface Owners {
  /** By workload index: the id both versions of the workload share (unique when unpaired). */
  workload: readonly string[];
  /** By document index: the id both versions of the document share. */
  document: readonly string[];
}

/** Pairs the findings of A and B by meaning (several equal ones pair in order). */
export function diffFindings(
  a: AnalysisResult,
  b: AnalysisResult,
  ownersA: Owners,
  ownersB: Owners,
): FindingsDiff {
  const keyedA = keyed(a, ownersA);
  const keyedB = keyed(b, ownersB);
  const waiting = new Map<string, number[]>();
  keyedA.keys.forEach((k, i) => {
    const list = waiting.get(k);
    if (list) list.push(i);
    else waiting.set(k, [i]);
  });
  const taken = new Map<string, number>();
  const fresh: number[] = [];
  const unchanged: [number, number][] = [];
  keyedB.keys.forEach((k, j) => {
    const list = waiting.get(k);
    const used = taken.get(k) ?? 0;
    if (list && used < list.length) {
      unchanged.push([list[used], j]);
      taken.set(k, used + 1);
    } else fresh.push(j);
  });
  const fixed: number[] = [];
  for (const [k, list] of waiting)
    for (let i = taken.get(k) ?? 0; i < list.length; i++) fixed.push(list[i]);
  fixed.sort((x, y) => x - y);
  return {
    new: fresh,
    fixed,
    unchanged,
    keysA: keyedA.keys,
    keysB: keyedB.keys,
    namedPathsA: keyedA.paths,
    namedPathsB: keyedB.paths,
  };
}

function keyed(result: AnalysisResult, owners: Owners): { keys: string[]; paths: string[] } {
  const keys: string[] = [];
  const paths: string[] = [];
  const specPaths = result.workloads.map((w) => w.podSpecPath);
  const objectPaths = result.workloads.map((w) => formatPath(w.ref.objectPath));
  for (const f of result.findings) {
    const w = f.workload ?? workloadByPath(result, specPaths, f);
    const model: PodModel | undefined = w === undefined ? undefined : result.workloads[w].model;
    let path = namedPath(f.path, model);
    // A `kind: List` item's place in its list is where it is written, not what it is.
    const objectPath = w === undefined ? '' : objectPaths[w];
    if (objectPath !== '' && pathWithin(path, objectPath))
      path = path.slice(objectPath.length).replace(/^\./, '');
    paths.push(path);
    const owner =
      f.workload !== undefined ? owners.workload[f.workload] : owners.document[f.document];
    keys.push(
      [f.ruleId, f.severity, owner ?? `document ${f.document}`, path, names(f.ports)].join('\0'),
    );
  }
  return { keys, paths };
}

// A document-level finding (schema, syntax) inside a pod spec names its containers by the
// workload whose pod spec holds it.
function workloadByPath(
  result: AnalysisResult,
  specPaths: readonly string[],
  f: Finding,
): number | undefined {
  if (f.path === '') return undefined;
  // Workloads are in document order: look only at this document's.
  const { workloads } = result;
  let lo = 0;
  let hi = workloads.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (workloads[mid].ref.document < f.document) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < workloads.length; i++) {
    const ref = workloads[i].ref;
    if (ref.document > f.document) break;
    if (ref.document === f.document && pathWithin(f.path, specPaths[i])) return i;
  }
  return undefined;
}

const names = (list: readonly string[] | undefined): string =>
  list && list.length > 0 ? [...list].sort().join(',') : '';
