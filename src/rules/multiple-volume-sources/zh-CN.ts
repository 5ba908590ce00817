import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '一个卷指定了多个来源（例如同时写了 emptyDir 和 configMap）。',
  fix: '每个卷只保留一个来源。想把 ConfigMap、Secret 和 downward API 文件放进同一个目录，用 projected 卷。',
  messages: {
    default: '卷 "{volume}" 有多个来源（{sources}）：一个卷最多只能指定 1 种卷类型',
  },
  params: lists('sources'),
};
