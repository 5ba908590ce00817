// 简体中文: ports, the shared network namespace and host ports.
import type { RuleTranslations } from '../types';

export const PORTS: RuleTranslations = {
  'invalid-port-number': {
    summary: 'containerPort、非零的 hostPort 或探针端口超出了 1–65535 的范围。',
    fix: '使用 1 到 65535 之间的端口号。在大多数镜像里，监听 1024 以下的端口需要额外权限，建议用 8080 这类端口。',
    messages: {
      containerPort:
        '容器 {container} 的 containerPort {port} 不合法：必须在 1 到 65535 之间（含两端）',
      hostPort:
        '容器 {container} 的 hostPort {port} 不合法：必须在 1 到 65535 之间（含两端）（0 或不设置表示不占用主机端口）',
      probe: '容器 {container} 的 {probe} 指向端口 {port}：端口必须在 1 到 65535 之间（含两端）',
    },
  },
  'invalid-protocol': {
    summary: '端口协议不是 TCP、UDP 或 SCTP（取值区分大小写）。',
    fix: '协议用大写：TCP（省略时的默认值）、UDP 或 SCTP。HTTP 或 gRPC 用 TCP，并给端口起个名字（http、grpc）。',
    messages: {
      default:
        '容器 {container} 的协议 "{protocol}" 不受支持：可选值为 "SCTP"、"TCP"、"UDP"（大写）',
    },
  },
  'host-port-conflict': {
    summary: '同时运行的容器里，有两个端口占用了同一个 hostPort（协议和 hostIP 也相同）。',
    fix: '给每个容器分配各自的 hostPort，或者去掉 hostPort，改用 Service 暴露 Pod。',
    messages: {
      default:
        '容器 {container} 的 hostPort {hostPort}/{protocol} 已被容器 {other} 占用：节点上的一个端口只能绑定一次（报错：Duplicate value "{key}"）',
      defaulted:
        '启用 hostNetwork 时 hostPort 默认等于 containerPort，所以容器 {container} 要占用的 hostPort {hostPort}/{protocol} 已被容器 {other} 占用（报错：Duplicate value "{key}"）',
    },
  },
  'host-network-port-mismatch': {
    summary: '设置了 hostNetwork: true，但某个 hostPort 与它的 containerPort 不一致。',
    fix: '使用 hostNetwork 时，去掉 hostPort（它默认等于 containerPort）或让它等于 containerPort；想换一个端口对外，就改应用监听的端口。',
    messages: {
      default:
        'hostNetwork 为 true 时，容器 {container} 的 hostPort {hostPort} 必须与 containerPort {containerPort} 相同：容器直接绑定节点的 {containerPort} 端口，中间没有端口映射',
    },
  },
  'port-clash': {
    summary: '两个同时运行的容器声明了相同的 containerPort 和协议，或者一个容器把它声明了两次。',
    fix: '让每个监听者用各自的端口（应用的监听端口和 containerPort 一起改），或者删掉重复的声明。',
    messages: {
      default:
        '容器 {first} 和 {second} 都声明了端口 {port}/{protocol}：它们共用一个网络命名空间，后绑定的那个会失败，报错 "address already in use"',
      sameContainer:
        '容器 {second} 把端口 {port}/{protocol} 声明了两次（ports[{firstIndex}] 和 ports[{secondIndex}]）：一个监听者不能把同一个端口绑定两次；API server 会警告端口定义重复',
      sequential:
        'Init 容器 {first} 和容器 {second} 都声明了端口 {port}/{protocol}：{second} 启动之前 {first} 已经退出，所以两次绑定都会成功，但 API server 会警告端口定义重复',
    },
  },
  'duplicate-port-name-across-containers': {
    summary: '两个容器声明了同名的端口，按名字选择端口时就有了歧义。',
    fix: '让 Pod 里每个端口的名字都唯一（例如用容器的角色作前缀：app-http、proxy-http）。',
    messages: {
      default:
        '端口名 {name}（{protocol}）同时由容器 {winner} 和 {loser} 声明：targetPort 为 {name} 的 Service 总是把流量发给 {winner} 的端口 {winnerPort}，永远不会发给 {loser} 的端口 {loserPort}',
      otherProtocol:
        '端口名 {name} 同时由容器 {winner}（{winnerProtocol}）和 {loser}（{loserProtocol}）声明：Service 能按协议区分它们，但只按名字选端口的工具（监控、服务网格）可能选中其中任意一个',
    },
  },
  'probe-port-not-declared': {
    summary: '探针按名字选择的端口，在探针所属的容器里并没有声明，所以每次探测都会出错。',
    fix: '在这个容器的 ports 里声明同名端口，或者改用端口号。',
    messages: {
      livenessProbe:
        '容器 {container} 的 livenessProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会失败（"port {port} not found"），容器会被一遍又一遍地重启',
      readinessProbe:
        '容器 {container} 的 readinessProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会失败（"port {port} not found"），容器永远不会进入 Ready 状态',
      startupProbe:
        '容器 {container} 的 startupProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会失败（"port {port} not found"），容器在 failureThreshold 次尝试之后被杀掉',
    },
  },
  'host-ip-without-host-port': {
    summary: '容器端口设置了 hostIP，却没有设置 hostPort，所以 hostIP 不起作用。',
    fix: '加上你想在这个节点地址上发布的 hostPort，或者去掉 hostIP。',
    messages: {
      default:
        '容器 {container} 的端口 {port}/{protocol} 设置了 hostIP {hostIP}，却没有 hostPort：hostIP 只决定 hostPort 绑定在节点的哪个地址上，所以那里什么也不会绑定（API server 会警告 "hostIP set without hostPort"）',
    },
  },
};
