import type { RuleLesson } from '../../teach/lesson';
import { fill, seeMounts } from '../../teach/mounts';

export const lesson: RuleLesson = {
  en: {
    what: 'Two or more containers mount the same volume read-write. They see each other’s writes at once, and nothing coordinates them: there is no locking between containers unless the programs take file locks themselves.',
    why: 'Nothing takes a lock here: neither a shell’s >> nor tail -f locks the file. The real problems are elsewhere: lines from two writers interleave, a reader picks up half-written files, and log rotation loses data. After rotation by rename, a shipper that follows the open file (tail -f) keeps reading the old file and never sees the new one; copytruncate loses the lines written between the copy and the truncate. Rotate by rename and let the reader follow the name (tail -F).',
    analogy:
      'Two flatmates writing in the same notebook at the same time, each sure the page is theirs.',
  },
  'zh-CN': {
    what: '两个或更多容器以读写方式挂载同一个卷。彼此的写入立刻可见，而且没有任何协调：除非程序自己加文件锁，容器之间不存在锁。',
    why: '这里没有任何东西加锁：shell 的 >> 和 tail -f 都不会锁文件。真正的问题在别处：两个写入者的日志行会交错，读取方会读到写了一半的文件，日志轮转会丢数据。按改名方式轮转后，跟着已打开文件走的采集器（tail -f）还在读旧文件，永远看不到新文件；copytruncate 则会丢掉复制和截断之间写入的行。应该按改名方式轮转，并让读取方按文件名跟随（tail -F）。',
    analogy: '两个室友同时在同一本笔记本上写字，都以为这一页是自己的。',
  },
  commands: (s) => [...seeMounts(s), ...fill(s, true)],
};
