// What a screen reader hears for the canvas's nodes and edges, and the labels the cards share,
// built from the canvas texts of the page's language (app/i18n/en/canvas.ts). Builders take the
// texts as a parameter, English by default, so they stay pure.
import type { GraphEdge, GraphNode, NamespaceNode, ServicePortLine } from '../../src/graph/types';
import type { Severity } from '../../src/types';
import { canvas, type CanvasTexts } from '../i18n/en/canvas';

export function wellKnownLabel(kind: string, T: CanvasTexts = canvas): string {
  return (T.wellKnown as Record<string, string>)[kind] ?? kind.replace(/-/g, ' ');
}

/** The line under a hub's title: what its containers share. */
export function hubExplanation(n: NamespaceNode, T: CanvasTexts = canvas): string {
  if (n.scope === 'host') return T.hostScope[n.name];
  switch (n.name) {
    case 'network':
      return T.hub.network;
    case 'ipc':
      return T.hub.ipc;
    case 'uts':
      return T.hub.uts(n.hostname);
    case 'pid':
      return T.hub.pid;
  }
}

export function findingsLabel(count: number, severity: Severity, T: CanvasTexts = canvas): string {
  return T.findings(count, T.severity[severity]);
}

/**
 * What a screen reader says for a node; the card shows the same facts. Each starts with the
 * card's visible title, so speaking the title finds the node.
 */
export function nodeAriaLabel(n: GraphNode, T: CanvasTexts = canvas): string {
  const findings = n.severity ? T.aria.findings(findingsLabel(n.findings ?? 1, n.severity, T)) : '';
  switch (n.kind) {
    case 'pod':
      return (
        T.aria.pod(n.workloadKind, n.name, n.qosClass) +
        T.aria.podSecurity(n.podSecurity) +
        findings
      );
    case 'container': {
      const step = n.initStep !== undefined ? `${n.initStep} ` : '';
      return T.aria.container(step, n.name, T.role[n.role], n.image, n.ports.length) + findings;
    }
    case 'namespace':
      return T.aria.namespace(T.namespaceTitle[n.name], hubExplanation(n, T)) + findings;
    case 'volume':
      return T.aria.volume(n.name, n.type, n.shared ? n.mountedBy.length : 0) + findings;
    case 'host':
      return T.aria.host(n.uses) + findings;
    case 'object':
      return T.aria.object(n.name, n.objectKind, n.document + 1);
    case 'service':
      return T.aria.service(
        n.name,
        n.type,
        n.ports.map((p) => servicePortLabel(p, T)),
      );
  }
}

export function edgeAriaLabel(
  e: GraphEdge,
  source: string,
  target: string,
  T: CanvasTexts = canvas,
): string {
  switch (e.kind) {
    case 'mount':
      return T.edge.mount(source, target, e.mountPath, e.readOnly, e.subPath);
    case 'member':
      // The hub's name is its id (`network`); listeners hear its title, as on the card.
      return T.edge.member(source, (T.namespaceTitle as Record<string, string>)[target] ?? target);
    case 'order':
      return T.edge.order(source, target);
    case 'uses-host':
      return T.edge.usesHost(source);
    case 'reference':
      return T.edge.reference(source, target);
    case 'targets':
      return T.edge.targets(
        source,
        target,
        `${e.port ?? '?'} → ${e.containerPort ?? e.targetPort ?? '?'}`,
      );
  }
}

/** `80 → 8080/TCP web`: a Service port as its card shows it, in the page's language. */
export function servicePortLabel(p: ServicePortLine, T: CanvasTexts = canvas): string {
  const target = p.containerPort ?? p.targetPort ?? p.port ?? '?';
  return `${p.port ?? '?'} → ${target}/${p.protocol} ${p.container ?? T.ui.notDeclared}`;
}
