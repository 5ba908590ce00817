// Which container of a pod is the main one: what `kubectl logs` and `kubectl exec` pick without
// `-c`, and what helpers are measured against. Injected helpers (mesh proxies, SQL proxies,
// secret agents) are often listed first by their injector, so they are passed over.
import type { WellKnownKind } from '../k8s/wellknown';
import type { ContainerModel } from './types';

/** The annotation kubectl reads for the default container. */
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

// Kinds an injector adds beside the app. A log shipper or a metrics agent is often the pod's
// whole point (a fluent-bit or node-exporter DaemonSet), so those stay candidates.
const INJECTED: ReadonlySet<WellKnownKind> = new Set(['service-mesh', 'sql-proxy', 'secret-agent']);

/** True for a well-known helper that an injector adds beside the app. */
export function isInjected(c: Pick<ContainerModel, 'wellKnown'>): boolean {
  return c.wellKnown !== undefined && INJECTED.has(c.wellKnown as WellKnownKind);
}

/** How the main container was chosen. */
export type MainContainerReason = 'annotation' | 'first-not-injected' | 'first';

export interface MainContainer<C extends ContainerModel = ContainerModel> {
  container: C;
  reason: MainContainerReason;
}

/**
 * The main container: the app container named by the default-container annotation, else the
 * first app container that is not a well-known injected helper, else the first app container.
 */
export function mainContainerOf<C extends ContainerModel>(model: {
  containers: readonly C[];
  annotations: Readonly<Record<string, string>>;
}): MainContainer<C> | undefined {
  const apps = model.containers.filter((c) => c.role === 'app');
  if (apps.length === 0) return undefined;
  const named = model.annotations[DEFAULT_CONTAINER_ANNOTATION];
  const annotated = named === undefined ? undefined : apps.find((c) => c.name === named);
  if (annotated) return { container: annotated, reason: 'annotation' };
  const own = apps.find((c) => !isInjected(c));
  return own
    ? { container: own, reason: 'first-not-injected' }
    : { container: apps[0], reason: 'first' };
}
