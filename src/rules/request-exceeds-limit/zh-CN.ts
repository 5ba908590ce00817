import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '同一个容器里某项资源的请求（request）高于限制（limit）（扩展资源和 hugepages 则是请求不等于限制）。',
  fix: '调低请求（request）或调高限制（limit）：请求是调度器为容器预留的量，限制是容器最多能用的量。扩展资源和 hugepages 要求请求等于限制。',
  messages: {
    default:
      '容器 {container} 的 {resource} 请求（request）{requestValue} 不合法：必须小于或等于 {resource} 限制（limit）{limitValue}',
    notEqual:
      '容器 {container} 的 {resource} 请求（request）{requestValue} 不合法：必须等于 {resource} 限制（limit）{limitValue}（{resource} 不能超售）',
    pod: 'Pod 级的 {resource} 请求（request）{requestValue} 不合法：必须小于或等于 {resource} 限制（limit）{limitValue}',
    podNotEqual:
      'Pod 级的 {resource} 请求（request）{requestValue} 不合法：必须等于 {resource} 限制（limit）{limitValue}（{resource} 不能超售）',
  },
};
