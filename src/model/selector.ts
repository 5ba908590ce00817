// Label selectors as Services use them: which pods a selector picks, by the labels their template
// writes. Small and separate from services.ts, so the page's graph takes only this.
import type { PodModel } from './types';

// Labels the Deployment, StatefulSet, DaemonSet and Job controllers put on the pods they create
// (a Service per StatefulSet pod selects statefulset.kubernetes.io/pod-name, for one).
const CONTROLLER_LABELS: ReadonlySet<string> = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'job-name',
  'controller-uid',
  'batch.kubernetes.io/job-name',
  'batch.kubernetes.io/controller-uid',
  'batch.kubernetes.io/job-completion-index',
]);

/** True when every key=value of the selector is among the labels (an empty one selects nothing). */
export function selectorMatches(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

export function inNamespace(namespace: string | undefined, m: PodModel): boolean {
  return (
    namespace === undefined ||
    m.workload.namespace === undefined ||
    m.workload.namespace === namespace
  );
}

// Labels a controller adds to the pods it creates are not in the template: any value may match.
export function writtenSelector(selector: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(selector).filter(([k]) => !CONTROLLER_LABELS.has(k));
}

/**
 * Whether a Service with this selector (and namespace) selects the pods of a workload, by the
 * labels its template writes: a selector on labels a controller adds (pod-template-hash…)
 * matches the pods of any controller, never a bare Pod.
 */
export function selectsPod(
  service: { selector: Readonly<Record<string, string>>; namespace?: string },
  m: PodModel,
): boolean {
  const written = writtenSelector(service.selector);
  const byController = written.length < Object.keys(service.selector).length;
  return (
    inNamespace(service.namespace, m) &&
    (byController ? m.workload.kind !== 'Pod' : true) &&
    written.every(([k, v]) => m.labels?.[k] === v)
  );
}

/** `app=web, tier=front`: a selector as kubectl prints it. */
export function formatSelector(selector: Readonly<Record<string, string>>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
