// Words for the parts of a change, shared by the text and Markdown reports: an element's title,
// a value, a removed element's former mounts, a workload's name.
import type { AnalysisResult } from '../analysis/result';
import type { Lang } from '../i18n/lang';
import { reviewTexts } from '../report/reviewTexts';
import { diffTexts } from './texts';
import type { ElementDiff, WorkloadDiff } from './types';

/** `Deployment/shop`, with the template label of a custom resource's pod template. */
export function workloadName(w: Pick<WorkloadDiff, 'kind' | 'name' | 'templateLabel'>): string {
  return `${w.kind}/${w.name}${w.templateLabel ? ` (${w.templateLabel})` : ''}`;
}

/** A value as a report shows it; `null` (not set) in words. */
export function valueText(v: string | null, lang: Lang): string {
  return v ?? diffTexts(lang).notSet;
}

/**
 * What to say beside an element's title: an added container's role and image (from B), a
 * removed one's (from A); empty for other elements.
 */
export function elementAside(
  e: ElementDiff,
  w: WorkloadDiff,
  a: AnalysisResult,
  b: AnalysisResult,
  lang: Lang,
): string {
  if (e.kind !== 'container' || e.change === 'changed') return '';
  const result = e.change === 'added' ? b : a;
  const index = e.change === 'added' ? w.b : w.a;
  const c =
    index === undefined
      ? undefined
      : result.workloads[index]?.model.containers.find((x) => `container:${x.name}` === e.id);
  if (!c) return '';
  const role = reviewTexts(lang).containers.role[c.role];
  return [role, c.image].filter(Boolean).join(diffTexts(lang).comma);
}

/** A removed volume's former mounts, one line each (`was mounted by app at /data`). */
export function formerMounts(e: ElementDiff, lang: Lang): string[] {
  if (e.change !== 'removed' || e.kind !== 'volume') return [];
  const t = diffTexts(lang);
  return (e.formerEdges ?? []).flatMap((edge) =>
    edge.kind === 'mount' && edge.target === e.id
      ? [t.formerMount(edge.source.replace(/^container:/, ''), edge.mountPath, edge.readOnly)]
      : [],
  );
}

const KIND_ORDER: readonly string[] = [
  'pod',
  'container',
  'volume',
  'namespace',
  'host',
  'service',
  'object',
];

/** Elements by kind (the pod, containers, volumes, …), removed ones beside the others of their kind. */
export function readingOrder(elements: readonly ElementDiff[]): ElementDiff[] {
  const rank = (e: ElementDiff) => {
    const i = KIND_ORDER.indexOf(e.kind);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return [...elements].sort((x, y) => rank(x) - rank(y));
}
