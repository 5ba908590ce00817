// Pure helpers for what the page shows: which result to draw and which workload.
import { documentText, type AnalysisResult } from '../../src/analysis/result';

// Asked of each result more than once (what to keep, what to draw): scanned once.
const broken = new WeakMap<AnalysisResult, boolean>();

/** True when some document of the input does not parse. */
export function hasSyntaxErrors(result: AnalysisResult): boolean {
  let known = broken.get(result);
  if (known === undefined) {
    known = result.findings.some((f) => f.ruleId === 'yaml-syntax');
    broken.set(result, known);
  }
  return known;
}

/** A workload's identity across edits: its document, kind, name and template. */
export function workloadKey(result: AnalysisResult, index: number): string {
  const w = result.workloads[index];
  if (!w) return '';
  return `${w.ref.document}:${w.ref.kind}/${w.ref.name}:${w.podSpecPath}`;
}

/** The index of the workload with this identity, else the same kind/name anywhere, else 0. */
export function findWorkload(result: AnalysisResult, key: string, previous: number): number {
  if (result.workloads.length === 0) return -1;
  const match = matchWorkload(result, key);
  if (match !== -1) return match;
  return Math.min(Math.max(previous, 0), result.workloads.length - 1);
}

/** The workload with this identity, else the same kind/name anywhere, else -1. */
function matchWorkload(result: AnalysisResult, key: string): number {
  const exact = result.workloads.findIndex((_, i) => workloadKey(result, i) === key);
  if (exact !== -1) return exact;
  const [, kindName] = key.split(':');
  return result.workloads.findIndex((w) => `${w.ref.kind}/${w.ref.name}` === kindName);
}

/** What the graph draws: a result, one of its workloads, and whether it is from an earlier text. */
export interface Drawn {
  result: AnalysisResult;
  workload: number;
  /** True when `result` is an earlier text's: the workload's document does not parse now. */
  stale: boolean;
}

/**
 * Which workload to draw from which result. A document that does not parse makes only its own
 * workloads stale: the wanted workload is drawn from the current text when its document parses,
 * from the last text without errors (and said to be stale) when its document is the broken one,
 * and otherwise the first workload of the current text that parses is drawn.
 */
export function chooseDrawn(
  now: AnalysisResult,
  lastGood: AnalysisResult | null,
  key: string,
  previous: number,
): Drawn {
  if (!hasSyntaxErrors(now))
    return { result: now, workload: findWorkload(now, key, previous), stale: false };
  const parses = (i: number): boolean => !now.documents[now.workloads[i].ref.document]?.invalid;
  const wanted = key === '' ? -1 : matchWorkload(now, key);
  if (wanted !== -1 && parses(wanted)) return { result: now, workload: wanted, stale: false };
  const before = lastGood ? findWorkload(lastGood, key, previous) : -1;
  if (lastGood && before !== -1 && brokenNow(now, lastGood, before))
    return { result: lastGood, workload: before, stale: true };
  const first = now.workloads.findIndex((_, i) => parses(i));
  if (first !== -1) return { result: now, workload: first, stale: false };
  // Nothing in the current text parses: the earlier text is better than nothing, said to be stale.
  if (lastGood && before !== -1) return { result: lastGood, workload: before, stale: true };
  return { result: now, workload: -1, stale: false };
}

const KIND_LINE = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m;

/** True when the document that held an earlier workload is one that does not parse now. */
function brokenNow(now: AnalysisResult, earlier: AnalysisResult, workload: number): boolean {
  const doc = earlier.documents[earlier.workloads[workload].ref.document];
  if (!doc) return false;
  if (doc.kind && doc.name) {
    const named = now.documents.find((d) => d.kind === doc.kind && d.name === doc.name);
    if (named) return named.invalid;
  }
  // A document that does not parse has no summary to compare: the same place in a text of as
  // many documents, broken, and not of another kind by its own `kind:` line.
  const there = now.documents[doc.index];
  if (!there?.invalid || now.documents.length !== earlier.documents.length) return false;
  const kind = KIND_LINE.exec(documentText(now, there))?.[1];
  return kind === undefined || kind === doc.kind;
}

/** The workload whose document holds a text offset, if any. */
export function workloadAtOffset(result: AnalysisResult, offset: number): number {
  const doc = result.documents.find((d) => offset >= d.offset && offset <= d.endOffset);
  if (!doc?.workload) return -1;
  return result.workloads.findIndex((w) => w.ref.document === doc.index);
}
