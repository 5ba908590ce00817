import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { showStatus } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'allowPrivilegeEscalation: false sets the kernel’s no_new_privs flag: a process can never gain more privileges than its parent, whatever setuid binaries or file capabilities the image contains.',
    why: 'Left unset, it stays on for most containers, so a setuid binary in the image can raise an attacker’s privileges; the restricted Pod Security Standard requires false.',
    analogy: 'A spare master key taped under the doormat: harmless until someone looks there.',
    notes: [
      {
        title: 'Not on a privileged container',
        text: 'The API server rejects allowPrivilegeEscalation: false together with privileged: true or an added CAP_SYS_ADMIN, and such a container already holds every privilege escalation could give. podscope does not ask for false there: privileged-container or dangerous-capabilities is the finding to act on.',
      },
    ],
  },
  'zh-CN': {
    what: 'allowPrivilegeEscalation: false 会设置内核的 no_new_privs 标志：无论镜像里有什么 setuid 程序或文件权能，进程都不可能获得比父进程更多的权限。',
    why: '不设置时，大多数容器里它是开着的，镜像里的 setuid 程序就可能帮攻击者提权；Pod 安全标准的 restricted 级别要求设为 false。',
    analogy: '门垫下面粘着一把备用万能钥匙：没人去翻之前都相安无事。',
    notes: [
      {
        title: '特权容器不适用',
        text: 'API 服务器会拒绝把 allowPrivilegeEscalation: false 和 privileged: true 或添加的 CAP_SYS_ADMIN 一起使用，而且这样的容器已经拥有提权所能得到的全部权限。podscope 不会在那里要求设为 false：该处理的是“特权容器”或“危险权能”规则的发现。',
      },
    ],
  },
  commands: (s) => {
    const c = live(s);
    return [
      cmd(
        L(
          `NoNewPrivs in ${c}: 1 when escalation is blocked`,
          `${c} 的 NoNewPrivs：为 1 表示已禁止提权`,
        ),
        showStatus(s, c, 'NoNewPrivs'),
      ),
    ];
  },
};
