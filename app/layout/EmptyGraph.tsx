import type { AnalysisResult } from '../../src/analysis/result';
import { useTexts } from '../i18n/useTexts';

/** Shown instead of the graph when the input holds no workload. */
export function EmptyGraph({ result }: { result: AnalysisResult }) {
  const T = useTexts('layout').emptyGraph;
  const kinds = result.documents
    .filter((d) => !d.empty && d.kind)
    .map((d) => `${d.kind}${d.name ? ` ${d.name}` : ''}`);
  return (
    <div className="flex h-full items-center justify-center p-8">
      <div className="max-w-md text-center text-sm text-slate-600 dark:text-slate-300">
        <p className="text-base font-medium text-slate-800 dark:text-slate-100">{T.title}</p>
        <p className="mt-2">{T.hint}</p>
        {kinds.length > 0 && (
          <p className="mt-3 text-slate-500 dark:text-slate-400">
            {T.others(kinds.length, kinds.join(T.separator))}
          </p>
        )}
      </div>
    </div>
  );
}
