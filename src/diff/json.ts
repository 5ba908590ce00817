// The CONTRACT `diff --format json` report: workloads with their changed elements, and the
// findings new in B, fixed since A and in both. Fields may be added; none is renamed.
import type { AnalysisResult } from '../analysis/result';
import { fixesFor, fixTitle } from '../fix/catalog';
import type { Lang } from '../i18n/lang';
import { localizeFinding } from '../i18n/localize';
import { countFindings, type Counts } from '../report/input';
import type { Finding, Severity } from '../types';
import { VERSION } from '../version';
import type { Comparison } from './diff';
import type { Change, ObjectDiff, WorkloadDiff } from './types';

/** A finding as in the lint JSON report, with where it is and what it is about. */
export interface JsonDiffFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The file it is in: A's for fixed findings, B's for new and unchanged ones. */
  file: string;
  document: number;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suppressed: boolean;
  suppressReason?: string;
  /** The path with names instead of list indexes (what matched it across the versions). */
  namedPath: string;
  /** The workload it belongs to. */
  workload?: { kind: string; name: string };
  /** What the mechanical fix does, for a new finding that has one (`lint --fix`, the page). */
  fix?: string;
}

export interface JsonWorkloadDiff extends Omit<WorkloadDiff, 'a' | 'b'> {
  /** Where the workload is in A (absent when added). */
  a?: { document: number; workload: number };
  /** Where the workload is in B (absent when removed). */
  b?: { document: number; workload: number };
}

export interface JsonDiff {
  tool: 'podscope';
  version: string;
  lang: Lang;
  a: string;
  b: string;
  /** True when some workload or object was added, removed or changed. */
  changed: boolean;
  workloads: JsonWorkloadDiff[];
  objects: ObjectDiff[];
  findings: { new: JsonDiffFinding[]; fixed: JsonDiffFinding[]; unchanged: JsonDiffFinding[] };
  summary: {
    workloads: Record<Change, number>;
    findings: { new: JsonCounts; fixed: JsonCounts; unchanged: number };
  };
}

interface JsonCounts {
  errors: number;
  warnings: number;
  info: number;
  suppressed: number;
}

/** The file names of A and B as the user gave them. */
export interface DiffFiles {
  a: string;
  b: string;
}

/** Builds the CONTRACT JSON report of a comparison, messages in `lang`. */
export function toDiffJsonReport(c: Comparison, files: DiffFiles, lang: Lang = 'en'): JsonDiff {
  const { a, b, diff } = c;
  const fixed = diff.findings.fixed.map((i) => a.findings[i]);
  const fresh = diff.findings.new.map((j) => b.findings[j]);
  return {
    tool: 'podscope',
    version: VERSION,
    lang,
    a: files.a,
    b: files.b,
    changed: diff.changed,
    workloads: diff.workloads.map((w) => jsonWorkload(w, a, b)),
    objects: diff.objects,
    findings: {
      new: diff.findings.new.map((j) =>
        jsonFinding(b, j, files.b, diff.findings.namedPathsB[j], lang, true),
      ),
      fixed: diff.findings.fixed.map((i) =>
        jsonFinding(a, i, files.a, diff.findings.namedPathsA[i], lang, false),
      ),
      unchanged: diff.findings.unchanged.map(([, j]) =>
        jsonFinding(b, j, files.b, diff.findings.namedPathsB[j], lang, false),
      ),
    },
    summary: {
      workloads: workloadCounts(diff.workloads),
      findings: {
        new: jsonCounts(countFindings(fresh)),
        fixed: jsonCounts(countFindings(fixed)),
        unchanged: diff.findings.unchanged.length,
      },
    },
  };
}

/** The CONTRACT JSON report as text, two-space indented, ending in a newline. */
export function toDiffJson(c: Comparison, files: DiffFiles, lang: Lang = 'en'): string {
  return JSON.stringify(toDiffJsonReport(c, files, lang), null, 2) + '\n';
}

/** How many workloads were added, removed, changed and left unchanged. */
export function workloadCounts(workloads: readonly WorkloadDiff[]): Record<Change, number> {
  const out: Record<Change, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const w of workloads) out[w.change]++;
  return out;
}

function jsonWorkload(w: WorkloadDiff, a: AnalysisResult, b: AnalysisResult): JsonWorkloadDiff {
  const { a: ia, b: ib, ...rest } = w;
  const where = (r: AnalysisResult, i: number) => ({
    document: r.workloads[i].ref.document,
    workload: i,
  });
  return {
    ...rest,
    ...(ia !== undefined ? { a: where(a, ia) } : {}),
    ...(ib !== undefined ? { b: where(b, ib) } : {}),
  };
}

function jsonFinding(
  r: AnalysisResult,
  index: number,
  file: string,
  namedPath: string,
  lang: Lang,
  withFix: boolean,
): JsonDiffFinding {
  const f: Finding = localizeFinding(r.findings[index], lang);
  const out: JsonDiffFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file,
    document: f.document,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    suppressed: f.suppressed,
    namedPath,
  };
  if (f.suppressed && f.suppressReason) out.suppressReason = f.suppressReason;
  const w = f.workload !== undefined ? r.workloads[f.workload] : undefined;
  if (w) out.workload = { kind: w.ref.kind, name: w.ref.name };
  if (withFix) {
    const fix = fixesFor(r, index)[0];
    if (fix) out.fix = fixTitle(fix, lang);
  }
  return out;
}

function jsonCounts(c: Counts): JsonCounts {
  return { errors: c.error, warnings: c.warning, info: c.info, suppressed: c.suppressed };
}
