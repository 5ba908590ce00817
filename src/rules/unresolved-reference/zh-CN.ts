import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '卷引用的 ConfigMap、Secret 或 PersistentVolumeClaim 不在输入里，而输入里有其他同类对象。',
  fix: '对照输入里的对象检查名字，在同一个命名空间里创建该对象；应用没有它也能运行时，把 ConfigMap 或 Secret 来源标记为 optional: true。',
  messages: {
    ConfigMap:
      '卷 {volume} 引用的 ConfigMap {name} 不在这份输入里（输入里有别的 ConfigMap）：除非它已经存在于命名空间中，否则 kubelet 无法挂载，Pod 会一直停在 ContainerCreating',
    Secret:
      '卷 {volume} 引用的 Secret {name} 不在这份输入里（输入里有别的 Secret）：除非它已经存在于命名空间中，否则 kubelet 无法挂载，Pod 会一直停在 ContainerCreating',
    PersistentVolumeClaim:
      '卷 {volume} 引用的 PersistentVolumeClaim {name} 不在这份输入里（输入里有别的 PVC）：除非它已经存在于命名空间中，否则 Pod 会一直处于 Pending',
  },
};
