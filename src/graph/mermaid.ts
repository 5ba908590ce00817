// The pod graph as a Mermaid flowchart: the pod is a subgraph holding hubs and containers.
import { edgeLabel, insidePod, nodeLines } from './labels';
import type { GraphEdge, GraphNode, PodGraph } from './types';

/**
 * Escapes text for a quoted Mermaid label. Mermaid decodes `#NN;` codes itself and renders
 * labels as HTML, so quotes, markup characters, `#` and backticks (Markdown strings) all go
 * through codes; line breaks are ours to add.
 */
export function mermaidText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/["<>&#`]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

function label(lines: string[]): string {
  return `"${lines.map(mermaidText).join('<br/>')}"`;
}

function shape(n: GraphNode, text: string): string {
  switch (n.kind) {
    case 'volume':
      return `[(${text})]`;
    case 'namespace':
      return `([${text}])`;
    case 'host':
      return `{{${text}}}`;
    case 'object':
      return `[[${text}]]`;
    default:
      return `[${text}]`;
  }
}

const ARROWS: Record<GraphEdge['kind'], string> = {
  mount: '-->',
  member: '-.-',
  order: '==>',
  'uses-host': '-.->',
  reference: '-.->',
};

/** Renders the graph as Mermaid flowchart source. Node ids are `n0`, `n1`, … in graph order. */
export function toMermaid(graph: PodGraph): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const def = (n: GraphNode): string => `${ids.get(n.id)}${shape(n, label(nodeLines(n)))}`;
  const pod = graph.nodes.find((n) => n.kind === 'pod');
  const out = ['flowchart TB'];
  out.push(
    `  subgraph ${pod ? ids.get(pod.id) : 'pod'}[${label(pod ? nodeLines(pod) : [graph.workload.name])}]`,
  );
  out.push('    direction TB');
  for (const n of graph.nodes.filter(insidePod)) out.push(`    ${def(n)}`);
  out.push('  end');
  for (const n of graph.nodes.filter((x) => x.kind !== 'pod' && !insidePod(x)))
    out.push(`  ${def(n)}`);
  for (const e of graph.edges) {
    const text = edgeLabel(e);
    const arrow = ARROWS[e.kind];
    out.push(
      `  ${ids.get(e.source)} ${arrow}${text !== undefined ? `|${label([text])}|` : ''} ${ids.get(e.target)}`,
    );
  }
  out.push('  classDef error stroke:#dc2626,stroke-width:3px');
  out.push('  classDef warning stroke:#d97706,stroke-width:2px');
  out.push('  classDef info stroke:#2563eb');
  for (const severity of ['error', 'warning', 'info'] as const) {
    const marked = graph.nodes
      .filter((n) => n.kind !== 'pod' && n.severity === severity)
      .map((n) => ids.get(n.id));
    if (marked.length > 0) out.push(`  class ${marked.join(',')} ${severity}`);
  }
  return out.join('\n') + '\n';
}
