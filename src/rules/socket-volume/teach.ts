import type { RuleLesson } from '../../teach/lesson';
import { seeMounts } from '../../teach/mounts';
import { cmd, L, liveMounts } from '../../teach/pick';
import { listUnixSockets } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'A Unix domain socket is a file: one process listens on, say, /var/run/app.sock, and every container that mounts the same volume can connect to it — no TCP stack, no port.',
    why: 'It is faster than TCP over localhost, cannot clash with another port, and file permissions decide who may connect. But any container that mounts the volume can reach the service behind the socket.',
    analogy: 'A private speaking tube between two rooms, instead of the flat’s intercom.',
  },
  'zh-CN': {
    what: 'Unix Domain Socket 就是一个文件：一个进程监听比如 /var/run/app.sock，挂载了同一个卷的每个容器都能连上它——不走 TCP 协议栈，也不占端口。',
    why: '它比 localhost 上的 TCP 更快，不会和其他端口冲突，谁能连接由文件权限决定。但任何挂载了这个卷的容器都能访问 socket 背后的服务。',
    analogy: '两个房间之间的一根专用传声筒，而不是整个公寓共用的对讲机。',
  },
  commands: (s) => {
    const m = liveMounts(s)[0];
    return [
      ...seeMounts(s),
      m &&
        cmd(
          L('Unix sockets listening in the pod', 'Pod 里正在监听的 Unix socket'),
          listUnixSockets(s, m.container),
        ),
    ];
  },
};
