import { logs, podWide } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { listListeningPorts } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'The containers of a pod share one network namespace, so each port can be bound by one process only. containerPort does not open anything by itself: two containers declaring one port means two programs that will try to listen on it.',
    why: 'Whichever container binds second fails with “address already in use”, restarts, and ends in CrashLoopBackOff; the pod never becomes Ready. An init container that has exited before the other starts is harmless.',
    analogy:
      'Two flatmates both want intercom extension 8080, but there is only one line: whoever plugs in second gets no dial tone.',
  },
  'zh-CN': {
    what: 'Pod 里的容器共享一个网络命名空间，所以每个端口只能被一个进程绑定。containerPort 本身并不会打开任何端口：两个容器声明同一个端口，意味着有两个程序会去监听它。',
    why: '后绑定的那个容器会报 “address already in use”，不断重启，最终进入 CrashLoopBackOff；Pod 永远不会 Ready。如果是一个在对方启动前就已退出的 Init 容器，则没有影响。',
    analogy: '两个室友都想要 8080 这部分机，但线路只有一条：后插上的那个听不到拨号音。',
  },
  commands: (s) => {
    const ports = s.ports;
    const second = ports[ports.length - 1]?.container ?? live(s);
    const first = ports[0]?.container ?? live(s);
    const port = ports[0];
    return [
      cmd(
        L(
          'STATUS and RESTARTS: the loser crash-loops',
          '看 STATUS 和 RESTARTS：抢输的容器在反复崩溃',
        ),
        podWide(s),
      ),
      cmd(
        L(
          `Why ${second} died last time: “address already in use”`,
          `${second} 上次为什么退出：“address already in use”`,
        ),
        logs(s, second, ['--previous']),
      ),
      port &&
        cmd(
          L(
            `Which ports are taken: ${port.port} is listed once`,
            `哪些端口已被占用：${port.port} 只会出现一次`,
          ),
          listListeningPorts(s, first),
        ),
    ];
  },
};
