import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '同一个容器里某项资源的 request 高于 limit（扩展资源和 hugepages 则是 request 不等于 limit）。',
  fix: '调低 request 或调高 limit：request 是调度器为容器预留的量，limit 是容器最多能用的量。扩展资源和 hugepages 要求 request 等于 limit。',
  messages: {
    default:
      '容器 {container} 的 {resource} request {request} 不合法：必须小于或等于 {resource} limit {limit}',
    notEqual:
      '容器 {container} 的 {resource} request {request} 不合法：必须等于 {resource} limit {limit}（{resource} 不能超售）',
    pod: 'Pod 级的 {resource} request {request} 不合法：必须小于或等于 {resource} limit {limit}',
    podNotEqual:
      'Pod 级的 {resource} request {request} 不合法：必须等于 {resource} limit {limit}（{resource} 不能超售）',
  },
};
