import type { EditorTexts } from '../en/editor';

// Every phrase the editor's CodeMirror packages ask for (grep `phrase(` in @codemirror/*).
const zhPhrases: Record<string, string> = {
  // @codemirror/view
  'Control character': '控制字符',
  // @codemirror/commands
  'Selection deleted': '已删除选中内容',
  // @codemirror/language (folding)
  'Folded lines': '已折叠行',
  'Unfolded lines': '已展开行',
  to: '至',
  'folded code': '已折叠的代码',
  unfold: '展开',
  'Fold line': '折叠此行',
  'Unfold line': '展开此行',
  // @codemirror/search
  'Go to line': '跳转到行',
  go: '跳转',
  Find: '查找',
  Replace: '替换',
  next: '下一个',
  previous: '上一个',
  all: '全部',
  'match case': '区分大小写',
  regexp: '正则表达式',
  'by word': '全词匹配',
  replace: '替换',
  'replace all': '全部替换',
  close: '关闭',
  'current match': '当前匹配',
  'on line': '位于行',
  'replaced $ matches': '已替换 $ 处匹配',
  'replaced match on line $': '已替换第 $ 行的匹配',
  // @codemirror/lint
  Diagnostics: '诊断',
  'No diagnostics': '没有诊断',
};

export const editor: EditorTexts = {
  label: '清单（YAML 或 JSON）',
  keys:
    'Tab 键以空格缩进。要用键盘离开编辑器，先按 Escape，再按 Tab。' +
    'Ctrl+F（Cmd+F）搜索，F8 跳到下一个问题，Ctrl+Shift+M（Cmd+Shift+M）列出全部问题。',
  suppressed: '已抑制',
  placeholder: '在这里粘贴或输入 Kubernetes 清单，或把 YAML、JSON 文件拖到页面上。',
  tools: '编辑器选项',
  wrap: '自动换行',
  wrapTitle: (limit) =>
    `长行在编辑器边缘自动换行，不必横向滚动（超过 ${limit} 个字符的文本不换行）`,
  phrases: zhPhrases,
};
