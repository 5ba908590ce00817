// The network and UTS namespaces, at pod scope and at host scope (hostNetwork).
import { object, podField, podLabels, serviceEndpoints } from '../../../src/teach/kubectl';
import {
  callLocalhost,
  callLocalhostFromDebug,
  listListeningPorts,
  showHostname,
  showPodIp,
} from '../../../src/teach/probes';
import { cmd, few, L, live, liveFocus, otherThan, tcpPort } from '../../../src/teach/pick';
import type { Topic } from '../../../src/teach/lesson';
import { ruleAsElement } from '../ruleTopics';

export const networkPod: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
  en: {
    what: 'All containers of the pod live in one network namespace, held open by the pod’s sandbox (pause) container: one IP address, one loopback interface, one set of ports. A container reaches another at localhost:PORT, without a Service, DNS or leaving the pod.',
    why: 'This is what makes sidecars cheap: a proxy, a metrics agent or a health checker talks to the app over localhost. The price is that ports are shared: two containers cannot listen on the same port, and anything bound to 127.0.0.1 is open to every container of the pod. NetworkPolicies see the pod as a whole and cannot separate its containers.',
    analogy:
      'The pod is a flat the containers share. The flat has one street address (the IP) that the postman knows; inside, flatmates just call across the hallway (localhost). Every listening port is an intercom extension, and extension 8080 can ring in one room only.',
    fix: 'Give every listener its own port and declare it as containerPort on the container that listens: declaring opens nothing (the process listening does), but it documents the port and names it for probes and Services. Talk over localhost inside the pod and through a Service from outside. Make ports configurable (an environment variable such as PORT) so two copies of one image can live side by side.',
    notes: [
      {
        title: 'Local, but not free',
        text: 'localhost traffic skips the wire but still goes through the kernel’s TCP stack. For chatty neighbours, a Unix domain socket on a shared volume is cheaper; some service meshes use eBPF to short-circuit local connections the same way.',
      },
      {
        title: 'Watch the retransmissions',
        text: 'Between containers of one pod, TCP retransmissions should be zero. If a debug container shows them rising (nstat TcpRetransSegs), one side is overloaded or its CPU is throttled.',
      },
    ],
  },
  'zh-CN': {
    what: 'Pod 里的所有容器住在同一个网络命名空间里，由 Pod 的沙箱（pause）容器撑着：一个 IP 地址、一个回环网卡、一套端口。容器之间直接访问 localhost:端口 即可，不需要 Service、不需要 DNS，也不出 Pod。',
    why: '这正是边车容器成本低的原因：代理、监控 Agent、健康检查都通过 localhost 和主应用对话。代价是端口共享：两个容器不能监听同一个端口；绑定在 127.0.0.1 上的服务，Pod 里的每个容器都能访问。NetworkPolicy 只把 Pod 当成一个整体，无法隔离 Pod 内部的容器。',
    analogy:
      'Pod 就像几个容器合租的一套公寓。公寓只有一个门牌号（IP），快递员只认这个地址；屋里室友之间喊一声就能听到（localhost）。每个监听端口就像一部分机，8080 分机只能装在一个房间里。',
    fix: '每个监听进程用自己的端口，并在真正监听的容器上声明 containerPort：声明本身不会打开任何端口（打开端口的是正在监听的进程），但它记录了这个端口，并给它一个探针和 Service 可以引用的名字。Pod 内部走 localhost，Pod 外部走 Service。把端口做成可配置的（例如环境变量 PORT），同一个镜像跑两份也不会撞端口。',
    notes: [
      {
        title: '本地通信也有开销',
        text: 'localhost 流量虽然不出网卡，但仍要走内核的 TCP 协议栈。通信频繁的两个容器，可以改用共享卷上的 Unix Domain Socket；一些服务网格用 eBPF 直接短路本地连接，也是同样的思路。',
      },
      {
        title: '关注 TCP 重传',
        text: '同一个 Pod 内容器之间的 TCP 重传应该为零。如果调试容器里看到重传数（nstat 的 TcpRetransSegs）在涨，说明某一方过载或 CPU 被限流了。',
      },
    ],
  },
  commands: (s) => {
    const a = live(s);
    const b = otherThan(s, a);
    const port = tcpPort(s);
    const from = port ? (s.running.find((c) => c !== port.container) ?? a) : undefined;
    return [
      ...few(liveFocus(s)).map((c) =>
        cmd(
          L(
            `The pod’s IP address as ${c} sees it (the same in every container)`,
            `${c} 看到的 Pod IP（每个容器都一样）`,
          ),
          showPodIp(s, c),
        ),
      ),
      port &&
        cmd(
          L(
            `Call ${port.container} on localhost:${port.port} from ${from} (wget: busybox and Alpine images have it)`,
            `从 ${from} 通过 localhost:${port.port} 访问 ${port.container}（wget：busybox 和 Alpine 镜像里有）`,
          ),
          callLocalhost(s, from, port.port),
        ),
      port &&
        cmd(
          L(
            `The same call from a debug container, whatever the images hold`,
            `不管镜像里有什么工具，都可以从调试容器发起同样的访问`,
          ),
          callLocalhostFromDebug(
            s,
            s.running.includes(port.container) ? port.container : a,
            port.port,
          ),
        ),
      cmd(
        L(
          'Every port listening in the pod, from a debug container that brings its own tools',
          '用自带工具的调试容器，查看 Pod 里所有正在监听的端口',
        ),
        listListeningPorts(s, b ?? a),
      ),
      cmd(
        L('The pod’s IP address, from the API', '从 API 查看 Pod 的 IP'),
        podField(s, '{.status.podIP}'),
      ),
    ];
  },
};

// What the host-network rule teaches (src/rules/host-network/teach.ts), with this element's docs.
export const networkHost: Topic = ruleAsElement(
  'host-network',
  'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
);

export const utsPod: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
  en: {
    what: 'The containers share one UTS namespace, which holds the hostname. `hostname` prints the same name in every container: spec.hostname if set, else the pod’s name (for a Deployment, the generated pod name such as web-7d9c…).',
    why: 'Logs, metrics and traces tagged with the hostname identify the pod, not the container. Software that uses the hostname as its identity (cluster members, leader election) sees one name for all containers of the pod.',
    analogy:
      'The name on the letterbox: every flatmate’s post is addressed to the same flat, and nobody gets a letterbox of their own.',
    fix: 'Do not tell containers apart by hostname; give each its own identity (its container name in an environment variable). Set spec.hostname and spec.subdomain with a headless Service when the pod needs a stable DNS name; a StatefulSet does this for you.',
  },
  'zh-CN': {
    what: '容器共享一个 UTS 命名空间，也就是主机名。每个容器里执行 `hostname` 结果都一样：设置了 spec.hostname 就用它，否则就是 Pod 名（Deployment 的 Pod 名是自动生成的，例如 web-7d9c…）。',
    why: '用主机名打标签的日志、指标和链路追踪，区分的是 Pod 而不是容器。把主机名当作身份的软件（集群成员、选主）会看到同一个 Pod 里所有容器都叫同一个名字。',
    analogy: '信箱上的名字：所有室友的信都寄到同一个门牌名下，谁也没有自己单独的信箱。',
    fix: '不要用主机名区分容器，给每个容器自己的身份（例如用环境变量写入容器名）。需要稳定 DNS 名称时，设置 spec.hostname 和 spec.subdomain 并配一个 headless Service；StatefulSet 会自动帮你做。',
  },
  commands: (s) =>
    few(liveFocus(s), 3).map((c) =>
      cmd(
        L(
          `The hostname ${c} sees (the same in every container)`,
          `${c} 看到的主机名（每个容器都一样）`,
        ),
        showHostname(s, c),
      ),
    ),
};

export const utsHost: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  en: {
    what: 'With hostNetwork the containers also use the node’s UTS namespace: `hostname` prints the node’s name, not the pod’s.',
    why: 'Everything that reports the hostname reports the node, so two such pods on one node look identical in logs and metrics, and the pod’s own name is nowhere to be seen.',
    analogy:
      'Your post now carries the building’s name instead of your flat’s: the caretaker and you receive the same letters.',
    fix: 'Remove hostNetwork if the pod does not need the node’s network. When software needs the pod’s identity, pass metadata.name through the downward API (an environment variable) instead of reading the hostname.',
  },
  'zh-CN': {
    what: '开启 hostNetwork 后，容器也使用节点的 UTS 命名空间：`hostname` 打印的是节点名，而不是 Pod 名。',
    why: '所有上报主机名的地方上报的都是节点，同一节点上的两个这样的 Pod 在日志和指标里看起来一模一样，Pod 自己的名字反而找不到了。',
    analogy: '你的信上写的不再是自家门牌，而是整栋楼的名字：物业和你收到的是同一批信。',
    fix: '不需要节点网络就去掉 hostNetwork。软件需要 Pod 身份时，用 downward API 把 metadata.name 写进环境变量，而不是读主机名。',
  },
  commands: (s) => {
    const a = live(s);
    return [
      cmd(
        L(`The hostname ${a} sees: the node’s name`, `${a} 看到的主机名：节点名`),
        showHostname(s, a),
      ),
      cmd(
        L('The node the pod runs on, to compare', '对比一下：Pod 所在的节点'),
        podField(s, '{.spec.nodeName}'),
      ),
    ];
  },
};

export const serviceNode: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/',
  en: {
    what: 'A Service of the same input whose selector matches this pod’s labels. It gives the pods it selects one stable name and virtual IP; a connection to its port is forwarded to a selected pod’s IP at the targetPort (a number, or the name of a container port, looked up in each pod). Without a targetPort, the Service port itself is used.',
    why: 'The Service port and the port the app listens on are different numbers more often than not, and a named targetPort follows the container when its number changes. A pod that is not Ready is taken out of the Service’s endpoints, which is what readiness probes are for.',
    analogy:
      'The building’s reception desk: callers ask for “the web team” (the Service name and port), and reception puts them through to the extension of whichever flat currently has a web team at its desk (a Ready pod, at the targetPort).',
    fix: 'Name the container ports a Service targets and use the names as targetPort; check the EndpointSlices to see which pods and port numbers the Service really found.',
  },
  'zh-CN': {
    what: '同一份输入里的一个 Service，它的选择算符与这个 Pod 的标签匹配。它为选中的 Pod 提供一个稳定的名称和虚拟 IP；连到它端口的连接会被转发到某个选中 Pod 的 IP 的 targetPort 上（targetPort 可以是数字，也可以是容器端口的名称，在每个 Pod 里查找）。没写 targetPort 时就使用 Service 端口本身。',
    why: 'Service 端口和应用监听的端口往往不是同一个数字；用名称写 targetPort，容器端口号变了也能跟上。未就绪的 Pod 会被移出 Service 的端点，这正是就绪探针的用途。',
    analogy:
      '大楼的前台：来电的人找“网站组”（Service 名称和端口），前台把电话转到此刻有网站组成员在岗的那一户的分机（一个就绪的 Pod，在 targetPort 上）。',
    fix: '给 Service 要指向的容器端口起名字，并用名字作为 targetPort；查看 EndpointSlice，确认 Service 实际找到了哪些 Pod 和端口号。',
  },
  commands: (s) => [
    cmd(
      L(
        'The Service’s endpoints: the pods and port numbers it found',
        'Service 的端点：它找到的 Pod 和端口号',
      ),
      serviceEndpoints(s, true),
    ),
    cmd(
      L('The Service: its cluster IP, ports and selector', 'Service 本身：集群 IP、端口和选择算符'),
      object(s, 'get', 'service', s.service, ['-o', 'wide']),
    ),
    cmd(L('The pods and their labels', 'Pod 及其标签'), podLabels(s)),
  ],
};
