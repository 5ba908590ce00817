// Rules about ports: numbers, protocols, host ports, clashes in the shared network namespace.
import { debug, describePod, logs, NET_IMAGE, podEvents, podField, podWide } from '../kubectl';
import { cmd, L, live } from '../pick';
import { rejected, verdict, type RuleTopic } from './verdict';

export const portRules: Readonly<Record<string, RuleTopic>> = {
  'invalid-port-number': {
    en: {
      what: 'Port numbers run from 1 to 65535: containerPort, a hostPort (0 or unset means none) and a probe’s port alike.',
      why: 'The API server rejects anything else. Ports below 1024 are also privileged inside most images: a non-root process cannot bind them without the NET_BIND_SERVICE capability.',
      analogy: 'An extension number the telephone system does not have: calls to it go nowhere.',
      fix: 'Use a number from 1 to 65535; prefer unprivileged ports such as 8080 for applications.',
    },
    'zh-CN': {
      what: '端口号范围是 1 到 65535：containerPort、hostPort（0 或不设置表示没有）以及探针的端口都一样。',
      why: 'API Server 会拒绝超出范围的值。另外在大多数镜像里，1024 以下的端口是特权端口：非 root 进程没有 NET_BIND_SERVICE 权能就绑定不了。',
      analogy: '电话系统里根本不存在的分机号：打过去哪儿也接不通。',
      fix: '使用 1 到 65535 之间的端口号；应用优先用 8080 这类非特权端口。',
    },
    commands: rejected('containers.ports'),
  },
  'invalid-protocol': {
    en: {
      what: 'A port’s protocol is the transport: TCP (the default), UDP or SCTP, written in upper case. HTTP and gRPC run over TCP; they are named, not declared as protocols.',
      why: 'The API server rejects any other value, including lower-case tcp.',
      analogy: 'Ticking “carrier pigeon” as the delivery method on the post office form.',
      fix: 'Write TCP, UDP or SCTP. For HTTP or gRPC use TCP and name the port (http, grpc), or set appProtocol.',
    },
    'zh-CN': {
      what: '端口的 protocol 指的是传输层协议：TCP（默认）、UDP 或 SCTP，必须大写。HTTP 和 gRPC 跑在 TCP 之上，它们用端口名表示，而不是写在 protocol 里。',
      why: 'API Server 会拒绝其他任何值，包括小写的 tcp。',
      analogy: '在邮局的表格上把投递方式勾成了“信鸽”。',
      fix: '写 TCP、UDP 或 SCTP。HTTP 或 gRPC 用 TCP，并给端口起名（http、grpc），或者设置 appProtocol。',
    },
    commands: rejected('containers.ports'),
  },
  'host-port-conflict': {
    en: {
      what: 'A hostPort opens the container’s port on the node’s own IP address. Each hostPort, protocol and hostIP combination can be bound once per node.',
      why: 'Two containers of one pod claiming the same host port are rejected outright. Across pods the scheduler places at most one of them per node, so replicas stay Pending once every node has one.',
      analogy:
        'Two flatmates both claiming the building’s front-door buzzer number: the panel has one button for it.',
      fix: 'Give each container its own hostPort, or drop hostPort and expose the pod through a Service (NodePort or LoadBalancer).',
    },
    'zh-CN': {
      what: 'hostPort 会在节点自己的 IP 上打开容器的端口。同一个节点上，每个 hostPort、协议和 hostIP 的组合只能被绑定一次。',
      why: '同一个 Pod 里两个容器争同一个 hostPort，会被直接拒绝。跨 Pod 时，调度器每个节点最多只放一个，所以每个节点都有一个之后，后续副本会一直 Pending。',
      analogy: '两个室友都想占用大楼门口的同一个门铃号：面板上这个号只有一个按钮。',
      fix: '给每个容器不同的 hostPort，或者去掉 hostPort，通过 Service（NodePort 或 LoadBalancer）暴露 Pod。',
    },
    commands: rejected('containers.ports'),
  },
  'host-network-port-mismatch': {
    en: {
      what: 'With hostNetwork there is no port mapping: the container binds the node’s port directly, so hostPort must equal containerPort (it defaults to it).',
      why: 'The API server rejects a different hostPort: there is nothing that could translate one port into the other.',
      analogy:
        'Answering the building’s switchboard, you cannot ask callers to dial another extension than the one you pick up.',
      fix: 'Drop hostPort or set it equal to containerPort; to use another port, change the port the application listens on.',
    },
    'zh-CN': {
      what: '使用 hostNetwork 时没有端口映射：容器直接绑定节点的端口，所以 hostPort 必须等于 containerPort（默认就等于它）。',
      why: 'API Server 会拒绝不同的 hostPort：根本没有东西能把一个端口转换成另一个。',
      analogy: '你在接整栋楼的总机，就不能让来电者拨一个和你接听的分机不同的号码。',
      fix: '去掉 hostPort，或者让它等于 containerPort；想换端口，就改应用监听的端口。',
    },
    commands: rejected('containers.ports'),
  },
  'port-clash': {
    en: {
      what: 'The containers of a pod share one network namespace, so each port can be bound by one process only. containerPort does not open anything by itself: two containers declaring one port means two programs that will try to listen on it.',
      why: 'Whichever container binds second fails with “address already in use”, restarts, and ends in CrashLoopBackOff; the pod never becomes Ready. An init container that has exited before the other starts is harmless.',
      analogy:
        'Two flatmates both want intercom extension 8080, but there is only one line: whoever plugs in second gets no dial tone.',
      fix: 'Give each listener its own port: change the port the application listens on and its containerPort together. Make the port configurable (an environment variable such as PORT) so the same image can run twice in one pod.',
    },
    'zh-CN': {
      what: 'Pod 里的容器共享一个网络命名空间，所以每个端口只能被一个进程绑定。containerPort 本身并不会打开任何端口：两个容器声明同一个端口，意味着有两个程序会去监听它。',
      why: '后绑定的那个容器会报 “address already in use”，不断重启，最终进入 CrashLoopBackOff；Pod 永远不会 Ready。如果是一个在对方启动前就已退出的 init 容器，则没有影响。',
      analogy: '两个室友都想要 8080 这部分机，但线路只有一条：后插上的那个听不到拨号音。',
      fix: '每个监听进程用自己的端口：同时修改应用监听的端口和它的 containerPort。把端口做成可配置的（例如环境变量 PORT），同一个镜像在一个 Pod 里跑两份也不冲突。',
    },
    commands: (s) => {
      const ports = s.ports;
      const second = ports[ports.length - 1]?.container ?? live(s);
      const first = ports[0]?.container ?? live(s);
      const port = ports[0];
      return [
        cmd(
          L(
            'STATUS and RESTARTS: the loser crash-loops',
            '看 STATUS 和 RESTARTS：抢输的容器在反复崩溃',
          ),
          podWide(s),
        ),
        cmd(
          L(
            `Why ${second} died last time: “address already in use”`,
            `${second} 上次为什么退出：“address already in use”`,
          ),
          logs(s, second, ['--previous']),
        ),
        port &&
          cmd(
            L(
              `Which ports are taken: ${port.port} is listed once`,
              `哪些端口已被占用：${port.port} 只会出现一次`,
            ),
            debug(s, first, NET_IMAGE, ['ss', '-ltn']),
          ),
      ];
    },
  },
  'duplicate-port-name-across-containers': {
    en: {
      what: 'A Service’s targetPort may name a port (targetPort: http). Kubernetes looks the name up across all containers of the pod and takes the first match for the protocol.',
      why: 'When two containers name a port alike, the Service always sends traffic to the first one and never to the other; monitors and meshes that select ports by name may pick either.',
      analogy:
        'Two flatmates both label their extension “front desk”: visitors who ask for the front desk always reach the same one.',
      fix: 'Give every port in the pod a unique name, for example prefixed with the container’s role: app-http, proxy-http.',
    },
    'zh-CN': {
      what: 'Service 的 targetPort 可以写端口名（targetPort: http）。Kubernetes 会在 Pod 的所有容器里查找这个名字，按协议取第一个匹配的端口。',
      why: '两个容器的端口同名时，Service 的流量永远只发给第一个，另一个永远收不到；按名字选端口的监控和服务网格则可能选中任意一个。',
      analogy: '两个室友都把自己的分机叫作“前台”：访客说找前台，接电话的永远是同一个人。',
      fix: '让 Pod 里每个端口名都唯一，例如加上容器角色前缀：app-http、proxy-http。',
    },
    commands: (s) => [
      cmd(
        L('Every container’s port names', '每个容器的端口名'),
        podField(s, '{range .spec.containers[*]}{.name}{": "}{.ports[*].name}{"\\n"}{end}'),
      ),
    ],
  },
  'probe-port-not-declared': {
    en: {
      what: 'A probe may name its port (port: http). The kubelet resolves that name only among the ports of the probe’s own container, not the pod’s other containers.',
      why: 'Every probe attempt errors with “port not found”: a failing liveness probe restarts the container over and over, a readiness probe keeps it out of Services, a startup probe kills it.',
      analogy:
        'Asking the caretaker to check on you at “the desk extension” when your room has no extension by that name: every check fails, and they assume the worst.',
      fix: 'Declare a port with that name in this container’s ports, or give the probe the port number.',
    },
    'zh-CN': {
      what: '探针可以用端口名（port: http）。kubelet 只在探针所属容器自己的端口里解析这个名字，不会去找 Pod 里的其他容器。',
      why: '每次探测都报 “port not found”：存活探针失败会让容器反复重启，就绪探针失败会让它一直不进 Service，启动探针失败则会杀掉它。',
      analogy:
        '让管家按“前台分机”来查看你的情况，可你房间里根本没有叫这个名字的分机：每次查看都失败，管家只能往最坏处想。',
      fix: '在这个容器的 ports 里声明同名端口，或者在探针里直接写端口号。',
    },
    commands: (s) => [
      cmd(L('The probe failures, in the pod’s events', 'Pod 事件里的探针失败记录'), podEvents(s)),
      cmd(
        L('Readiness, restarts and probe settings', '就绪状态、重启次数和探针配置'),
        describePod(s),
      ),
    ],
  },
  'host-ip-without-host-port': {
    en: {
      what: 'hostIP chooses which of the node’s addresses a hostPort is bound to. Without a hostPort nothing is bound on the node, so hostIP does nothing.',
      why: 'Whatever was meant — publishing the port on one node address — silently does not happen; the API server only warns.',
      analogy:
        'Choosing which of the building’s entrances your buzzer should appear at, without ordering a buzzer.',
      fix: 'Add the hostPort you meant to publish, or remove hostIP.',
    },
    'zh-CN': {
      what: 'hostIP 用来选择 hostPort 绑定在节点的哪个地址上。没有 hostPort，节点上什么也不会绑定，hostIP 也就毫无作用。',
      why: '本来想做的事——在节点的某个地址上发布端口——悄无声息地没有发生；API Server 只给出警告。',
      analogy: '选好了门铃装在大楼的哪个入口，却根本没订门铃。',
      fix: '补上想发布的 hostPort，或者删掉 hostIP。',
    },
    commands: (s) => [verdict(s)],
  },
};
