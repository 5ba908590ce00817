import type { InputTexts } from '../en/input';

export const input: InputTexts = {
  gallery: {
    button: '示例',
    buttonTitle: '打开一个示例清单',
    heading: '示例',
    intro:
      '每个示例都是一份带注释的简短清单，演示同一个 Pod 中容器共享资源的一个要点。打开示例会替换编辑器中的内容。',
    listLabel: '示例清单',
    idea: '演示：',
    close: '关闭',
  },
  newManifest: {
    button: '新建',
    buttonTitle: '清空编辑器，写入你自己的清单（在编辑器中按 Ctrl+Z 可恢复原来的内容）',
  },
  upload: {
    button: '上传',
    buttonTitle: '从文件加载 YAML 或 JSON 清单',
    inputLabel: '清单文件（YAML 或 JSON）',
  },
  drop: {
    title: '松开鼠标即可加载文件',
    hint: (cap) => `YAML 或 JSON，最大 ${cap}。它会替换编辑器中的内容。`,
  },
  notice: {
    dismiss: '关闭提示',
  },
  file: {
    tooLarge: (name, size, cap) =>
      `${name} 的大小为 ${size}，只能加载不超过 ${cap} 的文件。编辑器内容没有改变。`,
    binary: (name) =>
      `${name} 不是文本文件（其中含有 NUL 字节）。请加载 YAML 或 JSON 清单；编辑器内容没有改变。`,
    notUtf8: (name) =>
      `${name} 不是 UTF-8 编码的文本。请另存为 UTF-8 后重新加载；编辑器内容没有改变。`,
    unreadable: (name) => `无法读取 ${name}。编辑器内容没有改变。`,
    several: (count) => `拖入了 ${count} 个文件；一次只能加载一份清单。`,
  },
};
