import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'A volumeMount names a volume of the pod: an entry of spec.volumes or, in a StatefulSet, a volumeClaimTemplate.',
    why: 'A mount that names no volume cannot be made, so the API server rejects the pod (Not found). A near-miss spelling is the usual cause.',
    analogy: 'Labelling your door “cupboard B” when the flat has no cupboard B.',
  },
  'zh-CN': {
    what: 'volumeMount 引用的是 Pod 的一个卷：spec.volumes 里的一项，或者 StatefulSet 的某个 volumeClaimTemplate。',
    why: '引用了不存在的卷，挂载就无法完成，所以 API Server 会拒绝这个 Pod（Not found）。通常是名字拼错了一点。',
    analogy: '在自家门上贴了“B 柜”的标签，可公寓里根本没有 B 柜。',
  },
  commands: rejected('volumes'),
};
