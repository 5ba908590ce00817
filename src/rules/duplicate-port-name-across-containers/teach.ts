import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A Service’s targetPort may name a port (targetPort: http). Kubernetes looks the name up across all containers of the pod and takes the first match for the protocol.',
    why: 'When two containers name a port alike, the Service always sends traffic to the first one and never to the other; monitors and meshes that select ports by name may pick either.',
    analogy:
      'Two flatmates both label their extension “front desk”: visitors who ask for the front desk always reach the same one.',
  },
  'zh-CN': {
    what: 'Service 的 targetPort 可以写端口名（targetPort: http）。Kubernetes 会在 Pod 的所有容器里查找这个名字，按协议取第一个匹配的端口。',
    why: '两个容器的端口同名时，Service 的流量永远只发给第一个，另一个永远收不到；按名字选端口的监控和服务网格则可能选中任意一个。',
    analogy: '两个室友都把自己的分机叫作“前台”：访客说找前台，接电话的永远是同一个人。',
  },
  commands: (s) => [
    cmd(
      L('Every container’s port names', '每个容器的端口名'),
      podField(s, '{range .spec.containers[*]}{.name}{": "}{.ports[*].name}{"\\n"}{end}'),
    ),
  ],
};
