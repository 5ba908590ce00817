import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A volume is declared under spec.volumes but no container mounts it.',
    why: 'Usually dead configuration, or a mount that was forgotten. For a claim it is worse: the scheduler still waits for the claim to exist and bind before it places the pod, and a claim template still provisions storage for every replica.',
    analogy: 'Renting a storage unit nobody has a key to.',
  },
  'zh-CN': {
    what: '在 spec.volumes 里声明了一个卷，却没有任何容器挂载它。',
    why: '通常是无用的配置，或者忘了写挂载。如果是 PVC 就更糟：调度器仍要等这个 PVC 存在并绑定后才会放置 Pod；volumeClaimTemplate 也仍会为每个副本创建存储。',
    analogy: '租了一个谁都没有钥匙的储物间。',
  },
  commands: (s) => [
    cmd(L('The volumes the pod declares', 'Pod 声明的卷'), podField(s, '{.spec.volumes[*].name}')),
    cmd(
      L('The volumes each container mounts', '每个容器挂载的卷'),
      podField(s, '{range .spec.containers[*]}{.name}{": "}{.volumeMounts[*].name}{"\\n"}{end}'),
    ),
  ],
};
