import { nameProblems } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器名或卷名不是合法的 DNS-1123 label，或者端口名不是合法的 IANA 服务名。',
  fix: '只用小写字母、数字和 "-"，并以字母或数字开头和结尾（最多 63 个字符；端口名最多 15 个字符，且至少包含一个字母）。',
  messages: {
    container: '容器名 "{name}" 不合法：{detail}',
    volume: '卷名 "{name}" 不合法：{detail}',
    port: '端口名 "{name}" 不合法（端口名是 IANA 服务名：最多 15 个字符，只能用 a-z、0-9 和 "-"）：{detail}',
  },
  params: (p) => ({ ...p, detail: nameProblems(String(p.detail ?? '')) }),
};
