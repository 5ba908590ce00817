import { podEvents } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';
import { getReferenced } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'The volume refers to a ConfigMap, Secret or PersistentVolumeClaim by name, and this input defines others of that kind but not this one — often a typo.',
    why: 'Unless the object already exists in the namespace, the kubelet cannot mount it: the pod stays in ContainerCreating (ConfigMap, Secret) or Pending (claim), with the reason in its events.',
    analogy:
      'The lease says “house rules: see sheet B”, and the only sheet on the fridge is sheet A.',
  },
  'zh-CN': {
    what: '卷按名字引用了一个 ConfigMap、Secret 或 PersistentVolumeClaim，这份输入里定义了同类的其他对象，却没有它——常常是拼写错误。',
    why: '除非这个对象已经存在于命名空间里，否则 kubelet 挂载不了：Pod 会卡在 ContainerCreating（ConfigMap、Secret）或 Pending（PVC），原因写在事件里。',
    analogy: '租约上写着“室友公约见 B 页”，冰箱上却只贴着 A 页。',
  },
  commands: (s) => [
    cmd(L('Does the object exist in the namespace?', '命名空间里有这个对象吗？'), getReferenced(s)),
    cmd(L('The mount failure, in the pod’s events', 'Pod 事件里的挂载失败'), podEvents(s)),
  ],
};
