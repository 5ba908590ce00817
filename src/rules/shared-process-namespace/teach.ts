import type { RuleLesson } from '../../teach/lesson';
import { cmd, few, L, live, liveFocus } from '../../teach/pick';
import { listProcesses, listProcessesFromDebug, showPid1 } from '../../teach/probes';

// The graph's element for the pod's shared PID namespace is what this rule is about: the
// inspector teaches this lesson for both (app/teach/topics/).
export const lesson: RuleLesson = {
  en: {
    what: 'shareProcessNamespace: true — the containers share one PID namespace. The pod’s pause process is PID 1; every container sees every process of the pod (ps), can signal those of the same user (or with CAP_KILL), and can read another container’s files through /proc/PID/root.',
    why: 'It lets a sidecar reload the app (send it SIGHUP), a debugging container inspect it, and the pause process reap zombies whose parent has died. It also weakens isolation: passwords in command lines and environments become readable, and an application that expects to be PID 1 no longer is.',
    analogy:
      'An open-plan flat with the room doors taken out: everyone sees what everyone is doing and can tap anyone on the shoulder. The caretaker who lives at number 1 (pause) tidies up after guests who have left (zombies).',
    notes: [
      {
        title: 'Trap: zombies',
        text: 'A zombie is a finished child process its parent never collected; it keeps its PID. Enough of them exhaust the pod’s PID limit and every fork fails. With a shared PID namespace the pause process reaps orphans, the processes re-parented to PID 1 when their parent exits; the children of a live parent that never calls wait() stay zombies either way. Without a shared namespace the entrypoint is PID 1 and must reap orphans itself (use a small init such as tini).',
      },
      {
        title: 'Careful with kill -HUP 1',
        text: 'With a shared PID namespace, PID 1 is the pause process, not your application: `kill -HUP 1` no longer reloads the app. Find the real PID first (ps, pgrep).',
      },
    ],
  },
  'zh-CN': {
    what: 'shareProcessNamespace: true —— 容器共享一个 PID 命名空间。Pod 的 pause 进程是 1 号进程；每个容器都能看到 Pod 内所有进程（ps），能给同一用户（或有 CAP_KILL）的进程发信号，还能通过 /proc/PID/root 读取另一个容器的文件。',
    why: '这样边车容器可以让主应用重新加载（发 SIGHUP），调试容器可以直接查看主应用，pause 进程也能回收父进程已经退出的僵尸进程。但隔离也变弱了：命令行和环境变量里的密码能被读到，期望自己是 1 号进程的应用也不再是了。',
    analogy:
      '把房门全拆掉的大开间：谁在干什么一目了然，还能拍拍任何人的肩膀。住在 1 号房的管家（pause）负责收拾已经离开的客人留下的摊子（僵尸进程）。',
    notes: [
      {
        title: '陷阱：僵尸进程',
        text: '僵尸进程是已经结束、但父进程没有回收的子进程，它仍然占着 PID。积累多了会耗尽 Pod 的 PID 上限，之后任何 fork 都会失败。共享 PID 命名空间时，pause 会回收孤儿进程，也就是父进程退出后被过继给 1 号进程的那些；父进程还活着却从不调用 wait() 的子进程，无论如何都会一直是僵尸。不共享时，入口进程就是 1 号进程，必须自己回收孤儿（可以用 tini 这样的小型 init）。',
      },
      {
        title: '慎用 kill -HUP 1',
        text: '共享 PID 命名空间后，1 号进程是 pause，而不是你的应用：`kill -HUP 1` 不会再让应用重新加载。先用 ps 或 pgrep 找到真实的 PID。',
      },
    ],
  },
  commands: (s) => {
    const a = live(s);
    return [
      ...few(liveFocus(s)).map((c) =>
        cmd(
          L(
            `Every process of the pod, seen from ${c} (STAT Z marks a zombie)`,
            `从 ${c} 看到 Pod 里的所有进程（STAT 为 Z 的是僵尸进程）`,
          ),
          listProcesses(s, c),
        ),
      ),
      cmd(
        L(
          `The same list from a debug container next to ${a} (for images without ps)`,
          `镜像里没有 ps 时，在 ${a} 旁边用调试容器查看同样的进程列表`,
        ),
        listProcessesFromDebug(s, a),
      ),
      cmd(
        L(
          'Who is PID 1: the sandbox’s pause process (prints /pause)',
          '谁是 1 号进程：沙箱的 pause 进程（输出 /pause）',
        ),
        showPid1(s, a),
      ),
    ];
  },
};
