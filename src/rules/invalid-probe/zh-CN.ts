import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '探针（或生命周期钩子）没有指定处理方式，或者指定了不止一种。',
  fix: '每个探针只能在 exec、httpGet、tcpSocket 和 grpc 里选一种（钩子：exec、httpGet 或 sleep）；两项检查请拆成两个探针。',
  messages: {
    none: '容器 {container} 的 {field} 必须指定一种处理方式：exec、httpGet、tcpSocket 或 grpc 之一',
    many: '容器 {container} 的 {field} 只能指定 1 种处理方式（现在有 {handlers}）',
    hookNone:
      '容器 {container} 的 {field} 必须指定一种处理方式：exec、httpGet、tcpSocket 或 sleep 之一',
  },
  params: lists('handlers'),
};
