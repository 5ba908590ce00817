import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '探针按名字选择的端口，在探针所属的容器里并没有声明，所以每次探测都会出错，结果被丢弃。',
  fix: '在这个容器的 ports 里声明同名端口，或者在探针里直接写端口号。',
  messages: {
    livenessProbe:
      '容器 {container} 的 livenessProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会出错（"port {port} not found"），kubelet 会丢弃这个结果，所以这个探针永远不会让容器重启：它什么也没检查',
    readinessProbe:
      '容器 {container} 的 readinessProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会出错（"port {port} not found"），kubelet 会丢弃这个结果，容器停留在最初的未就绪状态，永远不会进入 Ready',
    startupProbe:
      '容器 {container} 的 startupProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会出错（"port {port} not found"），kubelet 会丢弃这个结果：容器不会被杀掉，但也永远不算启动完成，所以它的存活探针和就绪探针都不会运行，它也永远不会进入 Ready',
  },
};
