// The findings a mechanical edit fixes, and that edit: what the page offers as a button and a lint
// action, and what `podscope lint --fix` applies. A fix is a list of splices (./splice.ts) on the
// finding's document; it is offered only where applying it is right for this pod.
import type { TextEdit } from '../analysis/textEdit';
import { documentText, type AnalysisResult } from '../analysis/result';
import { compareQuantities, parseQuantity } from '../k8s/quantity';
import type { Lang } from '../i18n/lang';
import type { ContainerModel, PodModel, VolumeModel } from '../model/types';
import { parsePath } from '../parse/path';
import type { FieldPath, Finding } from '../types';
import { parse } from 'yaml';
import { applyFixes, type FixOp } from './splice';

/** What kind of edit a fix makes, the same for every finding it fixes. */
export type FixKind = 'size-limit' | 'no-privilege-escalation' | 'rename-field';

export interface Fix {
  kind: FixKind;
  ruleId: string;
  /** The finding it fixes (index into the result's findings). */
  finding: number;
  document: number;
  /**
   * Safe fixes change nothing the workload relies on and are applied by `--fix`; the others are
   * offered on the page with values the user confirms.
   */
  safe: boolean;
  /** The value the fix writes, shown in its preview (`1Gi`, `false`, `imagePullPolicy`). */
  value: string;
  ops: readonly FixOp[];
}

// A disk-backed emptyDir gets room for scratch files and caches; a tmpfs no more than the
// smallest memory limit of the containers that write to it (it counts against theirs), at most
// 256Mi.
const DISK_SIZE = '1Gi';
const MEMORY_SIZE = '256Mi';

/** The fix for `result.findings[index]`, when its fix is mechanical and right for this pod. */
export function fixFor(result: AnalysisResult, index: number): Fix | undefined {
  const finding = result.findings[index];
  if (!finding || finding.suppressed) return undefined;
  const model =
    finding.workload !== undefined ? result.workloads[finding.workload]?.model : undefined;
  const path = parsePath(finding.path);
  const base = { ruleId: finding.ruleId, finding: index, document: finding.document };
  switch (finding.ruleId) {
    case 'emptydir-no-size-limit':
    case 'memory-volume-unbounded': {
      const volume = model && volumeAt(model, path);
      if (!volume) return undefined;
      const value = sizeFor(model, volume);
      return { ...base, kind: 'size-limit', safe: true, value, ops: [{ op: 'set', path, value }] };
    }
    case 'privilege-escalation': {
      const container = model && containerAt(model, path);
      // The API server refuses allowPrivilegeEscalation: false on a privileged container or one
      // given CAP_SYS_ADMIN.
      if (!container || container.privileged || hasSysAdmin(container)) return undefined;
      return {
        ...base,
        kind: 'no-privilege-escalation',
        safe: true,
        value: 'false',
        ops: [{ op: 'set', path, value: false }],
      };
    }
    case 'unknown-field': {
      const suggestion = finding.params.suggestion;
      if (typeof suggestion !== 'string' || !finding.messageId.endsWith('.suggest'))
        return undefined;
      if (siblingExists(result, finding, path, suggestion)) return undefined;
      return {
        ...base,
        kind: 'rename-field',
        safe: true,
        value: suggestion,
        ops: [{ op: 'renameKey', path, to: suggestion }],
      };
    }
    default:
      return undefined;
  }
}

/** Every fix the result's findings have, in finding order. */
export function fixesOf(result: AnalysisResult): Fix[] {
  return result.findings.flatMap((_, i) => fixFor(result, i) ?? []);
}

/**
 * The replacement of the whole text that applies `fixes` (all in one document or several), as
 * one edit per document: offsets are the whole text's.
 */
export function fixEdits(result: AnalysisResult, fixes: readonly Fix[]): TextEdit[] {
  const byDocument = new Map<number, FixOp[]>();
  for (const f of fixes)
    byDocument.set(f.document, [...(byDocument.get(f.document) ?? []), ...f.ops]);
  const edits: TextEdit[] = [];
  for (const [index, ops] of byDocument) {
    const doc = result.documents[index];
    if (!doc) continue;
    const before = documentText(result, doc);
    edits.push({ from: doc.offset, to: doc.endOffset, insert: applyFixes(before, ops) });
  }
  return edits.sort((a, b) => b.from - a.from);
}

/** `text` with `fixes` applied. */
export function applyFixesToText(result: AnalysisResult, fixes: readonly Fix[]): string {
  let text = result.text;
  for (const e of fixEdits(result, fixes))
    text = text.slice(0, e.from) + e.insert + text.slice(e.to);
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
  if (!doc) return true;
  let node: unknown = parse(documentText(result, doc));
  for (const seg of path.slice(0, -1)) {
    const k = typeof seg === 'object' ? seg.key : seg;
    node = isRecord(node) ? node[k] : undefined;
  }
  return !isRecord(node) || key in node;
}

const isRecord = (v: unknown): v is Record<string | number, unknown> =>
  v !== null && typeof v === 'object';

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
  }
}
