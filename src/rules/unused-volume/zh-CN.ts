import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '声明了卷，但没有任何容器挂载它。',
  fix: '在需要的地方挂载它（volumeMounts 里写上这个卷的名字），或者删掉它。',
  messages: {
    default: '没有任何容器挂载卷 {volume}：kubelet 会跳过没人用的卷，所以这是一段无效配置',
    claim:
      '没有任何容器挂载卷 {volume}：kubelet 会跳过它，但调度器仍要等 PersistentVolumeClaim {claim} 存在并完成绑定，才会调度这个 Pod',
    claimTemplate:
      '没有任何容器挂载 volumeClaimTemplate {volume}：每个副本仍会得到自己的 PersistentVolumeClaim 和卷，却没人使用',
  },
};
