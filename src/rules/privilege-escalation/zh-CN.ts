import type { RuleTranslation } from '../types';
import type { meta } from './meta';

const ESCALATE =
  '所以 no_new_privs 没有开启，镜像里的 setuid 程序或带文件权能（capability）的程序可以提升进程的权限（restricted Pod 安全标准要求设为 false）';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器没有设置 allowPrivilegeEscalation: false。',
  fix: '在每个容器上设置 securityContext.allowPrivilegeEscalation: false。特权容器和添加了 CAP_SYS_ADMIN 的容器除外：API 服务器会拒绝在它们上面设为 false，podscope 改在“特权容器”和“危险权能”两条规则里报告这些容器。',
  messages: {
    unset: `容器 {container} 没有设置 allowPrivilegeEscalation: false，${ESCALATE}`,
    explicit: `容器 {container} 设置了 allowPrivilegeEscalation: true，${ESCALATE}`,
  },
};
