import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DOCS_PAGES,
  docsPage,
  hasChineseDocs,
  isVerifiedDocsLink,
  parseDocsLink,
} from './docsPages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(ts|tsx|yaml)$/;
const TEST = /\.test\.tsx?$/;
// Up to a quote, backtick, space, bracket or angle bracket; a sentence's full stop is not part of it.
const KUBERNETES_IO = /https:\/\/kubernetes\.io\/[^'"`\s)<>\]]*/g;
const SITE_ROOT = 'https://kubernetes.io/';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [path] : [];
  });
}

/** Every kubernetes.io link written in the non-test sources of src/ and app/, with its file. */
function linksInSources(): { file: string; url: string }[] {
  return ['src', 'app'].flatMap((top) =>
    sourceFiles(join(ROOT, top)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(KUBERNETES_IO)]
        .map((m) => m[0].replace(/[.,;:]+$/, ''))
        .filter((url) => url !== SITE_ROOT)
        .map((url) => ({ file: relative(ROOT, file), url })),
    ),
  );
}

describe('kubernetes.io links', () => {
  const links = linksInSources();

  it('finds the links in the sources', () => {
    expect(links.length).toBeGreaterThan(20);
  });

  it('go only to pages and anchors checked in kubernetes/website', () => {
    const unverified = links.filter(({ url }) => !isVerifiedDocsLink(url));
    expect(unverified).toEqual([]);
  });
});

describe('DOCS_PAGES', () => {
  it('is sorted by path, one entry a page, each path relative and ending in /', () => {
    const paths = DOCS_PAGES.map((page) => page.path);
    expect(paths).toEqual([...new Set(paths)].sort());
    for (const path of paths) expect(path).toMatch(/^[a-z][a-z0-9/-]*\/$/);
  });

  it('lists zh-cn anchors only among the English ones, and none for untranslated pages', () => {
    for (const page of DOCS_PAGES) {
      for (const anchor of page.zhAnchors) expect(page.anchors).toContain(anchor);
      if (!page.zhCn) expect(page.zhAnchors).toEqual([]);
    }
  });
});

describe('isVerifiedDocsLink', () => {
  it('accepts a checked page, with or without a checked anchor', () => {
    expect(isVerifiedDocsLink('https://kubernetes.io/docs/concepts/workloads/pods/')).toBe(true);
    expect(
      isVerifiedDocsLink('https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking'),
    ).toBe(true);
    expect(isVerifiedDocsLink('https://kubernetes.io/docs/concepts/workloads/pods')).toBe(true);
  });

  it('refuses an unknown page, an unknown anchor and other sites', () => {
    expect(isVerifiedDocsLink('https://kubernetes.io/docs/reference/networking/protocols/')).toBe(
      false,
    );
    expect(isVerifiedDocsLink('https://kubernetes.io/docs/concepts/workloads/pods/#nope')).toBe(
      false,
    );
    expect(isVerifiedDocsLink('https://example.com/docs/concepts/workloads/pods/')).toBe(false);
    expect(isVerifiedDocsLink('https://kubernetes.io/')).toBe(false);
  });

  it('checks a zh-cn link against the Chinese page and its anchors', () => {
    expect(
      isVerifiedDocsLink('https://kubernetes.io/zh-cn/docs/concepts/storage/volumes/#emptydir'),
    ).toBe(true);
    // zh-cn writes this id with a capital M, so the English fragment finds nothing there.
    const configmap =
      'concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically';
    expect(isVerifiedDocsLink(`https://kubernetes.io/docs/${configmap}`)).toBe(true);
    expect(isVerifiedDocsLink(`https://kubernetes.io/zh-cn/docs/${configmap}`)).toBe(false);
    expect(
      isVerifiedDocsLink(
        'https://kubernetes.io/zh-cn/docs/concepts/workloads/pods/container-restarts/',
      ),
    ).toBe(false);
  });
});

describe('hasChineseDocs', () => {
  it('answers for a docs path or URL', () => {
    expect(hasChineseDocs('concepts/workloads/pods/')).toBe(true);
    expect(
      hasChineseDocs('https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking'),
    ).toBe(true);
    expect(hasChineseDocs('concepts/workloads/pods/container-restarts/')).toBe(false);
    expect(hasChineseDocs('https://kubernetes.io/docs/not/checked/')).toBe(false);
  });
});

describe('parseDocsLink', () => {
  it('takes a docs link apart and ignores other URLs', () => {
    expect(parseDocsLink('https://kubernetes.io/zh-cn/docs/concepts/storage/volumes/#nfs')).toEqual(
      { path: 'concepts/storage/volumes/', anchor: 'nfs', zhCn: true },
    );
    expect(parseDocsLink('https://kubernetes.io/blog/')).toBeUndefined();
    expect(docsPage('concepts/storage/volumes/')?.anchors).toContain('nfs');
  });
});
