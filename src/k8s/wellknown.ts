// Labels for well-known helper containers, recognised by image repository or container name.
// A `tail -f` log sidecar on a busybox image cannot be told apart from any other busybox, so
// only images and names that say what they are count.

export type WellKnownKind =
  'service-mesh' | 'log-shipper' | 'metrics-agent' | 'secret-agent' | 'sql-proxy';

interface Pattern {
  kind: WellKnownKind;
  /** Matched against the image repository path, without registry tag or digest, lower case. */
  image?: RegExp;
  /** Matched against the container name, lower case. */
  name?: RegExp;
}

// Image patterns are anchored on path segments ("(^|/)x$" is the last segment).
const PATTERNS: readonly Pattern[] = [
  {
    kind: 'service-mesh',
    image:
      /(^|\/)(proxyv2|envoy(-(distroless|alpine|dev|contrib|windows))?|consul-dataplane|kuma-dp|kuma-init|osm-(envoy|init))$|linkerd[^/]*\/proxy(-init)?$|(^|\/)linkerd2?-proxy(-init)?$/,
    name: /^(istio-(proxy|init|validation)|linkerd-(proxy|init)|envoy(-proxy|-sidecar)?|consul-dataplane|kuma-(sidecar|init))$/,
  },
  {
    kind: 'log-shipper',
    image:
      /(^|\/)(fluent-?bit|fluentd[a-z0-9-]*|filebeat|vector|promtail|logstash|fluent-bit-plugin-loki)$/,
    name: /^(fluent-?bit|fluentd[a-z0-9-]*|filebeat|vector|promtail|log-?shipper|log-?forwarder)$/,
  },
  {
    kind: 'metrics-agent',
    image:
      /(^|\/)(prometheus|node-exporter|[a-z0-9-]+[-_]exporter|telegraf|statsd|opentelemetry-collector[a-z0-9-]*|otelcol[a-z0-9-]*|dogstatsd)$|datadog(hq)?\/(agent|cluster-agent)$|grafana\/(agent|alloy)$/,
    name: /^(prometheus|node-exporter|[a-z0-9-]+-exporter|telegraf|statsd|otel-?collector|otc-container|datadog-agent|metrics-agent)$/,
  },
  {
    kind: 'secret-agent',
    image:
      /(^|\/)(vault-agent|secretless-broker|secrets-store-csi-driver|secrets-store-sync-controller)$|csi-secrets-store\/driver$/,
    name: /^(vault-agent(-init)?|secrets-store[a-z0-9-]*|secretless)$/,
  },
  {
    kind: 'sql-proxy',
    image: /(^|\/)(cloud-sql-proxy|cloudsql-proxy|gce-proxy|alloydb-auth-proxy)$/,
    name: /^(cloud-?sql-proxy|alloydb-(auth-)?proxy)$/,
  },
];

/** The repository path of an image reference, lower case: no tag, no digest. */
export function imageRepository(image: string): string {
  let ref = image.trim().toLowerCase();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) ref = ref.slice(0, colon);
  return ref;
}

/** 'service-mesh', 'log-shipper', 'metrics-agent', 'secret-agent' or 'sql-proxy' for well-known helpers. */
export function wellKnownSidecar(name: string, image?: string): WellKnownKind | undefined {
  const repo = image ? imageRepository(image) : '';
  const byImage = repo ? PATTERNS.find((p) => p.image?.test(repo)) : undefined;
  if (byImage) return byImage.kind;
  const lower = name.toLowerCase();
  return PATTERNS.find((p) => p.name?.test(lower))?.kind;
}

// Node agents: programs that run once per node, usually on the host network, to make the node
// work (CNI plugins, kube-proxy, node exporters, CSI node plugins). Many must work before
// cluster DNS does, because cluster DNS runs in pods that need them.
const NODE_AGENT_IMAGE =
  /(^|\/)(flannel|flannel-cni-plugin|kube-router|node|cilium|cilium-agent|kube-proxy|node-exporter|amazon-k8s-cni|weave-kube|weave-npc|antrea-agent[a-z0-9-]*|antrea-ubuntu|kindnetd|multus-cni|ovnkube|kube-ovn|canal|csi-node-driver-registrar|nvidia-device-plugin|k8s-device-plugin|dcgm-exporter)$/;
const NODE_AGENT_IMAGE_OWNER = /(^|\/)(calico|cilium|flannel|flannel-io|weaveworks|antrea)\//;
const NODE_AGENT_NAME =
  /^(kube-flannel|flannel|kube-router|calico-node|cilium(-agent)?|kube-proxy|node-exporter|aws-node|weave|antrea-agent|kindnet(-cni)?|kube-multus|ovnkube-node|kube-ovn-cni|node-driver-registrar|nvidia-device-plugin(-ctr)?)$/;

/** True for a container of a well-known node agent (CNI plugin, kube-proxy, node exporter…). */
export function isNodeAgent(name: string, image?: string): boolean {
  const repo = image ? imageRepository(image) : '';
  // `calico/node` and `cilium/cilium` say what they are only with their owner.
  const last = repo.slice(repo.lastIndexOf('/') + 1);
  if (repo && NODE_AGENT_IMAGE.test(repo) && (last !== 'node' || NODE_AGENT_IMAGE_OWNER.test(repo)))
    return true;
  return NODE_AGENT_NAME.test(name.toLowerCase());
}
