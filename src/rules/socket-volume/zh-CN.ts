import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '被两个或更多容器共享、挂载在 /run、/var/run 或 *.sock 路径上的卷：这是它们之间的 Unix socket 通道。',
  fix: '只在需要的容器里挂载 socket 所在的卷；只负责连接的容器用 readOnly 挂载（连接 socket 不需要挂载点的写权限）。',
  messages: {
    default:
      '卷 {volume} 由容器 {containers} 共享，在 {container} 中挂载于 {mountPath}：在这里创建的 Unix domain socket 让这些容器不经过网络就能通信（谁能访问这个 socket，谁就能使用它背后的服务）',
  },
  params: lists('containers'),
};
