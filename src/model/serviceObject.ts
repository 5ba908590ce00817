// A Service as podscope reads it: plain data, shared by the inventory, the rules and the graph.
/** A Service object of a document (at its root, or an item of a `kind: List`). */
export interface ServiceObject {
  /** Path from the document root to the object: `[]`, or `['items', i]` in a `kind: List`. */
  path: readonly (string | number)[];
  name: string;
  namespace?: string;
  /** ClusterIP (the default), NodePort, LoadBalancer. */
  type: string;
  annotations: Record<string, string>;
  /** The selector's key=value pairs; undefined without a selector (or for ExternalName). */
  selector?: Record<string, string>;
  ports: ServicePort[];
}

export interface ServicePort {
  index: number;
  name?: string;
  port?: number;
  /** As written: a number, a port name, or unset (then it is `port`). */
  targetPort?: number | string;
  protocol: string;
}
