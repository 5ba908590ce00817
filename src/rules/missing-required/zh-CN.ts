import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '缺少必填字段：containers、容器的 name 或 image、端口的 containerPort、卷的 name、挂载的 name 或 mountPath。',
  fix: '补上缺少的字段。每个容器都要有 `name` 和 `image`；每个端口要有 `containerPort`；每个卷要有 `name`；每个挂载要有 `name` 和 `mountPath`。',
  messages: {
    containers: 'Pod 里一个容器也没有：API server 要求至少有一个（报错：Required value）',
    name: '容器 {container} 没有 name：每个容器都需要一个在 Pod 内唯一的名字（报错：Required value）',
    image: '容器 {container} 没有 image：API server 要求必须指定镜像（报错：Required value）',
    containerPort:
      '容器 {container} 的 ports[{index}] 没有 containerPort：声明端口需要一个 1 到 65535 之间的数字（报错：Required value）',
    volumeName: 'volumes[{index}] 没有 name：容器是按名字挂载卷的（报错：Required value）',
    mountName:
      '容器 {container} 的 volumeMounts[{index}] 没有 name：它必须指向 Pod 的某个卷（报错：Required value）',
    mountPath:
      '容器 {container} 的 volumeMounts[{index}] 没有 mountPath：kubelet 不知道该挂载到哪里（报错：Required value）',
  },
};
