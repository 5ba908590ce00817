import { quantityProblem } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '资源的请求（request）、限制（limit）、overhead 或 sizeLimit 不是合法的 Kubernetes 数量（如 1KB、1 Gi、500mi、1.2.3），或者是负数。',
  fix: '写成数字加可选的后缀：十进制的 k、M、G、T（1000 的幂），二进制的 Ki、Mi、Gi、Ti（1024 的幂），或 m（千分之一，用于 CPU）：500m、1.5、256Mi、1Gi。',
  messages: {
    default:
      '{resource} "{value}" 不是合法的 Kubernetes 数量：{detail}；API server 无法解码这个对象',
    suggest:
      '{resource} "{value}" 不是合法的 Kubernetes 数量：{detail}；是不是想写 "{suggestion}"？',
    negative: '{resource} "{value}" 不合法：必须大于或等于 0',
    sizeLimit: 'emptyDir 的 sizeLimit "{value}" 不合法：SizeLimit 必须是合法的资源数量（不能为负）',
    notInteger: '{resource} "{value}" 不合法：必须是整数（扩展资源按整个设备分配）',
  },
  params: (p) => (p.detail === undefined ? p : { ...p, detail: quantityProblem(String(p.detail)) }),
};
