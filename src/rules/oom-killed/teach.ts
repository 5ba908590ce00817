import { describePod, logs } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, focus, L } from '../../teach/pick';
import { usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'The status shows a container whose last run ended with OOMKilled (exit code 137): it used more memory than its limit and the kernel killed it — or, without a limit, the node ran out and the OOM killer chose it.',
    why: 'In-flight work is lost at every kill, repeated kills end in CrashLoopBackOff, and a sidecar that is OOM-killed takes its service (logs, proxy) away from the app.',
    analogy: 'The fuse tripped: the flatmate drew more power than their circuit allows.',
  },
  'zh-CN': {
    what: '状态显示某个容器上一次运行以 OOMKilled 结束（退出码 137）：它用的内存超过了限制（limit），被内核杀掉——或者它没有限制，节点内存耗尽时 OOM killer 选中了它。',
    why: '每次被杀，正在处理的工作都会丢失；反复被杀会进入 CrashLoopBackOff；边车容器被 OOM 时，它提供的服务（日志、代理）也就从应用身边消失了。',
    analogy: '电闸跳了：这个室友用的电超过了他那条线路的额度。',
  },
  commands: (s) => {
    const c = focus(s);
    return [
      cmd(
        L(
          'Last State: Terminated, Reason: OOMKilled',
          'Last State 显示 Terminated，Reason 为 OOMKilled',
        ),
        describePod(s),
      ),
      cmd(
        L(`What ${c} printed before it was killed`, `${c} 被杀前的输出`),
        logs(s, c, ['--previous']),
      ),
      usageNow(s),
    ];
  },
};
