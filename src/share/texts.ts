// Why a share link cannot be opened, in every language.
import type { Lang } from '../i18n/lang';
import type { FoundSecret } from './secrets';

export type ShareErrorCode =
  | 'not-a-link'
  | 'version'
  | 'base64'
  | 'empty'
  | 'corrupt'
  | 'truncated'
  | 'too-large'
  | 'not-utf8';

type Params = { version?: string; known?: string; megabytes?: number };

const EN: Record<ShareErrorCode, (p: Params) => string> = {
  'not-a-link': () => 'This is not a podscope share link (it should start with “v1.”).',
  version: (p) =>
    `This share link uses format ${p.version}, which this version of podscope cannot read (it reads ${p.known}).`,
  base64: () => 'The share link is damaged: it contains characters that are not base64url.',
  empty: () => 'The share link is empty: nothing follows “v1.”.',
  corrupt: () => 'The share link is damaged or cut short: its compressed data cannot be read.',
  truncated: () => 'The share link is cut short: its compressed data ends too early.',
  'too-large': (p) =>
    `The share link expands to more than ${p.megabytes} MB, more than podscope opens.`,
  'not-utf8': () => 'The share link is damaged: its content is not UTF-8 text.',
};

const ZH_CN: Record<ShareErrorCode, (p: Params) => string> = {
  'not-a-link': () => '这不是 podscope 的分享链接（它应该以“v1.”开头）。',
  version: (p) =>
    `这个分享链接使用的是 ${p.version} 格式，当前版本的 podscope 读不了（它只能读 ${p.known}）。`,
  base64: () => '分享链接已损坏：其中有不属于 base64url 的字符。',
  empty: () => '分享链接是空的：“v1.”后面什么也没有。',
  corrupt: () => '分享链接已损坏或被截断：压缩数据无法读取。',
  truncated: () => '分享链接被截断了：压缩数据提前结束。',
  'too-large': (p) => `分享链接解压后超过 ${p.megabytes} MB，超出了 podscope 能打开的大小。`,
  'not-utf8': () => '分享链接已损坏：内容不是 UTF-8 文本。',
};

/** The sentence for a share-link error in `lang`. */
export function shareError(code: ShareErrorCode, lang: Lang, params: Params = {}): string {
  return (lang === 'zh-CN' ? ZH_CN : EN)[code](params);
}

/** What one found secret is, in one line of `lang` (for the warning before sharing). */
export function describeSecret(s: FoundSecret, lang: Lang): string {
  const field = s.what === 'secret-string-data' ? 'stringData' : 'data';
  if (lang === 'zh-CN') {
    return s.what === 'env-value'
      ? `第 ${s.line} 行：容器 ${s.container ?? '?'} 的环境变量 ${s.name} 的值`
      : `第 ${s.line} 行：Secret ${s.secret ?? '?'} 的 ${field} 键 ${s.name}`;
  }
  return s.what === 'env-value'
    ? `line ${s.line}: the value of env ${s.name} in container ${s.container ?? '?'}`
    : `line ${s.line}: ${field} key ${s.name} of Secret ${s.secret ?? '?'}`;
}
