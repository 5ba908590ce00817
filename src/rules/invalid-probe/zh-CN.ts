import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '探针（或生命周期回调）没有指定处理方式或者指定了不止一种，或者生命周期回调用了 tcpSocket：API Server 接受它，kubelet 却执行不了。',
  fix: '每个探针只能在 exec、httpGet、tcpSocket 和 grpc 里选一种，每个生命周期回调只能在 exec、httpGet 和 sleep 里选一种（tcpSocket 不是回调的处理方式）；两项检查请拆成两个探针。',
  messages: {
    none: '容器 {container} 的 {field} 必须指定一种处理方式：exec、httpGet、tcpSocket 或 grpc 之一',
    many: '容器 {container} 的 {field} 只能指定 1 种处理方式（现在有 {handlers}）',
    hookNone: '容器 {container} 的 {field} 必须指定一种处理方式：exec、httpGet 或 sleep 之一',
    postStartTcpSocket:
      '容器 {container} 的 lifecycle.postStart 用了 tcpSocket，而它不是生命周期回调的处理方式：API Server 只是为了向后兼容才保留这个字段，kubelet 执行不了它，所以每次启动时回调都会失败（FailedPostStartHook），容器被杀掉，再按重启策略重启；请改用 exec、httpGet 或 sleep',
    preStopTcpSocket:
      '容器 {container} 的 lifecycle.preStop 用了 tcpSocket，而它不是生命周期回调的处理方式：API Server 只是为了向后兼容才保留这个字段，kubelet 执行不了它，所以每次停止时回调都会失败（FailedPreStopHook），容器直接收到 SIGTERM，回调本该提供的等待或清理都没有发生；请改用 exec、httpGet 或 sleep',
  },
  params: lists('handlers'),
};
