import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'With hostNetwork there is no port mapping: the container binds the node’s port directly, so hostPort must equal containerPort (it defaults to it).',
    why: 'The API server rejects a different hostPort: there is nothing that could translate one port into the other.',
    analogy:
      'Answering the building’s switchboard, you cannot ask callers to dial another extension than the one you pick up.',
  },
  'zh-CN': {
    what: '使用 hostNetwork 时没有端口映射：容器直接绑定节点的端口，所以 hostPort 必须等于 containerPort（默认就等于它）。',
    why: 'API Server 会拒绝不同的 hostPort：根本没有东西能把一个端口转换成另一个。',
    analogy: '你在接整栋楼的总机，就不能让来电者拨一个和你接听的分机不同的号码。',
  },
  commands: rejected('containers.ports'),
};
