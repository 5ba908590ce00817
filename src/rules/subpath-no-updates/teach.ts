import type { RuleLesson } from '../../teach/lesson';
import { seeMounts } from '../../teach/mounts';
import { cmd, L } from '../../teach/pick';
import { getReferenced } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'A subPath mount is a bind mount of one file or directory as it was when the container started. ConfigMap, Secret and projected volumes update by swapping a symlink, which a subPath mount does not follow.',
    why: 'Changes to the ConfigMap or Secret never reach this container until it restarts, so replicas started at different times run with different configuration — or an old certificate.',
    analogy:
      'Photocopying the house rules on the day you move in: when the landlord changes the sheet on the fridge, your copy stays as it was.',
  },
  'zh-CN': {
    what: 'subPath 挂载是把某个文件或目录在容器启动那一刻的样子 bind mount 进来。ConfigMap、Secret 和 projected 卷是靠切换符号链接来更新的，而 subPath 挂载不会跟随符号链接。',
    why: 'ConfigMap 或 Secret 的变化在容器重启前永远到不了这个容器，于是不同时间启动的副本用着不同的配置——或者过期的证书。',
    analogy: '入住当天把室友公约复印了一份：房东换了冰箱上的那张，你手里的复印件还是老样子。',
  },
  commands: (s) => [
    cmd(
      L('The object as the cluster has it now', '集群里该对象当前的内容'),
      getReferenced(s, ['-o', 'yaml']),
    ),
    ...seeMounts(s),
  ],
};
