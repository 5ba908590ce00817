import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'volumeMount 的名字在 Pod 的有效卷里找不到。',
  fix: '在 spec.volumes 下添加这个卷（StatefulSet 也可以用同名的 volumeClaimTemplate），或者改正挂载里的名字。',
  messages: {
    default:
      '容器 {container} 挂载了卷 "{volume}"，但 Pod 里没有叫这个名字的卷（报错：Not found）；现有的卷：{available}',
    noVolumes:
      '容器 {container} 挂载了卷 "{volume}"，但 Pod 里没有叫这个名字的卷（报错：Not found）；Pod 里一个有效的卷也没有',
    suggest:
      '容器 {container} 挂载了卷 "{volume}"，但 Pod 里没有叫这个名字的卷（报错：Not found）；是不是想写 "{suggestion}"？',
    invalid:
      '容器 {container} 挂载了卷 "{volume}"，但这个卷本身不合法，所以 API server 找不到它（报错：Not found）',
  },
  params: lists('available'),
};
