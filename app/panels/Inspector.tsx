import { useMemo } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { PodGraph } from '../../src/graph/types';
import type { Selection } from '../state/types';
import type { InspectorContext } from './inspector/context';
import { TargetHeader } from './inspector/TargetHeader';
import { TargetView } from './inspector/TargetView';
import { relatedFindings } from './related';
import { resolveTarget } from '../state/target';
import { useTexts } from '../i18n/useTexts';

interface Props {
  result: AnalysisResult;
  workload: number;
  graph: PodGraph;
  selection: Selection | null;
  onSelect: (s: Selection) => void;
  onReveal?: (from: number, to: number) => void;
}

/**
 * Everything that matters about the selected element, its own values and findings first and
 * the explanation after; the pod when nothing is selected.
 */
export function Inspector({ result, workload, graph, selection, onSelect, onReveal }: Props) {
  const w = result.workloads[workload];
  const P = useTexts('panels');
  const target = useMemo(() => resolveTarget(result, graph, selection), [result, graph, selection]);
  const related = useMemo(
    () =>
      target && target.kind !== 'finding' ? relatedFindings(result, workload, graph, target) : [],
    [result, workload, graph, target],
  );
  if (!w || !target) return null;
  const ctx: InspectorContext = { result, workload: w, graph, onSelect, onReveal };
  return (
    <section
      aria-label={P.inspector.label}
      data-inspector={target.kind === 'node' ? target.node.kind : target.kind}
      className="bg-white pb-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
    >
      <TargetHeader target={target} ctx={ctx} />
      <TargetView target={target} ctx={ctx} related={related} />
    </section>
  );
}
