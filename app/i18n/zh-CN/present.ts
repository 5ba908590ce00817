import type { PresentTexts } from '../en/present';

export const present: PresentTexts = {
  present: {
    button: '演示',
    title: '演示模式：大字号，隐藏编辑器，适合投影（按 P 进入，Esc 退出）',
    label: '演示模式',
    exit: '退出演示（Esc）',
    exitShort: '退出',
  },
  theme: {
    group: '配色主题',
    light: '浅色',
    dark: '深色',
    system: '跟随系统',
    systemTitle: '跟随操作系统的设置',
  },
  tour: {
    label: '新手导览',
    step: (n: number, of: number): string => `第 ${n} 步，共 ${of} 步`,
    next: '下一步',
    back: '上一步',
    done: '完成',
    skip: '跳过导览',
    steps: {
      network: {
        title: '整个 Pod 共用一个网络',
        body: 'Pod 里的所有容器共享同一个 IP 地址和同一组端口：它们通过 localhost 互相访问，两个容器也不能监听同一个端口。每个端口徽标代表一个端口，并标明是哪个容器打开的。',
      },
      ipcUts: {
        title: '同一个主机名，共享 IPC',
        body: 'UTS：所有容器看到的主机名都一样。IPC：容器之间可以共享内存段和信号量，不走网络也能交换数据。PID 默认各自独立，除非设置了 shareProcessNamespace。',
      },
      volume: {
        title: '卷：容器之间传递文件的通道',
        body: '卷独立于容器之外，每条连线就是一次挂载：同一个卷可以在一个容器里挂在 /data，在另一个容器里挂在 /logs。被多个容器共用的卷会特别标出。',
      },
      finding: {
        title: '检查结果：该关注什么',
        body: '这里列出清单里发现的问题，最严重的排在前面。点击一条即可跳到对应的 YAML 行，并查看它为什么重要、该怎么修。',
      },
      inspector: {
        title: '详情面板负责讲解',
        body: '选中的任何元素都会在这里讲清楚：共享了什么、一个生活中的类比、在真实集群上验证用的 kubectl 命令，以及修复方法。',
      },
      editor: {
        title: '在这里放入你自己的清单',
        body: '把 Pod、Deployment、StatefulSet、DaemonSet、Job 或 CronJob 清单粘贴或输入到这个编辑器里，也可以把 YAML 或 JSON 文件拖到页面上任意位置。“新建”会先清空编辑器，按 Ctrl+Z 可以恢复原来的内容。所有内容都不会离开你的浏览器。',
      },
      examples: {
        title: '或者从示例开始',
        body: '“示例”里是一些带注释的简短清单，每份演示一个要点：日志边车容器、共享卷、端口冲突、原生边车容器等等。打开示例会替换编辑器中的内容。',
      },
      present: {
        title: '讲给一屋子人听',
        body: '“演示”会隐藏编辑器，并把所有文字放大，适合投影。按 P 进入或退出，按 Esc 离开。',
      },
    },
  },
};
