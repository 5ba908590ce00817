// The pod graph in Graphviz DOT: the pod is `cluster_pod` holding hubs and containers.
import { edgeLabel, insidePod, nodeLines } from './labels';
import type { GraphEdge, GraphNode, PodGraph } from './types';

/**
 * Quotes text as a DOT string. Inside quotes only `"` and `\` are special (a backslash starts
 * Graphviz escapes such as `\N` or `\l`), and `<`/`>` only matter for HTML labels, which we
 * never emit; line breaks become `\n`, which Graphviz renders as a centred new line.
 */
export function dotString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')}"`;
}

function label(lines: string[]): string {
  return dotString(lines.join('\n'));
}

const SHAPES: Record<GraphNode['kind'], string> = {
  pod: 'box',
  container: 'box',
  volume: 'cylinder',
  namespace: 'ellipse',
  host: 'hexagon',
  object: 'note',
  service: 'component',
};

const COLORS = { error: '#dc2626', warning: '#d97706', info: '#2563eb' } as const;

function nodeAttrs(n: GraphNode): string {
  const attrs = [`label=${label(nodeLines(n))}`, `shape=${SHAPES[n.kind]}`];
  if (n.kind === 'container' && n.role === 'ephemeral') attrs.push('style="rounded,dashed"');
  if (n.kind === 'host') attrs.push('style=dashed');
  if (n.severity) attrs.push(`color=${dotString(COLORS[n.severity])}`, 'penwidth=2');
  return attrs.join(', ');
}

function edgeAttrs(e: GraphEdge): string {
  const attrs = [`id=${dotString(e.id)}`];
  const text = edgeLabel(e);
  if (text !== undefined) attrs.push(`label=${dotString(text)}`);
  if (e.kind === 'member') attrs.push('style=dotted', 'arrowhead=none');
  if (e.kind === 'order') attrs.push('penwidth=2');
  if (e.kind === 'uses-host') attrs.push('style=dashed', `color=${dotString(COLORS.error)}`);
  if (e.kind === 'reference') attrs.push('style=dashed');
  if (e.kind === 'targets') attrs.push(`color=${dotString('#0891b2')}`);
  return attrs.join(', ');
}

/** Renders the graph as a Graphviz digraph; node ids are the graph's own ids, quoted. */
export function toDot(graph: PodGraph): string {
  const pod = graph.nodes.find((n) => n.kind === 'pod');
  const out = [
    'digraph podscope {',
    '  rankdir=TB;',
    '  compound=true;',
    '  node [fontname="Helvetica", fontsize=11, style=rounded];',
  ];
  out.push('  subgraph cluster_pod {');
  out.push(`    label=${label(pod ? nodeLines(pod) : [graph.workload.name])};`);
  if (pod?.severity) out.push(`    color=${dotString(COLORS[pod.severity])};`);
  for (const n of graph.nodes.filter(insidePod))
    out.push(`    ${dotString(n.id)} [${nodeAttrs(n)}];`);
  out.push('  }');
  for (const n of graph.nodes.filter((x) => x.kind !== 'pod' && !insidePod(x)))
    out.push(`  ${dotString(n.id)} [${nodeAttrs(n)}];`);
  for (const e of graph.edges)
    out.push(`  ${dotString(e.source)} -> ${dotString(e.target)} [${edgeAttrs(e)}];`);
  out.push('}');
  return out.join('\n') + '\n';
}
