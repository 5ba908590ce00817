import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '两个同时运行的容器声明了相同的 containerPort 和协议，或者一个容器把它声明了两次。',
  fix: '让每个监听者用各自的端口（应用的监听端口和 containerPort 一起改），或者删掉重复的声明。',
  messages: {
    default:
      '容器 {first} 和 {second} 都声明了端口 {port}/{protocol}：它们共用一个网络命名空间，后绑定的那个会失败，报错 "address already in use"',
    sameContainer:
      '容器 {second} 把端口 {port}/{protocol} 声明了两次（ports[{firstIndex}] 和 ports[{secondIndex}]）：一个监听者不能把同一个端口绑定两次；API server 会警告端口定义重复',
    sequential:
      'Init 容器 {first} 和容器 {second} 都声明了端口 {port}/{protocol}：{second} 启动之前 {first} 已经退出，所以两次绑定都会成功，但 API server 会警告端口定义重复',
  },
};
