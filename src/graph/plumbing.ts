// What Kubernetes adds to nearly every pod on its own: the projected service-account token
// volume (`kube-api-access-…`, its token, the cluster CA and the namespace) and its mounts.
// It is drawn quietly and last, so it does not take the centre of the graph.
import type { GraphNode } from './types';

/** True for the API-access volume the control plane injects into pods. */
export function isInjectedPlumbing(n: GraphNode): boolean {
  return n.kind === 'volume' && n.type === 'projected' && n.name.startsWith('kube-api-access-');
}
