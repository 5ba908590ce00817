import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '端口协议不是 TCP、UDP 或 SCTP（取值区分大小写）。',
  fix: '协议用大写：TCP（省略时的默认值）、UDP 或 SCTP。HTTP 或 gRPC 用 TCP，并给端口起个名字（http、grpc）。',
  messages: {
    default: '容器 {container} 的协议 "{protocol}" 不受支持：可选值为 "SCTP"、"TCP"、"UDP"（大写）',
  },
};
