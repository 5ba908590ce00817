import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'Pod 使用节点的 IPC 命名空间。',
  fix: '去掉 hostIPC。同一个 Pod 的容器之间本来就共享 IPC 命名空间，协作不需要它。',
  messages: {
    default:
      'hostIPC 为 true：容器与节点以及其他所有 hostIPC Pod 共享 System V IPC 对象和 POSIX 共享内存，因此能读取或破坏不属于自己的共享内存段',
  },
};
