// 简体中文: quantities, requests and limits, QoS, OOM.
import type { RuleTranslations } from '../types';
import { quantityProblem } from './details';

const FRACTION =
  '，也就是 {bytes} 字节（"m" 表示千分之一）：API server 会警告字节数不能是小数，Kubernetes 会向上取整成整数字节（{rounded}）';

export const RESOURCES: RuleTranslations = {
  'invalid-quantity': {
    summary:
      '资源的 request、limit、overhead 或 sizeLimit 不是合法的 Kubernetes 数量（如 1KB、1 Gi、500mi、1.2.3），或者是负数。',
    fix: '写成数字加可选的后缀：十进制的 k、M、G、T（1000 的幂），二进制的 Ki、Mi、Gi、Ti（1024 的幂），或 m（千分之一，用于 CPU）：500m、1.5、256Mi、1Gi。',
    messages: {
      default:
        '{resource} "{value}" 不是合法的 Kubernetes 数量：{detail}；API server 无法解码这个对象',
      suggest:
        '{resource} "{value}" 不是合法的 Kubernetes 数量：{detail}；是不是想写 "{suggestion}"？',
      negative: '{resource} "{value}" 不合法：必须大于或等于 0',
      sizeLimit:
        'emptyDir 的 sizeLimit "{value}" 不合法：SizeLimit 必须是合法的资源数量（不能为负）',
      notInteger: '{resource} "{value}" 不合法：必须是整数（扩展资源按整个设备分配）',
    },
    params: (p) =>
      p.detail === undefined ? p : { ...p, detail: quantityProblem(String(p.detail)) },
  },
  'request-exceeds-limit': {
    summary:
      '同一个容器里某项资源的 request 高于 limit（扩展资源和 hugepages 则是 request 不等于 limit）。',
    fix: '调低 request 或调高 limit：request 是调度器为容器预留的量，limit 是容器最多能用的量。扩展资源和 hugepages 要求 request 等于 limit。',
    messages: {
      default:
        '容器 {container} 的 {resource} request {request} 不合法：必须小于或等于 {resource} limit {limit}',
      notEqual:
        '容器 {container} 的 {resource} request {request} 不合法：必须等于 {resource} limit {limit}（{resource} 不能超售）',
      pod: 'Pod 级的 {resource} request {request} 不合法：必须小于或等于 {resource} limit {limit}',
      podNotEqual:
        'Pod 级的 {resource} request {request} 不合法：必须等于 {resource} limit {limit}（{resource} 不能超售）',
    },
  },
  'missing-requests': {
    summary: '容器没有 CPU 或内存的 request，调度器不会为它预留任何资源。',
    fix: '把 resources.requests.cpu 和 resources.requests.memory 设成容器平稳运行时需要的量（命名空间的 LimitRange 也能给出默认值）。',
    messages: {
      cpu: '容器 {container} 没有 cpu request（也没有能充当默认值的 cpu limit）：调度器不为它预留 CPU，资源紧张时它在节点上分到的 CPU 份额最少',
      memory:
        '容器 {container} 没有 memory request（也没有能充当默认值的 memory limit）：调度器不为它预留内存，节点可能被超售；内存紧张时，kubelet 会先驱逐用量超出 request 的 Pod',
      both: '容器 {container} 既没有 cpu request 也没有 memory request（也没有能充当默认值的 limit）：调度器不为它预留任何资源，资源紧张时它分到的 CPU 份额最少，内存紧张时它最先被驱逐',
    },
  },
  'missing-memory-limit': {
    summary: '容器没有 memory limit，一次内存泄漏就可能吃光节点的内存。',
    fix: '设置 resources.limits.memory（至少等于 request；想让行为可预测，就设成和 request 一样）。',
    messages: {
      default:
        '容器 {container} 没有 memory limit：它可以用掉节点上所有空闲内存，一次泄漏就会让节点陷入内存压力，kubelet 开始驱逐 Pod，内核的 OOM killer 可能挑中任何进程',
    },
  },
  'sidecar-without-limits': {
    summary: 'sidecar 或辅助容器没有 CPU 或内存 limit，可能把主应用的资源抢光。',
    fix: '给 sidecar 设置它自己的 resources.limits（cpu 和 memory），大小按它的活儿来定；它需要的资源不应超过它所服务的应用。',
    messages: {
      cpu: '辅助容器 {container} 没有 cpu limit：忙起来时它能用掉节点上所有空闲的 CPU 核，超出自己的 request 去和主容器 {main} 争抢',
      memory:
        '辅助容器 {container} 没有 memory limit：它一旦内存泄漏，节点就会陷入内存压力，驱逐会带走整个 Pod，主容器 {main} 也不例外',
      both: '辅助容器 {container} 既没有 cpu limit 也没有 memory limit：它会和主容器 {main} 争抢每一个空闲的 CPU 核，一旦内存泄漏，整个 Pod 都会被驱逐，{main} 也不例外',
    },
  },
  'best-effort-pod': {
    summary:
      '没有任何容器设置 CPU 或内存的 request 或 limit，所以 Pod 的 QoS 是 BestEffort，会最先被驱逐。',
    fix: '给每个容器设置 cpu 和 memory 的 resources.requests（最好也设 limits）；request 等于 limit 时，Pod 就是 Guaranteed。',
    messages: {
      default:
        '这个 Pod 没有任何容器设置 cpu 或 memory 的 request 或 limit，所以它的 QoS 类别是 BestEffort：调度器不为它预留任何资源，节点内存紧张时，kubelet 会在所有 Burstable 和 Guaranteed Pod 之前驱逐它',
    },
  },
  'fractional-memory': {
    summary:
      'memory 或 ephemeral-storage 的数量只有零点几个字节，通常是把 "Mi" 误写成了 "m"（千分之一）。',
    fix: '字节数要用字节的后缀：Mi 或 Gi（2 的幂），或者 M 或 G（10 的幂），绝不要用 m。',
    messages: {
      container: `容器 {container} 的 {field}.{resource} 是 {value}${FRACTION}`,
      containerSuggest: `容器 {container} 的 {field}.{resource} 是 {value}${FRACTION}；是不是想写 {suggestion}？`,
      overhead: `overhead.{resource} 是 {value}${FRACTION}`,
      overheadSuggest: `overhead.{resource} 是 {value}${FRACTION}；是不是想写 {suggestion}？`,
    },
  },
  'extended-resource-per-container': {
    summary: '容器申请了 GPU 或其他扩展资源，这些资源只归这一个容器所有。',
    fix: '在真正使用设备的容器里申请它；要在容器或 Pod 之间共享一块 GPU，请用设备插件的共享能力（时间片、MIG、MPS）或动态资源分配（DRA）。',
    messages: {
      default:
        '容器 {container} 申请了 {quantity} 个 {resource}：扩展资源按整个单位分给这一个容器（由设备插件分配设备），Pod 里的其他容器用不了，而且它们从不共享、也不超售（request 必须等于 limit）',
    },
  },
  'oom-killed': {
    summary: '状态显示某个容器上一次运行以 OOMKilled 结束。',
    fix: '把容器实际的内存峰值（kubectl top、监控指标）和它的 memory limit 对比一下；调高 limit 和 request，或者修复内存泄漏。',
    messages: {
      default:
        '容器 {container} 上一次因内存不足被杀（OOMKilled，已重启 {restarts} 次），它的 memory limit 是 {limit}：它用的内存超过了 limit，于是被内核杀掉；请调高 limit，或者找出是什么在增长',
      noLimit:
        '容器 {container} 上一次因内存不足被杀（OOMKilled，已重启 {restarts} 次），它自己没有 memory limit：节点内存不够用了，内核的 OOM killer 选中了它',
    },
  },
};
