import type { ShellTexts } from '../en/shell';

export const shell: ShellTexts = {
  title: 'podscope — 看清 Kubernetes Pod 的内部',
  description:
    '看清 Kubernetes Pod 的内部：容器、共享的命名空间、卷与挂载，以及发现的问题。完全在浏览器中运行。',
  private: '完全在浏览器中运行：清单不会离开本页面。',
  manifestPane: '清单',
  graphPane: 'Pod 关系图',
  skipToGraph: '跳到 Pod 关系图',
  skipToFindings: '跳到发现的问题',
  skipLinks: '跳转链接',
  details: '详情',
  resizeEditor: '调整编辑器宽度',
  resizeSidebar: '调整侧栏宽度',
  resizeInspector: '调整详情面板高度',
  editorLabel: '清单（YAML 或 JSON）',
  analysing: '正在分析清单…',
  analysisFailed: '分析因内部错误而中止；显示的是此前的结果：',
  language: '语言',
};
