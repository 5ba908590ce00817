import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '探针按名字选择的端口，在探针所属的容器里并没有声明，所以每次探测都会出错。',
  fix: '在这个容器的 ports 里声明同名端口，或者在探针里直接写端口号。',
  messages: {
    livenessProbe:
      '容器 {container} 的 livenessProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会失败（"port {port} not found"），容器会被一遍又一遍地重启',
    readinessProbe:
      '容器 {container} 的 readinessProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会失败（"port {port} not found"），容器永远不会进入 Ready 状态',
    startupProbe:
      '容器 {container} 的 startupProbe 指向端口 {port}，但 {container} 没有声明它：kubelet 只在探针所属的容器里解析端口名，每次探测都会失败（"port {port} not found"），容器在 failureThreshold 次尝试之后被杀掉',
  },
};
