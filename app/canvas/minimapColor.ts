// Minimap fill per node: the frame is a faint outline, cards take their role or risk colour.
import type { FlowNode } from './flowTypes';

const ROLE_FILL = { init: '#8b5cf6', sidecar: '#14b8a6', app: '#6366f1', ephemeral: '#f97316' };

export function minimapColor(node: FlowNode): string {
  switch (node.type) {
    case 'pod':
      return 'rgba(148, 163, 184, 0.15)';
    case 'container':
      return ROLE_FILL[node.data.node.role];
    case 'network':
    case 'hub':
      return node.data.node.scope === 'host' ? '#fca5a5' : '#c7d2fe';
    case 'volume':
      return node.data.node.type === 'hostPath' ? '#fca5a5' : '#cbd5e1';
    case 'host':
      return '#ef4444';
    case 'object':
      return '#e2e8f0';
    case 'service':
      return '#67e8f9';
  }
}
