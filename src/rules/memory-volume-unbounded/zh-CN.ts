import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    'medium 为 Memory 的 emptyDir 没有设置 sizeLimit，tmpfs 可能一直涨，直到写入者被 OOM kill。',
  fix: '设置 emptyDir.sizeLimit（例如 sizeLimit: 256Mi），并在写入它的容器的内存限制（limit）里给它留出空间（比 Pod 内存限制还大的 sizeLimit 不起作用：kubelet 取较小的那个）。',
  messages: {
    default:
      'emptyDir {volume} 使用 medium Memory 却没有 sizeLimit：kubelet 按 Pod 的内存限制（limit）设定 tmpfs 的大小，写进去的每一页都算在最先写入它的容器的内存上，把它写满会让那个容器被 OOM kill',
    noPodLimit:
      'emptyDir {volume} 使用 medium Memory 却没有 sizeLimit：并不是每个容器都有内存限制（limit），所以 kubelet 按节点的可分配内存设定 tmpfs 的大小；写进去的文件占用节点内存，并算在最先写入它们的容器头上，这个容器要么在达到自己的限制时被 OOM kill，要么把节点内存耗尽',
  },
};
