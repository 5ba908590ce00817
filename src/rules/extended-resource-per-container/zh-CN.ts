import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器申请了 GPU 或其他扩展资源，这些资源只归这一个容器所有。',
  fix: '在真正使用设备的容器里申请它。要共享 GPU，用设备插件的共享方式（时间片、MIG、MPS）或动态资源分配（DRA），或者把两个进程放进同一个容器。',
  messages: {
    default:
      '容器 {container} 申请了 {quantity} 个 {resource}：扩展资源按整个单位分给这一个容器（由设备插件分配设备），Pod 里的其他容器用不了，而且它们从不共享、也不超售（request 必须等于 limit）',
  },
};
