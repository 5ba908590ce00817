// The real engine behind the command: analysis, rule catalog and graph renderers.
import type { GraphFormat } from './args';
import { DIFF_ENGINE } from './diff';
import type { Engine } from './run';
import type { AnalysisResult } from '../analysis/result';
import { analyze } from '../analysis/analyze';
import { buildGraph } from '../graph/build';
import { toDot } from '../graph/dot';
import { toMermaid } from '../graph/mermaid';
import { reviewReport } from '../report/review';
import { RULES } from '../rules';
import { applyFixesToText, fixesOf, fixTitle } from '../fix/catalog';
import { fixLocation } from '../fix/location';
import { renderTimeline } from './timeline';

/** Renders workload `index` of a result as CONTRACT graph JSON, Mermaid or DOT. */
export function renderGraph(result: AnalysisResult, index: number, format: GraphFormat): string {
  const graph = buildGraph(result, index);
  if (format === 'mermaid') return toMermaid(graph);
  if (format === 'dot') return toDot(graph);
  return JSON.stringify(graph, null, 2) + '\n';
}

export const ENGINE: Engine<AnalysisResult> = {
  analyze,
  rules: RULES,
  renderGraph,
  renderTimeline,
  diff: DIFF_ENGINE,
  renderReview: (result, workload, lang, file) =>
    reviewReport(result, workload, lang, { fileName: file }),
  fix(result, lang) {
    const fixes = fixesOf(result).filter((f) => f.safe);
    return {
      text: applyFixesToText(result, fixes),
      fixed: fixes.map((f) => ({
        ruleId: f.ruleId,
        ...fixLocation(result, f),
        title: fixTitle(f, lang),
      })),
    };
  },
};
