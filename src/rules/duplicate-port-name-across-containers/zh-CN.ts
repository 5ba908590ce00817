import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '两个容器声明了同名的端口，按名字选择端口时就有了歧义。',
  fix: '让 Pod 里每个端口名都唯一，例如加上容器角色前缀：app-http、proxy-http。',
  messages: {
    default:
      '端口名 {name}（{protocol}）同时由容器 {winner} 和 {loser} 声明：targetPort 为 {name} 的 Service 总是把流量发给 {winner} 的端口 {winnerPort}，永远不会发给 {loser} 的端口 {loserPort}',
    otherProtocol:
      '端口名 {name} 同时由容器 {winner}（{winnerProtocol}）和 {loser}（{loserProtocol}）声明：Service 能按协议区分它们，但只按名字选端口的工具（监控、服务网格）可能选中其中任意一个',
  },
};
