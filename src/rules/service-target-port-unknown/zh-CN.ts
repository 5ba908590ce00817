import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'Service 的 targetPort 指向一个端口名，而它选中的工作负载里没有任何容器声明这个名字。',
  fix: '使用容器在 ports[].name 中声明的名字（名字区分大小写，协议也必须一致），或者在真正监听的容器上声明这个名字，或者把 targetPort 写成数字。',
  messages: {
    default:
      'Service {service} 把端口 {port} 转发到名为 {targetPort} 的容器端口（{protocol}），而这份输入中它选中的工作负载没有任何容器声明这个名字的 {protocol} 端口：端点控制器会把这些 Pod 排除在外，这个端口的 Service 没有端点',
  },
};
