import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVersion, devPolicy, precacheList } from './vite-offline.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('precacheList', () => {
  it('keeps every built file once, sorted, but the worker, source maps and hidden files', () => {
    const files = [
      'index.html',
      'sw.js',
      'assets/index-abc.js',
      'assets/index-abc.js.map',
      'assets/analysis.worker-def.js',
      'favicon.svg',
      '.well-known/security.txt',
      'assets/.DS_Store',
      'index.html',
    ];
    expect(precacheList(files)).toEqual([
      'assets/analysis.worker-def.js',
      'assets/index-abc.js',
      'favicon.svg',
      'index.html',
    ]);
  });
});

describe('buildVersion', () => {
  const build = [
    { name: 'index.html', bytes: bytes('<!doctype html>') },
    { name: 'assets/a.js', bytes: bytes('export {}') },
  ];

  it('is the same for the same files, in any order', () => {
    expect(buildVersion(build)).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion([...build].reverse())).toBe(buildVersion(build));
  });

  it('changes when a file changes, is renamed, or is added', () => {
    const version = buildVersion(build);
    expect(buildVersion([build[0], { name: 'assets/a.js', bytes: bytes('export {};') }])).not.toBe(
      version,
    );
    expect(buildVersion([build[0], { name: 'assets/b.js', bytes: build[1].bytes }])).not.toBe(
      version,
    );
    expect(buildVersion([...build, { name: 'icon.png', bytes: bytes('') }])).not.toBe(version);
  });

  it('does not confuse where a name ends and its content begins', () => {
    expect(buildVersion([{ name: 'ab', bytes: bytes('c') }])).not.toBe(
      buildVersion([{ name: 'a', bytes: bytes('bc') }]),
    );
  });
});

describe('devPolicy', () => {
  it('lets Vite’s client reach the dev server and run its inline preamble, nothing more', () => {
    expect(
      devPolicy("default-src 'self'; connect-src 'none'; script-src 'self'; img-src 'self' data:;"),
    ).toBe(
      "default-src 'self'; connect-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:",
    );
  });

  it('finds the policy of index.html and keeps it closed to other origins', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(policy).toContain("connect-src 'none'");
    const directives = (text: string) => text.split(';').map((part) => part.trim());
    const dev = directives(devPolicy(policy ?? ''));
    const built = directives(policy ?? '').filter((part) => part !== '');
    expect(dev).toHaveLength(built.length);
    for (const [i, part] of built.entries()) {
      if (part.startsWith('connect-src')) expect(dev[i]).toBe("connect-src 'self'");
      else if (part.startsWith('script-src')) expect(dev[i]).toBe(`${part} 'unsafe-inline'`);
      else expect(dev[i]).toBe(part);
    }
  });
});
