import type { LayoutTexts } from '../en/layout';

export const layout: LayoutTexts = {
  editor: {
    title: '清单',
    hide: '隐藏编辑器',
    show: '显示清单编辑器',
  },
  side: {
    title: '详情',
    hide: '隐藏侧栏',
    tabs: '侧栏',
    inspector: '元素详情',
    findings: (n) => `发现的问题（${n}）`,
    showInspector: '显示元素详情',
    showFindings: (n) => `显示发现的问题（${n}）`,
  },
  withKeys: (title, keys) => `${title}（${keys}）`,
  emptyGraph: {
    title: '还没有可以画出的 Pod',
    hint: '粘贴、上传或拖入一份 Pod、Deployment、StatefulSet、DaemonSet、Job 或 CronJob 清单，或者打开一个示例。',
    others: (count, list) => `这份输入包含 ${count} 个不是工作负载的对象：${list}。`,
    separator: '、',
  },
};
