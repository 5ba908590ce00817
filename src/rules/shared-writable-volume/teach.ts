import type { RuleLesson } from '../../teach/lesson';
import { fill, seeMounts } from '../../teach/mounts';

export const lesson: RuleLesson = {
  en: {
    what: 'Two or more containers mount the same volume read-write. They see each other’s writes at once, and nothing coordinates them: there is no locking between containers unless the programs take file locks themselves.',
    why: 'Lines from two writers interleave, a reader picks up half-written files, and log rotation races the writer: the shipper’s tail -f keeps reading a renamed file, or copytruncate loses the lines written during the copy (the classic file-lock conflict of log sidecars).',
    analogy:
      'Two flatmates writing in the same notebook at the same time, each sure the page is theirs.',
  },
  'zh-CN': {
    what: '两个或更多容器以读写方式挂载同一个卷。彼此的写入立刻可见，而且没有任何协调：除非程序自己加文件锁，容器之间不存在锁。',
    why: '两个写入者的日志行会交错，读取方会读到写了一半的文件，日志轮转还会和写入方赛跑：采集器的 tail -f 继续读着已被改名的旧文件，或者 copytruncate 丢掉复制期间写入的行（这就是日志 sidecar 典型的文件锁冲突）。',
    analogy: '两个室友同时在同一本笔记本上写字，都以为这一页是自己的。',
  },
  commands: (s) => [...seeMounts(s), ...fill(s, true)],
};
