// Which findings touch an inspected element. A node is touched as the graph badges it
// (nodesTouchedBy); a port chip by the findings that name it; a mount by the findings at its
// path or naming both its container and its volume.
import type { AnalysisResult } from '../../src/analysis/result';
import { pathWithin } from '../../src/graph/marks';
import { nodesTouchedBy } from '../../src/graph/touched';
import type { PodGraph } from '../../src/graph/types';
import type { Finding } from '../../src/types';
import type { FindingEntry } from './findingGroups';
import type { Target } from '../state/target';

/** True when the finding belongs to the workload (its document, and its pod spec). */
function ofWorkload(f: Finding, result: AnalysisResult, workload: number): boolean {
  const w = result.workloads[workload];
  if (!w || f.document !== w.ref.document) return false;
  return f.workload === workload || (f.workload === undefined && pathWithin(f.path, w.podSpecPath));
}

function touches(f: Finding, target: Target, graph: PodGraph): boolean {
  switch (target.kind) {
    case 'node':
      return nodesTouchedBy(f, graph).includes(target.node.id);
    case 'port': {
      const { container, port, protocol } = target.chip;
      return (f.ports ?? []).includes(`${container}:${port}/${protocol}`);
    }
    case 'mount': {
      const container = graph.nodes.find((n) => n.id === target.edge.source)?.name;
      const volume = graph.nodes.find((n) => n.id === target.edge.target)?.name;
      return (
        pathWithin(f.path, target.edge.path) ||
        (container !== undefined &&
          volume !== undefined &&
          (f.containers ?? []).includes(container) &&
          (f.volumes ?? []).includes(volume))
      );
    }
    case 'edge':
    case 'finding':
      return false;
  }
}

/** The findings (suppressed ones too) of the workload that touch the target, in list order. */
export function relatedFindings(
  result: AnalysisResult,
  workload: number,
  graph: PodGraph,
  target: Target,
): FindingEntry[] {
  const out: FindingEntry[] = [];
  result.findings.forEach((finding, index) => {
    if (ofWorkload(finding, result, workload) && touches(finding, target, graph))
      out.push({ finding, index });
  });
  return out;
}
