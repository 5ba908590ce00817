import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '容器以特权模式运行：拥有全部权能（capability）和所有主机设备，不受 seccomp 或 AppArmor 约束。',
  fix: '删掉 privileged: true，从 drop: [ALL] 开始，只添加进程需要的权能（securityContext.capabilities.add）。',
  messages: {
    default:
      '容器 {container} 以特权模式运行：它拥有全部权能和节点的所有设备，seccomp/AppArmor 约束也被关掉，还无法开启 no_new_privs（API 服务器会拒绝在这里设置 allowPrivilegeEscalation: false），里面的进程可以接管节点',
    ephemeral:
      '临时容器 {container} 以特权模式运行：调试期间它拥有全部权能和节点的所有设备，用它的人可以接管节点',
  },
};
