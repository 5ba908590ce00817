import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '时长已知的 preStop 回调（sleep 动作，或只有 sleep N 的 exec）让进程在 SIGTERM 和 SIGKILL 之间只剩不到 10 秒，或不到宽限期的四分之一；sleep 动作比宽限期还长时会被拒绝。',
  fix: '把 preStop 的 sleep 控制在端点察觉 Pod 即将离开所需的时间（几秒），或者调大 terminationGracePeriodSeconds，让 preStop 加上应用自己的关闭过程都放得下，并在 SIGTERM 之后留出余量。',
  messages: {
    default:
      '容器 {container}：它的 preStop 回调占用了 {grace} 秒宽限期（terminationGracePeriodSeconds）中的 {seconds} 秒，所以第 {sigterm} 秒才发出 SIGTERM，第 {sigkill} 秒就是 SIGKILL：进程只有 {left} 秒来处理完请求并关闭，到时没做完的都会被杀掉',
    beyond:
      '容器 {container}：它的 preStop 回调要 sleep {seconds} 秒，比 {grace} 秒的宽限期（terminationGracePeriodSeconds）还长：kubelet 在第 {grace} 秒不再等它，发出 SIGTERM，{left} 秒后就是 SIGKILL，进程几乎没有时间关闭',
    rejected:
      '容器 {container}：preStop 的 sleep 动作要 {seconds} 秒，比 {grace} 秒的宽限期（terminationGracePeriodSeconds）还长：API 服务器会拒绝这个 Pod',
  },
};
