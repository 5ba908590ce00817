import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'Pod 里有两个同名的卷。',
  fix: '给其中一个卷改名（并同步修改要用它的 volumeMounts），或者把两个卷合成一个。',
  messages: {
    default:
      '卷名 "{name}" 已经被 volumes[{first}] 用过了：挂载是按名字引用卷的，所以名字必须唯一（报错：Duplicate value）',
  },
};
