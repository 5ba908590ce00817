import type { RuleTranslation } from '../types';
import type { meta } from './meta';

const FRACTION =
  '，也就是 {bytes} 字节（"m" 表示千分之一）：API server 会警告字节数不能是小数，Kubernetes 会向上取整成整数字节（{rounded}）';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    'memory 或 ephemeral-storage 的数量只有零点几个字节，通常是把 "Mi" 误写成了 "m"（千分之一）。',
  fix: '字节数要用字节的后缀：Mi 或 Gi（2 的幂），或者 M 或 G（10 的幂），绝不要用 m。',
  messages: {
    container: `容器 {container} 的 {field}.{resource} 是 {value}${FRACTION}`,
    containerSuggest: `容器 {container} 的 {field}.{resource} 是 {value}${FRACTION}；是不是想写 {suggestion}？`,
    overhead: `overhead.{resource} 是 {value}${FRACTION}`,
    overheadSuggest: `overhead.{resource} 是 {value}${FRACTION}；是不是想写 {suggestion}？`,
  },
};
