import type { RuleLesson, Scene } from '../../teach/lesson';
import { fill } from '../../teach/mounts';
import { cmd, L, liveMounts } from '../../teach/pick';
import { readCgroup } from '../../teach/probes';

function memoryNow(s: Scene) {
  const m = liveMounts(s)[0];
  return m
    ? cmd(
        L(
          `Memory ${m.container} uses now, the volume’s files included`,
          `${m.container} 当前的内存用量（包含卷里的文件）`,
        ),
        readCgroup(s, m.container, 'memory.current'),
      )
    : undefined;
}

export const lesson: RuleLesson = {
  en: {
    what: 'An emptyDir with medium Memory is a tmpfs. The kubelet sizes it to the smallest of its sizeLimit, the pod’s memory limit (which exists only when every container has one) and the node’s allocatable memory: without sizeLimit, that is the pod’s limit or, when some container has no limit, the node’s allocatable memory. Each page of its files is charged to the memory of the container that first writes it.',
    why: 'Filling the volume fills memory: the writer is OOM-killed at its limit, restarting it frees nothing because the files stay, and without limits the node itself runs short.',
    analogy:
      'A fridge shelf with no edge: the more you stack on it, the less room there is for anybody’s food.',
  },
  'zh-CN': {
    what: 'medium 为 Memory 的 emptyDir 是一个 tmpfs。kubelet 取它的 sizeLimit、Pod 的内存限制（limit）——只有每个容器都设置了限制时 Pod 才有——和节点可分配内存三者中最小的作为大小：没有 sizeLimit 时，就是 Pod 的内存限制；如果有容器没设限制，则是节点的可分配内存。文件的每一页都算在最先写入它的那个容器的内存上。',
    why: '写满这个卷就等于吃满内存：写入容器到达限制后被 OOM 杀掉；重启也释放不了，因为文件还在；没有限制时连节点本身都会内存吃紧。',
    analogy: '冰箱里一格没有边沿的隔板：堆得越多，大家放食物的地方就越少。',
  },
  commands: (s) => [...fill(s), memoryNow(s)],
};
