// What the gallery says about each example manifest, and what each one is meant to show.
// Plain data without the manifest texts, so Node-side tests (e2e) can read it too. English is
// here (app/i18n/en/examples.ts gathers it by id); the Chinese titles, summaries and ideas are in
// app/i18n/zh-CN/examples.ts, keyed by the same ids.

export interface ExampleMeta {
  id: string;
  title: string;
  /** One line: what is in the manifest. */
  summary: string;
  /** The idea from the source article that the example makes visible. */
  idea: string;
  /** The workload's name, which is also the name on the graph's pod frame. */
  workload: string;
  /** Every container, in declaration order (initContainers, containers, ephemeralContainers). */
  containers: readonly string[];
  /** Rule ids the example is meant to raise; empty when the point is a pod without problems. */
  teaches: readonly string[];
}

/** The gallery, in the order it is shown; the first entry is the default example. */
export const CATALOG = [
  {
    id: 'default',
    title: 'Containers sharing a pod',
    summary: 'An app, a log shipper reading its files and a Prometheus agent scraping localhost.',
    idea: 'The four shared things: one IP, shared volumes, IPC and the hostname',
    workload: 'pod-demo',
    containers: ['app', 'log-shipper', 'prom-agent'],
    teaches: ['sidecar-without-limits'],
  },
  {
    id: 'localhost',
    title: 'One IP, one hostname',
    summary: 'A checker curls the web server on localhost:8080; both print the same hostname.',
    idea: 'Shared network and UTS namespaces: talk over localhost, same hostname',
    workload: 'localhost-demo',
    containers: ['web', 'checker'],
    teaches: [],
  },
  {
    id: 'shared-volume',
    title: 'One volume, two paths',
    summary: 'The app writes /data/app.log, the sidecar reads the same file as /logs/app.log.',
    idea: 'A shared emptyDir mounted at different paths (/data vs /logs)',
    workload: 'shared-data-demo',
    containers: ['app', 'sidecar'],
    teaches: ['shared-writable-volume', 'emptydir-no-size-limit'],
  },
  {
    id: 'ipc-shared-memory',
    title: 'Shared memory between containers',
    summary:
      'A producer makes a System V segment and a POSIX one in /dev/shm; a consumer reads it.',
    idea: 'IPC: System V shared memory and semaphores (ipcs -m, ipcs -s), POSIX shared memory (ls /dev/shm)',
    workload: 'ipc-demo',
    containers: ['producer', 'consumer'],
    teaches: ['memory-volume-unbounded'],
  },
  {
    id: 'metrics-agent',
    title: 'App with a metrics agent',
    summary: 'A Java app and prom/prometheus configured from a ConfigMap; the agent has no limits.',
    idea: 'A monitoring agent beside the app needs its own CPU quota',
    workload: 'orders',
    containers: ['main-app', 'prom-agent'],
    teaches: ['sidecar-without-limits', 'missing-memory-limit'],
  },
  {
    id: 'log-sidecar',
    title: 'Log sidecar with tail -f',
    summary: 'The app appends to a log file; a sidecar follows it with tail -f and forwards it.',
    idea: 'Sidecar log collection: rotation, tail -f vs tail -F, and one writer per file',
    workload: 'log-tail-demo',
    containers: ['app', 'log-forwarder'],
    teaches: ['shared-writable-volume'],
  },
  {
    id: 'port-clash',
    title: 'Trap: two containers on one port',
    summary: 'web and debug-tool both listen on 8080; the second bind fails.',
    idea: 'Trap 1: port conflict in the shared network namespace',
    workload: 'port-clash-demo',
    containers: ['web', 'debug-tool'],
    teaches: ['port-clash'],
  },
  {
    id: 'volume-full',
    title: 'Trap: the volume fills up',
    summary: 'One emptyDir without sizeLimit next to one capped at 500Mi.',
    idea: 'Trap 2: one writer fills the volume and the whole pod is evicted',
    workload: 'volume-full-demo',
    containers: ['writer'],
    teaches: ['emptydir-no-size-limit'],
  },
  {
    id: 'shared-pid',
    title: 'Trap: zombies and the shared PID namespace',
    summary:
      'shareProcessNamespace makes pause PID 1, reaping orphaned zombies; every container sees every process.',
    idea: 'Trap 3: zombie processes; pause reaps only orphans; shareProcessNamespace, with care',
    workload: 'shared-pid-demo',
    containers: ['nginx', 'toolbox'],
    teaches: ['shared-process-namespace'],
  },
  {
    id: 'memory-cache',
    title: 'Memory-backed cache',
    summary: 'A tmpfs emptyDir (medium: Memory) capped at 1Gi, below the 2Gi memory limit.',
    idea: 'RAM disk: emptyDir medium Memory with sizeLimit',
    workload: 'memory-cache-demo',
    containers: ['thumbnailer'],
    teaches: [],
  },
  {
    id: 'unix-socket',
    title: 'Unix socket over a shared volume',
    summary:
      'A server listens on /var/run/app/app.sock; the client connects through the same volume.',
    idea: 'Unix domain sockets instead of TCP between containers',
    workload: 'unix-socket-demo',
    containers: ['server', 'client'],
    teaches: ['socket-volume'],
  },
  {
    id: 'resources-qos',
    title: 'Requests, limits and QoS',
    summary: 'requests cpu 1 / memory 1Gi, limits cpu 2 / memory 2Gi: a Burstable pod.',
    idea: 'cgroups isolation: requests, limits and the QoS class',
    workload: 'qos-demo',
    containers: ['api'],
    teaches: [],
  },
  {
    id: 'native-sidecar',
    title: 'Native sidecar in a Job',
    summary: 'An init container, then a fluent-bit sidecar (restartPolicy: Always), then the job.',
    idea: 'Sidecars that start first and do not keep a Job from finishing',
    workload: 'report-job',
    containers: ['wait-for-db', 'log-shipper', 'report'],
    teaches: [],
  },
  {
    id: 'hostnetwork-daemonset',
    title: 'Node agent on the host network',
    summary: 'A node-exporter DaemonSet with hostNetwork, hostPID and the node’s /proc and /sys.',
    idea: 'Where pod isolation ends: host namespaces and hostPath',
    workload: 'node-exporter',
    containers: ['node-exporter'],
    teaches: ['host-network', 'host-pid', 'host-network-dns', 'host-path-volume'],
  },
  {
    id: 'istio-mesh',
    title: 'Service-mesh sidecar (Istio)',
    summary: 'An injected pod: istio-init rewrites iptables, istio-proxy sees all traffic.',
    idea: 'Auditing traffic: a mesh sidecar intercepts every connection',
    workload: 'reviews-v1-mesh',
    containers: ['istio-init', 'reviews', 'istio-proxy'],
    teaches: ['dangerous-capabilities'],
  },
  {
    id: 'cronjob',
    title: 'Nightly backup CronJob',
    summary: 'An init container dumps the database, then the upload container ships the file.',
    idea: 'Init containers run one by one, to completion, before the app',
    workload: 'nightly-backup',
    containers: ['dump', 'upload'],
    teaches: [],
  },
  {
    id: 'debug-ephemeral',
    title: 'Debug container and an OOM-killed sidecar',
    summary:
      'kubectl get -o yaml after kubectl debug: an ephemeral container, a sidecar OOMKilled.',
    idea: 'Debug toolbox (kubectl debug) and a log sidecar running out of memory',
    workload: 'checkout-7d9f8b6c4-x2klm',
    containers: ['checkout', 'log-shipper', 'debugger'],
    teaches: ['oom-killed', 'ephemeral-container-on-create'],
  },
  {
    id: 'gpu',
    title: 'Device-plugin GPUs are per container',
    summary: 'Two containers with one nvidia.com/gpu each; the devices are not shared.',
    idea: 'Sharing a GPU across containers: not by device-plugin requests; one DRA ResourceClaim can',
    workload: 'gpu-train-demo',
    containers: ['trainer', 'evaluator'],
    teaches: ['extended-resource-per-container'],
  },
] as const satisfies readonly ExampleMeta[];

/** An example's id: the Chinese catalog must have an entry for each. */
export type ExampleId = (typeof CATALOG)[number]['id'];

/** What the gallery says about an example, in one language. */
export type ExampleWords = Pick<ExampleMeta, 'title' | 'summary' | 'idea'>;
