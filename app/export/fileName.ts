// Names of downloaded files, made from the workload's name. Names come from the manifest, so
// anything a file system or a download attribute could trip on is replaced.

const MAX_STEM = 80;

/** A file-name-safe stem: letters, digits, dot, dash and underscore; 'pod' when nothing is left. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/[-.]+$/g, '');
  return stem || 'pod';
}

/**
 * `pod-demo-graph.png`, `web-review.md`, `web-change-review.md`: the workload's kind in the name
 * when it is not a Pod.
 */
export function exportFileName(
  workload: { kind: string; name: string } | undefined,
  what: 'graph' | 'review' | 'changes' | 'change-review',
  ext: 'png' | 'svg' | 'md',
): string {
  const name = workload?.name ?? '';
  const kind = workload && workload.kind !== 'Pod' ? `${workload.kind.toLowerCase()}-` : '';
  return `${fileStem(kind + name)}-${what}.${ext}`;
}
