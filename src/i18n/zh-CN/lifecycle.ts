// 简体中文: restart policies, probes, init and ephemeral containers, images.
import type { RuleTranslations } from '../types';
import { lists } from './details';

const NO_ROLLBACK =
  'imagePullPolicy 默认为 Always，不同时间（或不同节点上）启动的副本可能跑着不同的构建，也没法回滚';

export const LIFECYCLE: RuleTranslations = {
  'invalid-restart-policy': {
    summary:
      'Pod 的 restartPolicy 不是 Always/OnFailure/Never（或者不适用于这种工作负载），或者容器的 restartPolicy 不被目标版本接受。',
    fix: 'Deployment、StatefulSet 和 DaemonSet 用 Always，Job 和 CronJob 用 OnFailure 或 Never；在 Init 容器上设置 restartPolicy: Always 会让它成为原生 sidecar。',
    messages: {
      pod: 'restartPolicy "{value}" 不受支持：可选值为 "Always"、"OnFailure"、"Never"（区分大小写）',
      alwaysOnly:
        '{kind} 要让它的 Pod 一直运行：这里不支持 restartPolicy "{value}"，只能用 "Always"',
      jobUnset:
        '{kind} 的 Pod 必须运行到结束：restartPolicy 是必填项（默认值 Always 在这里不允许）：可选值为 "OnFailure"、"Never"',
      jobAlways:
        '{kind} 的 Pod 必须运行到结束：不允许 restartPolicy Always：可选值为 "OnFailure"、"Never"',
      initUnsupported:
        'Init 容器 {container}：restartPolicy "{value}" 不受支持：可选值为 "Always"（原生 sidecar，1.33 起 GA）、"OnFailure"、"Never"',
      containerUnsupported:
        '容器 {container}：restartPolicy "{value}" 不受支持：可选值为 "Always"、"OnFailure"、"Never"',
      initRestartRules:
        'Init 容器 {container} 设置了 restartPolicy {value}：Kubernetes 1.35 接受（按容器的重启规则，ContainerRestartRules 为 beta，默认开启）；1.34（alpha，默认关闭）及更早版本的 API server 在这里只接受 Always',
      containerRestartRules:
        '容器 {container} 设置了 restartPolicy {value}，覆盖了 Pod 的设置：Kubernetes 1.35 接受（ContainerRestartRules 为 beta，默认开启）；1.34（alpha，默认关闭）及更早版本的 API server 会拒绝（报错："may not be set for non-init containers"）',
      ephemeral: '临时容器 {container}：临时容器不能设置 restartPolicy',
    },
  },
  'probe-on-init-container': {
    summary: '不是原生 sidecar 的 Init 容器上配置了探针或生命周期钩子。',
    fix: '从 Init 容器上去掉探针或钩子；如果它应该和应用一直并行运行，就加上 `restartPolicy: Always`，把它变成原生 sidecar。',
    messages: {
      default:
        '没有 restartPolicy=Always 的 Init 容器不能设置 {field}（Init 容器 {container} 运行结束就退出；只有原生 sidecar 才会被探测）',
    },
  },
  'invalid-probe': {
    summary: '探针（或生命周期钩子）没有指定处理方式，或者指定了不止一种。',
    fix: '每个探针只能在 exec、httpGet、tcpSocket 和 grpc 里选一种（钩子：exec、httpGet 或 sleep）；两项检查请拆成两个探针。',
    messages: {
      none: '容器 {container} 的 {field} 必须指定一种处理方式：exec、httpGet、tcpSocket 或 grpc 之一',
      many: '容器 {container} 的 {field} 只能指定 1 种处理方式（现在有 {handlers}）',
      hookNone:
        '容器 {container} 的 {field} 必须指定一种处理方式：exec、httpGet、tcpSocket 或 sleep 之一',
    },
    params: lists('handlers'),
  },
  'ephemeral-container-on-create': {
    summary:
      '准备用来创建的清单里写了 ephemeralContainers；临时容器应该用 kubectl debug 加到运行中的 Pod 上。',
    fix: '从清单里删掉 ephemeralContainers，需要时再挂上调试容器：kubectl debug -it <pod> --image=busybox:1.36 --target=<container>。',
    messages: {
      pod: '创建时不能设置 spec.ephemeralContainers（{names}）：临时容器要通过 Pod 的 ephemeralcontainers 子资源加到运行中的 Pod 上，例如 kubectl debug -it <pod> --image=busybox --target=<container>',
      template:
        'Pod 模板里不允许有临时容器（{names}）：请改用 kubectl debug 把它们加到运行中的 Pod 上',
      fromCluster:
        '临时容器 {names} 是后来加到这个运行中的 Pod 上的（kubectl debug）；把这份输出当作新 Pod 重新提交会被拒绝：创建时不能设置 ephemeralContainers',
    },
    params: lists('names'),
  },
  'latest-tag': {
    summary: '镜像没有 tag 或者用的是 latest，又没有 digest，所以到底跑的是哪个构建并不确定。',
    fix: '固定一个版本 tag（nginx:1.27.3），更好的做法是固定 digest（nginx@sha256:…）。',
    messages: {
      noTag: `容器 {container} 的镜像 {image} 没有 tag，等同于 :latest：${NO_ROLLBACK}`,
      latest: `容器 {container} 的镜像 {image} 用的是 latest tag：${NO_ROLLBACK}`,
    },
  },
};
