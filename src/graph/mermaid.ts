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
    case 'service':
      return `>${text}]`;
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
  targets: '-->',
};

/** A mark for a node or edge that changed between two versions (a change review). */
export interface MermaidMark {
  change: 'added' | 'removed' | 'changed';
  /** Words that say the change without colour (`+ added`), put before the element's text. */
  label: string;
}

export interface MermaidOptions {
  /** Marks by node id. */
  marks?: ReadonlyMap<string, MermaidMark>;
  /** Marks by edge id. */
  edgeMarks?: ReadonlyMap<string, MermaidMark>;
}

// Colours and dashes for the marks; the label words carry them without colour.
const MARK_STYLES: Record<MermaidMark['change'], string> = {
  added: 'stroke:#16a34a,stroke-width:3px',
  removed: 'stroke:#6b7280,stroke-width:2px,stroke-dasharray:5 5,color:#6b7280',
  changed: 'stroke:#7c3aed,stroke-width:3px',
};

/** Renders the graph as Mermaid flowchart source. Node ids are `n0`, `n1`, … in graph order. */
export function toMermaid(graph: PodGraph, options: MermaidOptions = {}): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = (n: GraphNode): string[] => {
    const mark = options.marks?.get(n.id);
    return mark ? [mark.label, ...nodeLines(n)] : nodeLines(n);
  };
  const def = (n: GraphNode): string => `${ids.get(n.id)}${shape(n, label(lines(n)))}`;
  const pod = graph.nodes.find((n) => n.kind === 'pod');
  const out = ['flowchart TB'];
  out.push(
    `  subgraph ${pod ? ids.get(pod.id) : 'pod'}[${label(pod ? lines(pod) : [graph.workload.name])}]`,
  );
  out.push('    direction TB');
  for (const n of graph.nodes.filter(insidePod)) out.push(`    ${def(n)}`);
  out.push('  end');
  for (const n of graph.nodes.filter((x) => x.kind !== 'pod' && !insidePod(x)))
    out.push(`  ${def(n)}`);
  for (const e of graph.edges) {
    const mark = options.edgeMarks?.get(e.id);
    const plain = edgeLabel(e);
    const text = mark && plain !== undefined ? `${mark.label} ${plain}` : plain;
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
  out.push(...markLines(graph, ids, options));
  return out.join('\n') + '\n';
}

// After the severity classes, so a change's colour is the one drawn.
function markLines(graph: PodGraph, ids: Map<string, string>, options: MermaidOptions): string[] {
  const out: string[] = [];
  for (const change of ['added', 'removed', 'changed'] as const) {
    const nodes = graph.nodes
      .filter((n) => n.kind !== 'pod' && options.marks?.get(n.id)?.change === change)
      .map((n) => ids.get(n.id));
    const edges = graph.edges.flatMap((e, i) =>
      options.edgeMarks?.get(e.id)?.change === change ? [i] : [],
    );
    if (nodes.length > 0)
      out.push(
        `  classDef ${change} ${MARK_STYLES[change]}`,
        `  class ${nodes.join(',')} ${change}`,
      );
    if (edges.length > 0) out.push(`  linkStyle ${edges.join(',')} ${MARK_STYLES[change]}`);
  }
  return out;
}
