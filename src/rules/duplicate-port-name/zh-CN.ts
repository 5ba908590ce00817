import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '同一个容器的两个端口用了同一个名字。',
  fix: '给容器的每个端口起不同的名字（例如 http 和 metrics）。',
  messages: {
    default:
      '容器 {container} 已经有一个名为 "{name}" 的端口（ports[{first}]）：Service 和探针按名字选择端口，所以名字必须唯一（报错：Duplicate value）',
  },
};
