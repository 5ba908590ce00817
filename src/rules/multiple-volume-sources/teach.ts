import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Each volume has exactly one source: emptyDir, configMap, secret, persistentVolumeClaim and so on.',
    why: 'With two sources it is unclear what the directory should contain, so the API server rejects the pod (“may not specify more than 1 volume type”).',
    analogy: 'One cupboard cannot be both the fridge and the key safe.',
  },
  'zh-CN': {
    what: '每个卷只能有一个来源：emptyDir、configMap、secret、persistentVolumeClaim 等等。',
    why: '有两个来源时，说不清这个目录里该放什么，所以 API Server 会拒绝这个 Pod（“may not specify more than 1 volume type”）。',
    analogy: '一个柜子不能既当冰箱又当钥匙盒。',
  },
  commands: rejected('volumes'),
};
