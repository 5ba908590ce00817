// Every Chinese string in the page, the rules, the reports and the examples uses the glossary's
// words: a string literal or a YAML comment with Chinese in it is checked, wherever it lives.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { glossaryMisses } from './glossary';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HAN = /[\u4e00-\u9fff]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(path);
    return /\.(tsx?|ya?ml)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The Chinese texts of a source file: its string literals, or a YAML file's comments. */
function chineseTexts(path: string): { line: number; text: string }[] {
  const source = readFileSync(path, 'utf8');
  if (/\.ya?ml$/.test(path))
    return source
      .split('\n')
      .map((text, i) => ({ line: i + 1, text: text.slice(text.indexOf('#') + 1) }))
      .filter(({ text }) => HAN.test(text));
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (HAN.test(node.text))
        out.push({
          line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
          text: node.text,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

describe('the Chinese glossary', () => {
  it('is what every Chinese text uses', () => {
    const misses: string[] = [];
    for (const path of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'app'))])
      for (const { line, text } of chineseTexts(path))
        for (const m of glossaryMisses(text))
          misses.push(`${relative(ROOT, path)}:${line}: “${m.found}” → ${m.use}`);
    expect(misses).toEqual([]);
  });

  it('finds a word it avoids, and passes the word it uses', () => {
    expect(glossaryMisses('每个 sidecar 都要占用内存')).toEqual([
      { use: '边车容器', found: 'sidecar' },
    ]);
    expect(glossaryMisses('日志边车收集日志')).toEqual([{ use: '边车容器', found: '边车' }]);
    expect(glossaryMisses('原生边车容器（`restartPolicy: Always`）')).toEqual([]);
    expect(glossaryMisses('它的存储卷满了')).toEqual([{ use: '卷', found: '存储卷' }]);
    expect(glossaryMisses('没有内存 limit 的容器')).toEqual([
      { use: '限制（limit）', found: 'limit' },
    ]);
    expect(glossaryMisses('内存限制（limit）写在 `resources.limits.memory`')).toEqual([]);
    expect(glossaryMisses('监控代理没有设置限制')[0]?.found).toBe('监控代理');
    expect(glossaryMisses('服务网格代理拦截每一个连接')).toEqual([]);
    expect(glossaryMisses('每个端口标签代表一个端口')[0]?.use).toMatch(/^徽标/);
    expect(glossaryMisses('用镜像标签固定版本，在新标签页打开')).toEqual([]);
  });
});
