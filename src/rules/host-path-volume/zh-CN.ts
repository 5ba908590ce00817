import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'hostPath 卷挂载了节点上的路径；敏感路径和可写挂载会被特别指出。',
  fix: '优先用 Secret、ConfigMap、emptyDir 或 PVC；节点 Agent 确实需要主机路径时，只挂载尽量小的路径，设为只读，并指定 hostPath 的 type（File、Directory、Socket）。',
  messages: {
    default:
      'hostPath 卷 {volume} 挂载了节点的 {path}：Pod 从此依赖每个节点在这个路径下有什么，换到别的节点上看到的文件也不一样',
    writable:
      'hostPath 卷 {volume} 以可写方式挂载了节点的 {path}（在 {writers} 中）：写到那里的文件比 Pod 活得更久，会与节点上用这个路径的其他任何东西共享，而且不计入任何 Pod 的限制（limit）',
    sensitive:
      'hostPath 卷 {volume} 暴露了节点的 {path}：即使只读，容器也能在那里读到节点配置、凭据或其他 Pod 的数据',
    sensitiveWritable:
      'hostPath 卷 {volume} 以可写方式挂载了节点的 {path}（在 {writers} 中）：容器可以修改节点本身（配置、可执行文件、内核参数或其他 Pod 的数据），进而接管整个节点',
    runtime:
      'hostPath 卷 {volume} 挂载了容器运行时的端点 {path}：谁能连上它，谁就能在节点上启动特权容器，也就等于拿到了节点的 root（readOnly 挡不住对 socket 的连接）',
  },
  params: lists('writers'),
};
