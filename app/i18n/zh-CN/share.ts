import type { ShareTexts } from '../en/share';

export const share: ShareTexts = {
  button: '分享',
  title:
    '把指向这份清单的链接放到地址栏并复制到剪贴板。完整的文本都压缩在链接里，不会上传到任何地方。',
  copied: (size: string): string => `链接已复制（${size}）。拿到链接的人都能看到完整的清单。`,
  copiedCompare: (size: string): string =>
    `链接已复制（${size}）。打开它就是这次对比：拿到链接的人都能看到两个版本的全部内容。`,
  notCopied: (size: string): string =>
    `链接（${size}）已在地址栏中；浏览器不允许页面写入剪贴板，请直接从地址栏复制。`,
  large: (size: string): string =>
    `这个链接有 ${size}。浏览器可以打开，但聊天工具和邮件可能会截断过长的链接；如果对方打不开，请直接发送文件。`,
  dialog: {
    title: '这份清单里似乎有敏感信息',
    intro: '分享链接包含清单的全部文本，拿到链接的人都能看到下面这些值：',
    what: {
      'secret-data': 'Secret 的 data 键',
      'secret-string-data': 'Secret 的 stringData 键',
      'env-value': '环境变量',
    },
    introCompare: '链接包含 A、B 两个版本的全部文本，拿到链接的人都能看到下面这些值：',
    line: (n: number): string => `第 ${n} 行`,
    lineIn: (version: 'A' | 'B', n: number): string => `${version} 第 ${n} 行`,
    advice:
      '分享前请先删除或替换这些值，或者改用 valueFrom.secretKeyRef 引用，而不是把值直接写在清单里。',
    listLabel: '链接中会包含的内容',
    shareAnyway: '仍然分享',
    cancel: '取消',
  },
  source: '分享链接',
  broken: (reason: string): string => `${reason}编辑器内容没有改变；请对方把完整的链接重新发一次。`,
  failed: '无法为这段文本生成分享链接。',
  notLoaded: '无法打开分享链接：页面的一部分没有加载成功。编辑器内容没有改变；请刷新页面重试。',
};
