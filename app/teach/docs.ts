// Links to kubernetes.io in the reader's language. The Chinese site mirrors the English paths
// under /zh-cn/; the English page is offered beside it in case a page is not translated yet.
import type { Lang } from '../../src/i18n/lang';

export interface DocsLink {
  label: string;
  href: string;
}

const SITE = 'https://kubernetes.io/';

/** The same kubernetes.io page on the Simplified Chinese site. */
export function chineseDocs(url: string): string {
  return url.startsWith(`${SITE}docs/`) ? `${SITE}zh-cn/${url.slice(SITE.length)}` : url;
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
