import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '设置了 hostNetwork: true，但某个 hostPort 与它的 containerPort 不一致。',
  fix: '使用 hostNetwork 时，去掉 hostPort（它默认等于 containerPort）或让它等于 containerPort；想换一个端口对外，就改应用监听的端口。',
  messages: {
    default:
      'hostNetwork 为 true 时，容器 {container} 的 hostPort {hostPort} 必须与 containerPort {containerPort} 相同：容器直接绑定节点的 {containerPort} 端口，中间没有端口映射',
  },
};
