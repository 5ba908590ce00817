// Findings → the nodes and port chips they touch, so the graph can badge them.
import { SEVERITY_RANK, type Finding, type Severity } from '../types';

/** Severity and count of the unsuppressed findings that touch one node or chip. */
export interface Mark {
  severity: Severity;
  count: number;
}

/** Collects marks by key (a node id, or `port:CONTAINER:PORT/PROTOCOL` for chips). */
export class Marks {
  private readonly byKey = new Map<string, { severity: Severity; seen: Set<number> }>();

  /** Records that finding number `finding` touches `key`; a finding counts once per key. */
  add(key: string, finding: number, severity: Severity): void {
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { severity, seen: new Set([finding]) });
      return;
    }
    entry.seen.add(finding);
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[entry.severity]) entry.severity = severity;
  }

  get(key: string): Mark | undefined {
    const entry = this.byKey.get(key);
    return entry && { severity: entry.severity, count: entry.seen.size };
  }
}

/** Key of a port chip, as findings name it in their `ports` field (`web:8080/TCP`). */
export function chipKey(container: string, port: number, protocol: string): string {
  return `port:${container}:${port}/${protocol}`;
}

/** True when the API-server path `path` is `prefix` or lies below it. */
export function pathWithin(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

/** The unsuppressed findings of one workload, with their index in `findings`. */
export function workloadFindings(
  findings: readonly Finding[],
  workload: number,
  document: number,
  podSpecPath: string,
): { finding: Finding; index: number }[] {
  const out: { finding: Finding; index: number }[] = [];
  // Findings are sorted by document: look only at this document's run of them, so building the
  // graphs of thousands of workloads stays linear.
  for (let index = firstOfDocument(findings, document); index < findings.length; index++) {
    const finding = findings[index];
    if (finding.document !== document) break;
    if (finding.suppressed) continue;
    // Document-level findings (schema, syntax) may carry no workload index; their path places them.
    const mine =
      finding.workload === workload ||
      (finding.workload === undefined && pathWithin(finding.path, podSpecPath));
    if (mine) out.push({ finding, index });
  }
  return out;
}

function firstOfDocument(findings: readonly Finding[], document: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid].document < document) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
