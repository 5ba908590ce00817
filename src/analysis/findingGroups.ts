// One cause, one entry: findings that one edit would fix, and one rule repeated on many
// containers, gathered into groups. Pure and linear in the number of findings: the page groups
// every analysis result once, and a rendered chart has tens of thousands of findings.
import { SEVERITY_RANK, type Finding, type Severity } from '../types';

/** Rules about a value missing from one container's `resources`: one edit there fixes them all. */
const RESOURCE_RULES = new Set([
  'missing-memory-limit',
  'missing-requests',
  'sidecar-without-limits',
]);
/** A pod-level finding that any container's requests or limits fix. */
const BEST_EFFORT = 'best-effort-pod';

/** Why the findings of a group belong together. */
export type GroupCause =
  /** One container's resources: `none` when it requests and limits neither CPU nor memory. */
  | { kind: 'resources'; container: string; none: boolean }
  /** One rule, reported again and again; `containers` counts the distinct containers it names. */
  | { kind: 'rule'; ruleId: string; containers: number };

export interface FindingGroup {
  /** Stable within one file's findings: the JSON report's `group`. */
  id: string;
  cause: GroupCause;
  /** The most severe of its findings that need attention (of all of them when every one is suppressed). */
  severity: Severity;
  /** Indexes into the findings grouped, in their order there; always two or more. */
  members: number[];
}

export interface FindingGrouping {
  /** Groups in the order of their first finding. */
  groups: FindingGroup[];
  /** For each finding, the index of its group in `groups`, or -1 when it stands alone. */
  groupOf: Int32Array;
  /** Entries a reader goes through: the groups and the findings that stand alone. */
  entries: number;
}

const CONTAINER = /^.*?(?:initContainers|containers|ephemeralContainers)\[\d+\]/;

/**
 * Groups findings: each container's resources findings (with the pod's best-effort-pod finding,
 * which the same edit fixes) when there are two or more, then, among the rest, each rule at one
 * severity that is reported two or more times. A finding is in at most one group.
 */
export function groupFindings(findings: readonly Finding[]): FindingGrouping {
  const groupOf = new Int32Array(findings.length).fill(-1);
  const drafts: { id: string; cause: GroupCause; members: number[] }[] = [];

  // Resources findings by workload (its index, else the document's, negative) and container name
  // (unique in a pod). Keys are what the findings already hold: a key string built per finding
  // costs more than the whole grouping.
  const byContainer = new Map<number, Map<string, number[]>>();
  const bestEffort: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.ruleId === BEST_EFFORT) bestEffort.push(i);
    if (!RESOURCE_RULES.has(f.ruleId)) continue;
    const name = f.containers?.[0];
    if (name === undefined) continue;
    const pod = f.workload ?? -1 - f.document;
    let inPod = byContainer.get(pod);
    if (!inPod) byContainer.set(pod, (inPod = new Map<string, number[]>()));
    const list = inPod.get(name);
    if (list) list.push(i);
    else inPod.set(name, [i]);
  }
  const byWorkload = new Map<string, number[]>();
  for (const members of [...byContainer.values()].flatMap((m) => [...m.values()])) {
    if (members.length < 2) continue;
    const first = findings[members[0]];
    const at = CONTAINER.exec(first.path);
    if (!at) continue;
    const container = first.containers?.[0] ?? '';
    const none = members.some(
      (i) =>
        findings[i].ruleId === 'missing-requests' &&
        findings[i].path.endsWith('.resources.requests'),
    );
    const group = drafts.length;
    drafts.push({
      id: `resources:${first.document}:${at[0]}`,
      cause: { kind: 'resources', container, none },
      members,
    });
    for (const i of members) groupOf[i] = group;
    const workload = workloadKey(first);
    const groups = byWorkload.get(workload);
    if (groups) groups.push(group);
    else byWorkload.set(workload, [group]);
  }
  for (const i of bestEffort) {
    const candidates = byWorkload.get(workloadKey(findings[i]));
    if (!candidates) continue;
    const group = mainGroup(candidates, drafts, findings);
    drafts[group].members.push(i);
    groupOf[i] = group;
  }

  // The rest: one rule at one severity, reported more than once.
  const byRule: Record<Severity, Map<string, number[]>> = {
    error: new Map(),
    warning: new Map(),
    info: new Map(),
  };
  for (let i = 0; i < findings.length; i++) {
    if (groupOf[i] !== -1) continue;
    const f = findings[i];
    const rules = byRule[f.severity];
    const list = rules.get(f.ruleId);
    if (list) list.push(i);
    else rules.set(f.ruleId, [i]);
  }
  for (const [severity, rules] of Object.entries(byRule))
    for (const [ruleId, members] of rules) {
      if (members.length < 2) continue;
      const group = drafts.length;
      drafts.push({
        id: `rule:${ruleId}:${severity}`,
        cause: { kind: 'rule', ruleId, containers: countContainers(members, findings) },
        members,
      });
      for (const i of members) groupOf[i] = group;
    }

  // Groups in the order of their first finding; members in list order.
  for (const d of drafts) d.members.sort((a, b) => a - b);
  const order = drafts
    .map((_, at) => at)
    .sort((a, b) => drafts[a].members[0] - drafts[b].members[0]);
  const renumber = new Int32Array(drafts.length);
  order.forEach((at, n) => (renumber[at] = n));
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i] !== -1) groupOf[i] = renumber[groupOf[i]];
  const groups = order.map((at): FindingGroup => {
    const { id, cause, members } = drafts[at];
    return { id, cause, severity: severityOf(members, findings), members };
  });
  let alone = 0;
  for (const g of groupOf) if (g === -1) alone++;
  return { groups, groupOf, entries: groups.length + alone };
}

/** The group ids of a file's findings, for reports: a finding alone has none. */
export function groupIds(findings: readonly Finding[]): Map<Finding, string> {
  const { groups } = groupFindings(findings);
  const ids = new Map<Finding, string>();
  for (const g of groups) for (const i of g.members) ids.set(findings[i], g.id);
  return ids;
}

function workloadKey(f: Finding): string {
  return `${f.document}:${f.workload ?? ''}`;
}

/**
 * The group best-effort-pod joins: the main container's (as sidecar-without-limits names it),
 * else the first app container's, else the first.
 */
function mainGroup(
  candidates: readonly number[],
  drafts: readonly { cause: GroupCause; members: number[] }[],
  findings: readonly Finding[],
): number {
  let main: string | undefined;
  for (const g of candidates) {
    for (const i of drafts[g].members) {
      const m = findings[i].ruleId === 'sidecar-without-limits' && findings[i].params.main;
      if (m) main = String(m);
    }
  }
  const named = (g: number) => {
    const cause = drafts[g].cause;
    return cause.kind === 'resources' && cause.container === main;
  };
  const app = (g: number) => /(^|\.)containers\[/.test(findings[drafts[g].members[0]].path);
  return candidates.find(named) ?? candidates.find(app) ?? candidates[0];
}

function countContainers(members: readonly number[], findings: readonly Finding[]): number {
  const seen = new Map<number, Set<string>>();
  let n = 0;
  for (const i of members) {
    const f = findings[i];
    if (f.containers?.length !== 1) return 0;
    let names = seen.get(f.document);
    if (!names) seen.set(f.document, (names = new Set()));
    if (!names.has(f.containers[0])) {
      names.add(f.containers[0]);
      n++;
    }
  }
  return n;
}

function severityOf(members: readonly number[], findings: readonly Finding[]): Severity {
  let best: Severity | undefined;
  let any: Severity = 'info';
  for (const i of members) {
    const f = findings[i];
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[any]) any = f.severity;
    if (!f.suppressed && (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best]))
      best = f.severity;
  }
  return best ?? any;
}
