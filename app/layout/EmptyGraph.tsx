import type { AnalysisResult } from '../../src/analysis';

/** Shown instead of the graph when the input holds no workload. */
export function EmptyGraph({ result }: { result: AnalysisResult }) {
  const kinds = result.documents
    .filter((d) => !d.empty && d.kind)
    .map((d) => `${d.kind}${d.name ? ` ${d.name}` : ''}`);
  return (
    <div className="flex h-full items-center justify-center p-8">
      <div className="max-w-md text-center text-sm text-slate-600 dark:text-slate-300">
        <p className="text-base font-medium text-slate-800 dark:text-slate-100">
          No pod to draw yet
        </p>
        <p className="mt-2">
          Paste, upload or drop a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob manifest,
          or open an example.
        </p>
        {kinds.length > 0 && (
          <p className="mt-3 text-slate-500 dark:text-slate-400">
            This input holds {kinds.length === 1 ? 'one object' : `${kinds.length} objects`} that
            are not workloads: {kinds.join(', ')}.
          </p>
        )}
      </div>
    </div>
  );
}
