// Every user-visible string of the input controls (gallery, upload, drop, notices), in both
// languages of the page. Builders take values, never markup.
import type { Bilingual } from '../i18n/bilingual';

const en = {
  gallery: {
    button: 'Examples',
    buttonTitle: 'Open an example manifest',
    heading: 'Examples',
    intro:
      'Each example is a short, commented manifest that shows one idea about containers sharing a pod. Opening one replaces the editor text.',
    listLabel: 'Example manifests',
    /** Before the idea an example shows, punctuation included. */
    idea: 'Shows: ',
    close: 'Close',
  },
  newManifest: {
    button: 'New',
    buttonTitle:
      'Empty the editor for your own manifest (Ctrl+Z in the editor brings the text back)',
  },
  upload: {
    button: 'Upload',
    buttonTitle: 'Load a YAML or JSON manifest from a file',
    inputLabel: 'Manifest file (YAML or JSON)',
  },
  drop: {
    title: 'Drop to load the file',
    hint: (cap: string): string => `YAML or JSON, up to ${cap}. It replaces the editor text.`,
  },
  notice: {
    dismiss: 'Dismiss',
  },
  file: {
    tooLarge: (name: string, size: string, cap: string): string =>
      `${name} is ${size}; files up to ${cap} can be loaded. The editor was not changed.`,
    binary: (name: string): string =>
      `${name} is not a text file (it contains NUL bytes). Load a YAML or JSON manifest; the editor was not changed.`,
    notUtf8: (name: string): string =>
      `${name} is not UTF-8 text. Save it as UTF-8 and load it again; the editor was not changed.`,
    unreadable: (name: string): string => `${name} could not be read. The editor was not changed.`,
    several: (count: number): string => `${count} files were dropped; load one manifest at a time.`,
  },
};

export type InputTexts = typeof en;
export type FileWords = InputTexts['file'];

const zh: InputTexts = {
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

export const inputTexts: Bilingual<InputTexts> = { en, 'zh-CN': zh };

// The English strings under their former names, for callers outside React and for tests.
export const galleryText = en.gallery;
export const uploadText = en.upload;
export const dropText = en.drop;
export const noticeText = en.notice;
export const fileText = en.file;
