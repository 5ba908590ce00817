import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    'Service 的选择算符与输入中任何工作负载的 Pod 模板标签都不匹配，因此从它们那里得不到任何端点。',
  fix: '让选择算符成为 Pod 模板标签的子集（是 Deployment 的 spec.template.metadata.labels，而不是它自己的 metadata.labels）；选择算符里的每个 键=值 都必须出现在 Pod 上。如果 Pod 来自另一份输入，就在 Service 上用 podscope.io/ignore 注解写明。',
  messages: {
    default:
      'Service {service} 选择带有标签 {selector} 的 Pod，而这份输入中没有任何工作负载的 Pod 模板标签与之匹配：除非这样的 Pod 来自别处，否则这个 Service 没有端点，连接它会被拒绝或超时',
  },
};
