// Links to kubernetes.io in the reader's language. The Chinese site mirrors the English paths
// under /zh-cn/ (src/teach/docsPages.ts lists which pages and anchors are translated); the
// English page is offered beside it.
import type { Lang } from '../../src/i18n/lang';
import { docsPage, parseDocsLink } from '../../src/teach/docsPages';

export interface DocsLink {
  label: string;
  href: string;
}

const SITE = 'https://kubernetes.io/';

/**
 * The same kubernetes.io page on the Simplified Chinese site, at the same anchor when the
 * translation has it; `url` itself when the page is not translated.
 */
export function chineseDocs(url: string): string {
  const link = parseDocsLink(url);
  const page = link && !link.zhCn ? docsPage(link.path) : undefined;
  if (!link || !page?.zhCn) return url;
  const anchor = link.anchor !== undefined && page.zhAnchors.includes(link.anchor);
  return `${SITE}zh-cn/docs/${link.path}${anchor ? `#${link.anchor}` : ''}`;
}

/** The documentation links to show for a page in a language, most fitting first. */
export function docsLinks(url: string, lang: Lang): DocsLink[] {
  if (lang === 'en') return [{ label: 'Kubernetes documentation', href: url }];
  const zh = chineseDocs(url);
  return zh === url
    ? [{ label: 'Kubernetes 文档', href: url }]
    : [
        { label: 'Kubernetes 中文文档', href: zh },
        { label: '英文原文', href: url },
      ];
}
