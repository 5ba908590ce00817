// The shell's own strings (App.tsx, the page title, the language switch), read through `t(key)`.
// Every area of the page keeps its strings in its own texts module; see useTexts.
import type { Bilingual } from './bilingual';

const en = {
  'app.title': 'podscope — see inside a Kubernetes Pod',
  'app.description':
    'See inside a Kubernetes Pod: containers, shared namespaces, volumes and mounts, with findings. Runs in your browser.',
  'app.private': 'Runs in your browser: the manifest never leaves this page.',
  'app.manifestPane': 'Manifest',
  'app.graphPane': 'Pod graph',
  'app.skipToGraph': 'Skip to the pod graph',
  'app.skipToFindings': 'Skip to the findings',
  'app.skipLinks': 'Skip links',
  'app.details': 'Details',
  'app.resizeEditor': 'Resize the editor',
  'app.resizeSidebar': 'Resize the side panel',
  'app.resizeInspector': 'Resize the inspector',
  'app.editorLabel': 'Manifest (YAML or JSON)',
  'app.analysing': 'Analysing the manifest…',
  'app.analysisFailed':
    'The analysis stopped on an internal error; the results shown are from before it:',
  'lang.label': 'Language',
};

export type MessageKey = keyof typeof en;

const zh: typeof en = {
  'app.title': 'podscope — 看清 Kubernetes Pod 的内部',
  'app.description':
    '看清 Kubernetes Pod 的内部：容器、共享的命名空间、卷与挂载，以及发现的问题。完全在浏览器中运行。',
  'app.private': '完全在浏览器中运行：清单不会离开本页面。',
  'app.manifestPane': '清单',
  'app.graphPane': 'Pod 关系图',
  'app.skipToGraph': '跳到 Pod 关系图',
  'app.skipToFindings': '跳到发现的问题',
  'app.skipLinks': '跳转链接',
  'app.details': '详情',
  'app.resizeEditor': '调整编辑器宽度',
  'app.resizeSidebar': '调整侧栏宽度',
  'app.resizeInspector': '调整详情面板高度',
  'app.editorLabel': '清单（YAML 或 JSON）',
  'app.analysing': '正在分析清单…',
  'app.analysisFailed': '分析因内部错误而中止；显示的是此前的结果：',
  'lang.label': '语言',
};

export const MESSAGES: Bilingual<Record<MessageKey, string>> = { en, 'zh-CN': zh };
