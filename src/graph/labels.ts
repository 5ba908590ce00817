// Plain-text labels for the graph exports (Mermaid, Graphviz): lines per node, one line per edge.
// Each exporter escapes them for its own syntax.
import type { GraphEdge, GraphNode, PortChip, ServicePortLine } from './types';

const CHIPS_PER_LINE = 4;

function chipText(chip: PortChip): string {
  return `${chip.port}/${chip.protocol} ${chip.container}${chip.clash ? ' (clash)' : ''}`;
}

function badge(n: GraphNode): string[] {
  return n.severity ? [`${n.findings ?? 0} finding(s), worst: ${n.severity}`] : [];
}

/** The lines that describe a node, title first. */
export function nodeLines(n: GraphNode): string[] {
  switch (n.kind) {
    case 'pod':
      return [
        `${n.workloadKind} ${n.name}`,
        `QoS ${n.qosClass}, restartPolicy ${n.restartPolicy}`,
        ...badge(n),
      ];
    case 'container': {
      const title =
        n.initStep !== undefined ? `${n.initStep}. ${n.name} (${n.role})` : `${n.name} (${n.role})`;
      const lines = [title];
      if (n.image !== undefined) lines.push(n.image);
      if (n.ports.length > 0) lines.push(n.ports.map((p) => `${p.port}/${p.protocol}`).join(', '));
      if (n.wellKnown !== undefined) lines.push(n.wellKnown);
      if (n.targetContainerName !== undefined) lines.push(`target: ${n.targetContainerName}`);
      return [...lines, ...badge(n)];
    }
    case 'volume': {
      const lines = [
        n.name,
        [n.type, n.medium, n.sizeLimit ?? n.storage].filter(Boolean).join(' · '),
      ];
      if (n.reference !== undefined) lines.push(n.reference);
      if (n.shared) lines.push(`shared by ${n.mountedBy.length} containers`);
      return [...lines, ...badge(n)];
    }
    case 'namespace': {
      const lines = [
        `${n.name} namespace (${n.scope === 'host' ? "the node's" : 'shared by the pod'})`,
      ];
      if (n.hostname !== undefined) lines.push(`hostname: ${n.hostname}`);
      const chips = (n.ports ?? []).map(chipText);
      for (let i = 0; i < chips.length; i += CHIPS_PER_LINE)
        lines.push(chips.slice(i, i + CHIPS_PER_LINE).join(', '));
      return [...lines, ...badge(n)];
    }
    case 'host':
      return ['node (host)', ...n.uses, ...badge(n)];
    case 'object':
      return [`${n.objectKind} ${n.name}`, `document ${n.document}`];
    case 'service':
      return [
        `Service ${n.name} (${n.type})`,
        `selector: ${n.selector}`,
        ...n.ports.map(servicePortText),
      ];
  }
}

/** `80 → 8080/TCP web`: a Service port, the port it reaches in the pod, and who declares it. */
export function servicePortText(p: ServicePortLine): string {
  const target =
    p.containerPort !== undefined
      ? `${p.containerPort}/${p.protocol}${typeof p.targetPort === 'string' ? ` (${p.targetPort})` : ''}`
      : `${p.targetPort ?? p.port ?? '?'}/${p.protocol}`;
  const who = p.container !== undefined ? ` ${p.container}` : ' (no container declares it)';
  return `${p.port ?? '?'} → ${target}${who}`;
}

/** A short label for an edge, or undefined when its kind says it all. */
export function edgeLabel(e: GraphEdge): string | undefined {
  if (e.kind === 'targets') return `${e.port ?? '?'} → ${e.containerPort ?? e.targetPort ?? '?'}`;
  if (e.kind !== 'mount') return undefined;
  const sub =
    e.subPath !== undefined
      ? ` subPath=${e.subPath}`
      : e.subPathExpr !== undefined
        ? ` subPathExpr=${e.subPathExpr}`
        : '';
  return `${e.mountPath} ${e.readOnly ? 'ro' : 'rw'}${sub}`;
}

/** True for nodes drawn inside the pod frame. */
export function insidePod(n: GraphNode): boolean {
  return n.kind === 'container' || n.kind === 'namespace';
}
