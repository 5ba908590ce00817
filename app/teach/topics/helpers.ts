// What to know about the well-known helpers the graph labels (ContainerModel.wellKnown).
import type { Lang } from '../../../src/i18n/lang';
import type { WellKnownKind } from '../../../src/k8s/wellknown';
import type { Note } from '../../../src/teach/lesson';

/** A note per well-known helper kind, shown with the container's explanation. */
export const HELPER_NOTES: Readonly<Record<WellKnownKind, Readonly<Record<Lang, Note>>>> = {
  'service-mesh': {
    en: {
      title: 'Service-mesh proxy: auditing traffic',
      text: 'An init container redirects the pod’s traffic (iptables) through this proxy, so every connection in and out can be encrypted, authorised and recorded: the sidecar answer to “record all traffic”. The alternative intercepts on the node instead (Istio ambient mode, eBPF), with no proxy in each pod. The proxy must be running before the app’s first call and needs its own limits.',
    },
    'zh-CN': {
      title: '服务网格代理：流量审计',
      text: '一个 Init 容器用 iptables 把 Pod 的流量重定向到这个代理，于是进出的每一条连接都可以加密、鉴权和记录：这是“流量全记录”需求的边车容器方案。另一种方案是在节点上拦截（Istio Ambient 模式、eBPF），每个 Pod 里不再需要代理。代理必须在应用发出第一个请求前就绪，并且要有自己的资源限额。',
    },
  },
  'log-shipper': {
    en: {
      title: 'Log shipper: following files',
      text: 'The shipper follows the files the app writes on a shared volume (tail -F follows a file by name, across rotation). Let only the app write and mount the volume read-only in the shipper. Rotate by renaming and reopening (logrotate’s create, or a symlink to the current file) rather than copytruncate, which loses lines written during the copy. Or log to stdout and let the node’s agent collect.',
    },
    'zh-CN': {
      title: '日志采集边车容器：跟踪文件',
      text: '采集器跟踪应用写在共享卷上的文件（tail -F 按文件名跟踪，日志轮转后也能继续）。只让应用写，采集器以只读方式挂载。轮转时用“重命名再重新打开”（logrotate 的 create 方式，或者用符号链接指向当前文件），不要用 copytruncate，它会丢掉复制期间写入的日志。也可以直接输出到 stdout，交给节点上的采集 Agent。',
    },
  },
  'metrics-agent': {
    en: {
      title: 'Metrics agent: its own CPU quota',
      text: 'The agent scrapes the app on localhost and reads its configuration from a ConfigMap volume. Give it its own CPU and memory limits: a heavy scrape or a memory leak in the agent must not slow down or evict the application it watches.',
    },
    'zh-CN': {
      title: '监控 Agent：独立的 CPU 配额',
      text: 'Agent 通过 localhost 抓取应用的指标，配置来自 ConfigMap 卷。给它单独设置 CPU 和内存限制（limit）：Agent 抓取量大或者内存泄漏时，不能拖慢甚至连累驱逐它所监控的应用。',
    },
  },
  'secret-agent': {
    en: {
      title: 'Secret agent: credentials on a shared volume',
      text: 'The agent fetches secrets and writes them into a volume the app reads; use a memory-backed emptyDir so they never touch the node’s disk, and mount it read-only in the app. The app must not start before the first secrets are written: run the agent as an init container or a native sidecar.',
    },
    'zh-CN': {
      title: '密钥 Agent：通过共享卷传递凭据',
      text: 'Agent 拉取密钥并写到应用读取的卷里；用内存型 emptyDir，密钥就不会落到节点磁盘上，应用那边以只读方式挂载。第一份密钥写好之前应用不能启动：把 Agent 做成 Init 容器或原生边车容器。',
    },
  },
  'sql-proxy': {
    en: {
      title: 'Database proxy on localhost',
      text: 'The app connects to the database at localhost; the proxy handles TLS and authentication. The app’s first connection fails if the proxy is not ready yet, and in-flight queries break if it stops first: make it a native sidecar, which starts before the app and stops after it.',
    },
    'zh-CN': {
      title: 'localhost 上的数据库代理',
      text: '应用通过 localhost 连接数据库，代理负责 TLS 和认证。代理还没就绪时应用的第一次连接会失败，代理先退出则正在执行的查询会中断：把它做成原生边车容器，比应用先启动、后退出。',
    },
  },
};
