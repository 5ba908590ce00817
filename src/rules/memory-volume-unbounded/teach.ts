import { exec } from '../../teach/kubectl';
import type { RuleLesson, Scene } from '../../teach/lesson';
import { fill } from '../../teach/mounts';
import { cmd, L, liveMounts } from '../../teach/pick';

function memoryNow(s: Scene) {
  const m = liveMounts(s)[0];
  return m
    ? cmd(
        L(
          `Memory ${m.container} uses now, the volume’s files included`,
          `${m.container} 当前的内存用量（包含卷里的文件）`,
        ),
        exec(s, m.container, ['cat', '/sys/fs/cgroup/memory.current']),
      )
    : undefined;
}

export const lesson: RuleLesson = {
  en: {
    what: 'An emptyDir with medium Memory and no sizeLimit is a tmpfs the size of the pod’s memory limit, or of the node’s memory when some container has no limit. Its files are charged to the memory of the container that writes them.',
    why: 'Filling the volume fills memory: the writer is OOM-killed at its limit, restarting it frees nothing because the files stay, and without limits the node itself runs short.',
    analogy:
      'A fridge shelf with no edge: the more you stack on it, the less room there is for anybody’s food.',
  },
  'zh-CN': {
    what: 'medium 为 Memory 且没有 sizeLimit 的 emptyDir，是一个和 Pod 内存 limit 一样大的 tmpfs；如果有容器没设 limit，它能和节点内存一样大。里面的文件算在写入它的容器的内存上。',
    why: '写满这个卷就等于吃满内存：写入容器到达 limit 后被 OOM 杀掉；重启也释放不了，因为文件还在；没有 limit 时连节点本身都会内存吃紧。',
    analogy: '冰箱里一格没有边沿的隔板：堆得越多，大家放食物的地方就越少。',
  },
  commands: (s) => [...fill(s), memoryNow(s)],
};
