// The findings a mechanical edit fixes, and that edit: what the page offers as a button and a lint
// action, and what `podscope lint --fix` applies. A fix is a list of splices (./splice.ts) on one
// or more documents; it is offered only where applying it is right for this pod.
import type { TextEdit } from '../analysis/textEdit';
import { documentText, type AnalysisResult } from '../analysis/result';
import { compareQuantities, parseQuantity } from '../k8s/quantity';
import type { Lang } from '../i18n/lang';
import type { PodSecurityCheckId } from '../k8s/podSecurity';
import { DEFAULT_CONTAINER_ANNOTATION, mainContainerOf } from '../model/mainContainer';
import type { ContainerModel, PodModel, VolumeModel } from '../model/types';
import { parsePath, valueAt } from '../parse/path';
import type { FieldPath, Finding } from '../types';
import { documentValue, isRecord } from './documents';
import { portRename } from './portRename';
import { proposeResources, resourceOps, type ResourceValues } from './resources';
import { applyFixes, type FixOp } from './splice';
import { spliceEdits } from './edits';

/** What kind of edit a fix makes, the same for every finding it fixes. */
export type FixKind =
  | 'size-limit'
  | 'no-privilege-escalation'
  | 'rename-field'
  | 'rename-port'
  | 'default-container'
  | 'resources'
  | 'drop-capabilities';

/** A Pod Security check of a workload that a fix makes pass, where no finding names the field. */
export interface CheckTarget {
  workload: number;
  check: PodSecurityCheckId;
}

/** The ops a fix applies to one document. */
export interface DocumentOps {
  document: number;
  ops: readonly FixOp[];
}

export interface Fix {
  kind: FixKind;
  /** The rule of the finding it fixes; `pod-security` for a Pod Security check. */
  ruleId: string;
  /** The finding it fixes (index into the result's findings), when a finding names it. */
  finding?: number;
  /** The Pod Security check it makes pass, when it fixes one (then `finding` is unset). */
  check?: CheckTarget;
  /** The document it changes first (the finding's, or the workload's). */
  document: number;
  /**
   * Safe fixes change nothing the workload relies on and are applied by `--fix`; the others are
   * offered on the page with values the user confirms.
   */
  safe: boolean;
  /** The value the fix writes, shown in its preview (`1Gi`, `false`, `imagePullPolicy`). */
  value: string;
  /** What it replaces, where that is a name (the old port name). */
  from?: string;
  /** The container it changes, when it changes one. */
  container?: string;
  /** Every document it changes, the finding's first. */
  changes: readonly DocumentOps[];
  /** For `resources`: the values proposed, which the page lets the user change. */
  proposed?: ResourceValues;
}

// A disk-backed emptyDir gets room for scratch files and caches; a tmpfs no more than the
// smallest memory limit of the containers that write to it (it counts against theirs), at most
// 256Mi.
const DISK_SIZE = '1Gi';
const MEMORY_SIZE = '256Mi';

/** Rules some of whose findings have a fix: the page loads the fix code only when one is shown. */
export { FIXABLE_RULES } from './fixable';

/**
 * The fixes for `result.findings[index]` that are mechanical and right for this pod, the one
 * that fixes it most directly first. `taken` holds port names other fixes already use.
 */
export function fixesFor(result: AnalysisResult, index: number, taken?: Set<string>): Fix[] {
  const finding = result.findings[index];
  if (!finding || finding.suppressed) return [];
  const workload = finding.workload !== undefined ? result.workloads[finding.workload] : undefined;
  const model = workload?.model;
  const path = parsePath(finding.path);
  const base = { ruleId: finding.ruleId, finding: index, document: finding.document };
  const here = (ops: FixOp[]): DocumentOps[] => [{ document: finding.document, ops }];
  switch (finding.ruleId) {
    case 'emptydir-no-size-limit':
    case 'memory-volume-unbounded': {
      const volume = model && volumeAt(model, path);
      if (!volume) return [];
      const value = sizeFor(model, volume);
      return [
        {
          ...base,
          kind: 'size-limit',
          safe: true,
          value,
          changes: here([{ op: 'set', path, value }]),
        },
      ];
    }
    case 'privilege-escalation': {
      const container = model && containerAt(model, path);
      // The API server refuses allowPrivilegeEscalation: false on a privileged container or one
      // given CAP_SYS_ADMIN.
      if (!container || container.privileged || hasSysAdmin(container)) return [];
      const op: FixOp = { op: 'set', path, value: false };
      return [
        {
          ...base,
          kind: 'no-privilege-escalation',
          safe: true,
          value: 'false',
          container: container.name,
          changes: here([op]),
        },
      ];
    }
    case 'unknown-field': {
      const suggestion = finding.params.suggestion;
      if (typeof suggestion !== 'string' || !finding.messageId.endsWith('.suggest')) return [];
      if (siblingExists(result, finding, path, suggestion)) return [];
      const op: FixOp = { op: 'renameKey', path, to: suggestion };
      return [
        { ...base, kind: 'rename-field', safe: true, value: suggestion, changes: here([op]) },
      ];
    }
    case 'duplicate-port-name':
    case 'duplicate-port-name-across-containers': {
      const rename = workload && portRename(result, workload, path, taken);
      if (!rename) return [];
      taken?.add(rename.to);
      const container = model && containerAt(model, path);
      return [
        {
          ...base,
          kind: 'rename-port',
          safe: true,
          value: rename.to,
          from: rename.name,
          container: container?.name,
          changes: rename.changes,
        },
      ];
    }
    case 'missing-requests':
    case 'missing-memory-limit':
    case 'sidecar-without-limits': {
      const container = model && containerAt(model, path);
      if (!model || !container) return [];
      const fixes: Fix[] = [];
      if (withoutResources(result, finding, container)) {
        const main = mainContainerOf(model)?.container === container;
        const proposed = proposeResources(model, container, main);
        fixes.push({
          ...base,
          kind: 'resources',
          safe: false,
          value: '',
          container: container.name,
          proposed,
          changes: here(resourceOps(container, proposed)),
        });
      }
      if (finding.ruleId === 'sidecar-without-limits') {
        const named = defaultContainerOps(workload.ref.podSpecPath, model, container);
        // Which container is the pod's main one is the user's call: the page offers it, `--fix`
        // never guesses.
        if (named)
          fixes.push({
            ...base,
            kind: 'default-container',
            safe: false,
            value: container.name,
            container: container.name,
            changes: here(named),
          });
      }
      return fixes;
    }
    default:
      return [];
  }
}

/**
 * The fixes that make a workload's failed Pod Security checks pass where no finding names the
 * field: `drop: [ALL]` for each container the restricted capabilities check fails on for want
 * of it. Safe (and applied by `--fix`) where the container runs as non-root in effect: such a
 * process holds no capabilities to lose (only setuid or file-capability binaries would have
 * used the bounding set). For a root container, the page offers it with a warning: a process
 * that switches user or changes file owners at start (nginx, many databases' entrypoints) needs
 * CHOWN, SETUID, SETGID and fails without them.
 */
export function checkFixes(result: AnalysisResult, workload: number): Fix[] {
  const w = result.workloads[workload];
  if (!w) return [];
  const failure = w.podSecurity.failures.find((f) => f.check === 'capabilities_restricted');
  if (!failure) return [];
  const fixes: Fix[] = [];
  w.model.containers.forEach((c, i) => {
    if (!failure.containers.includes(c.name) || c.privileged) return;
    const written = w.securityContexts.containers[i];
    const drop = written?.capabilities?.drop ?? [];
    if (drop.includes('ALL')) return;
    const value = [...drop.filter((d) => d.toUpperCase() !== 'ALL'), 'ALL'];
    const path = [...c.path, 'securityContext', 'capabilities', 'drop'];
    const user = written?.runAsUser ?? w.securityContexts.pod.runAsUser;
    const nonRoot =
      user !== undefined
        ? user !== 0
        : (written?.runAsNonRoot ?? w.securityContexts.pod.runAsNonRoot) === true;
    fixes.push({
      kind: 'drop-capabilities',
      ruleId: 'pod-security',
      check: { workload, check: 'capabilities_restricted' },
      document: w.ref.document,
      safe: nonRoot,
      value: `drop: [${value.join(', ')}]`,
      container: c.name,
      changes: [{ document: w.ref.document, ops: [{ op: 'set', path, value }] }],
    });
  });
  return fixes;
}

/** The first fix for `result.findings[index]`. */
export function fixFor(result: AnalysisResult, index: number): Fix | undefined {
  return fixesFor(result, index)[0];
}

/**
 * Every fix the result's findings have, in finding order (renamed ports get distinct names),
 * then the fixes of failed Pod Security checks, workload by workload.
 */
export function fixesOf(result: AnalysisResult): Fix[] {
  const taken = new Map<number, Set<string>>();
  const ofFindings = result.findings.flatMap((f, i) => {
    const key = f.workload ?? -1;
    const names = taken.get(key) ?? new Set<string>();
    taken.set(key, names);
    return fixesFor(result, i, names);
  });
  return [...ofFindings, ...result.workloads.flatMap((_, i) => checkFixes(result, i))];
}

/** The resources fix of `fix`'s container with the values the user confirmed. */
export function withResources(result: AnalysisResult, fix: Fix, values: ResourceValues): Fix {
  const finding = fix.finding === undefined ? undefined : result.findings[fix.finding];
  const model =
    finding?.workload !== undefined ? result.workloads[finding.workload]?.model : undefined;
  const container = model?.containers.find((c) => c.name === fix.container);
  if (!container) return fix;
  return { ...fix, changes: [{ document: fix.document, ops: resourceOps(container, values) }] };
}

// Ops of several fixes, gathered per document in the order given.
function byDocument(fixes: readonly Fix[]): Map<number, FixOp[]> {
  const out = new Map<number, FixOp[]>();
  for (const f of fixes)
    for (const c of f.changes) out.set(c.document, [...(out.get(c.document) ?? []), ...c.ops]);
  return out;
}

/**
 * The replacements that apply `fixes`, in offsets of the whole text, sorted and apart: one per
 * changed stretch, so an editor moves the cursor and marks around them as around typing.
 */
export function fixEdits(result: AnalysisResult, fixes: readonly Fix[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [index, ops] of byDocument(fixes)) {
    const doc = result.documents[index];
    if (!doc) continue;
    for (const e of spliceEdits(documentText(result, doc), ops))
      edits.push({ from: e.from + doc.offset, to: e.to + doc.offset, insert: e.insert });
  }
  return edits.sort((a, b) => a.from - b.from);
}

/** `text` with `fixes` applied. */
export function applyFixesToText(result: AnalysisResult, fixes: readonly Fix[]): string {
  let text = result.text;
  const docs = [...byDocument(fixes)].sort((a, b) => b[0] - a[0]);
  for (const [index, ops] of docs) {
    const doc = result.documents[index];
    if (!doc) continue;
    const fixed = applyFixes(documentText(result, doc), ops);
    text = text.slice(0, doc.offset) + fixed + text.slice(doc.endOffset);
  }
  return text;
}

const sameStart = (prefix: FieldPath, path: FieldPath): boolean =>
  prefix.length <= path.length && prefix.every((s, i) => s === path[i]);

function volumeAt(model: PodModel, path: FieldPath): VolumeModel | undefined {
  return model.volumes.find((v) => !v.fromClaimTemplate && sameStart(v.path, path));
}

function containerAt(model: PodModel, path: FieldPath): ContainerModel | undefined {
  return model.containers.find((c) => sameStart(c.path, path));
}

const hasSysAdmin = (c: ContainerModel): boolean =>
  c.capabilitiesAdd.some((cap) => /^(CAP_)?SYS_ADMIN$/i.test(cap) || /^ALL$/i.test(cap));

function sizeFor(model: PodModel, volume: VolumeModel): string {
  if (volume.medium !== 'Memory') return DISK_SIZE;
  let best = MEMORY_SIZE;
  for (const c of model.containers) {
    if (!c.mounts.some((m) => m.name === volume.name)) continue;
    const limit = c.resources.limits.memory;
    const q = parseQuantity(limit);
    const cap = parseQuantity(best);
    if (limit !== undefined && q.ok && cap.ok && compareQuantities(q.value, cap.value) < 0)
      best = limit;
  }
  return best;
}

// A rename onto a key the map already has would write it twice.
function siblingExists(result: AnalysisResult, finding: Finding, path: FieldPath, key: string) {
  const doc = result.documents[finding.document];
  const parent = doc && valueAt(documentValue(result, doc), path.slice(0, -1));
  return !isRecord(parent) || key in parent;
}

// A container without any `resources` (absent, null or an empty map) gets a whole block.
function withoutResources(result: AnalysisResult, finding: Finding, c: ContainerModel): boolean {
  if (c.role === 'ephemeral') return false;
  const doc = result.documents[finding.document];
  if (!doc) return false;
  const raw = valueAt(documentValue(result, doc), [...c.path, 'resources']);
  return raw === undefined || raw === null || (isRecord(raw) && Object.keys(raw).length === 0);
}

// Names `container` the main one with the default-container annotation on the pod's metadata, when
// the main container was only inferred and `container` could be it (an app container).
function defaultContainerOps(
  podSpecPath: FieldPath,
  model: PodModel,
  container: ContainerModel,
): FixOp[] | undefined {
  const main = mainContainerOf(model);
  // Never a well-known helper (a mesh proxy, a log shipper): those are not what the pod is for.
  if (!main || main.reason === 'annotation' || container.role !== 'app') return undefined;
  if (container.wellKnown !== undefined) return undefined;
  if (podSpecPath.at(-1) !== 'spec') return undefined;
  const path = [
    ...podSpecPath.slice(0, -1),
    'metadata',
    'annotations',
    { key: DEFAULT_CONTAINER_ANNOTATION },
  ];
  return [{ op: 'set', path, value: container.name }];
}

/** The fix's title on the page and in `--fix`'s report. */
export function fixTitle(fix: Fix, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (fix.kind) {
    case 'size-limit':
      return zh ? `设置 sizeLimit: ${fix.value}` : `Set sizeLimit: ${fix.value}`;
    case 'no-privilege-escalation':
      return zh ? '设置 allowPrivilegeEscalation: false' : 'Set allowPrivilegeEscalation: false';
    case 'rename-field':
      return zh ? `改为 ${fix.value}` : `Rename to ${fix.value}`;
    case 'rename-port':
      return zh
        ? `将端口 ${fix.from ?? ''} 重命名为 ${fix.value}（连同引用它的探针和 Service）`
        : `Rename port ${fix.from ?? ''} to ${fix.value} (with the probes and Services that use it)`;
    case 'default-container':
      return zh
        ? `将 ${fix.value} 设为主容器（default-container 注解）`
        : `Make ${fix.value} the main container (default-container annotation)`;
    case 'resources':
      return zh
        ? `为容器 ${fix.container ?? ''} 添加 resources（请求（request）和限制（limit））`
        : `Add a resources block to container ${fix.container ?? ''}`;
    case 'drop-capabilities':
      return zh
        ? `容器 ${fix.container ?? ''} 丢弃所有权能（capability）（drop: [ALL]）`
        : `Drop ALL capabilities in container ${fix.container ?? ''}`;
  }
}
