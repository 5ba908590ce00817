import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
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
};
