import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    'Pod 的 restartPolicy 不是 Always/OnFailure/Never（或者不适用于这种工作负载），或者容器的 restartPolicy 不被目标版本接受。',
  fix: 'Deployment、StatefulSet 和 DaemonSet 用 Always，Job 和 CronJob 用 OnFailure 或 Never；在 Init 容器上设置 restartPolicy: Always 会让它成为原生边车容器。',
  messages: {
    pod: 'restartPolicy "{value}" 不受支持：可选值为 "Always"、"OnFailure"、"Never"（区分大小写）',
    alwaysOnly: '{kind} 要让它的 Pod 一直运行：这里不支持 restartPolicy "{value}"，只能用 "Always"',
    jobUnset:
      '{kind} 的 Pod 必须运行到结束：restartPolicy 是必填项（默认值 Always 在这里不允许）：可选值为 "OnFailure"、"Never"',
    jobAlways:
      '{kind} 的 Pod 必须运行到结束：不允许 restartPolicy Always：可选值为 "OnFailure"、"Never"',
    initUnsupported:
      'Init 容器 {container}：restartPolicy "{value}" 不受支持：可选值为 "Always"（原生边车容器，1.33 起 GA）、"OnFailure"、"Never"',
    containerUnsupported:
      '容器 {container}：restartPolicy "{value}" 不受支持：可选值为 "Always"、"OnFailure"、"Never"',
    initRestartRules:
      'Init 容器 {container} 设置了 restartPolicy {value}：Kubernetes 1.35 接受（按容器的重启规则，ContainerRestartRules 为 beta，默认开启）；1.34（alpha，默认关闭）及更早版本的 API server 在这里只接受 Always',
    containerRestartRules:
      '容器 {container} 设置了 restartPolicy {value}，覆盖了 Pod 的设置：Kubernetes 1.35 接受（ContainerRestartRules 为 beta，默认开启）；1.34（alpha，默认关闭）及更早版本的 API server 会拒绝（报错："may not be set for non-init containers"）',
    ephemeral: '临时容器 {container}：临时容器不能设置 restartPolicy',
  },
};
