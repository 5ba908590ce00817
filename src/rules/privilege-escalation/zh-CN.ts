import type { RuleTranslation } from '../types';
import type { meta } from './meta';

const ESCALATE =
  '所以 no_new_privs 没有开启，镜像里的 setuid 程序或带文件权能（capability）的程序可以提升进程的权限（restricted Pod 安全标准要求设为 false）';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器没有设置 allowPrivilegeEscalation: false。',
  fix: '在每个容器上设置 securityContext.allowPrivilegeEscalation: false（它不能和 privileged: true 或 CAP_SYS_ADMIN 同时使用）。',
  messages: {
    unset: `容器 {container} 没有设置 allowPrivilegeEscalation: false，${ESCALATE}`,
    explicit: `容器 {container} 设置了 allowPrivilegeEscalation: true，${ESCALATE}`,
  },
};
