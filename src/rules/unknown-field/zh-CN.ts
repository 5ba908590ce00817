import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '该位置的字段在 Kubernetes schema 里不存在（严格解码会拒绝它）。',
  fix: '改正字段名（区分大小写），或把字段移到它所属的层级；`kubectl explain pod.spec.containers` 会列出合法的字段。',
  messages: {
    default: '未知字段 "{field}"：{type} 里没有这个字段，kubectl 的严格字段校验会拒绝整个对象',
    suggest:
      '未知字段 "{field}"，是不是想写 "{suggestion}"？{type} 里没有字段 "{field}"，kubectl 的严格字段校验会拒绝整个对象',
  },
};
