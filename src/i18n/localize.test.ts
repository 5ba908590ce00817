import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { validateDns1123Label } from '../k8s/names';
import { yaml } from '../testing/manifest';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { parseLang } from './lang';
import { localizeFinding, localizeFindings, ruleText } from './localize';
import { jsonType, nameProblems, schemaType } from './zh-CN/details';
import { PARSER_CODES, parserDetail } from './zh-CN/parser';

const zh = (text: string, ruleId: string): string[] =>
  localizeFindings(analyze(text).findings, 'zh-CN')
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.message);

const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: demo', 'spec:', ...spec);

describe('parseLang', () => {
  it('reads language tags the way browsers and shells write them', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('en-GB')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang('zh_CN.UTF-8')).toBe('zh-CN');
    expect(parseLang('zh-Hans-CN')).toBe('zh-CN');
    expect(parseLang('zh')).toBe('zh-CN');
    expect(parseLang('zh-TW')).toBeUndefined();
    expect(parseLang('zh-Hant')).toBeUndefined();
    expect(parseLang('fr')).toBeUndefined();
    expect(parseLang('')).toBeUndefined();
  });
});

describe('localizeFindings', () => {
  const clash = pod(
    '  containers:',
    '  - name: web',
    '    image: nginx:1.27',
    '    ports: [{containerPort: 8080}]',
    '  - name: debug-tool',
    '    image: busybox:1.36',
    '    ports: [{containerPort: 8080}]',
  );

  it('returns the very same array for English', () => {
    const findings = analyze(clash).findings;
    expect(localizeFindings(findings, 'en')).toBe(findings);
  });

  it('keeps order, positions and ids, and rebuilds the message in Chinese', () => {
    const findings = analyze(clash).findings;
    const out = localizeFindings(findings, 'zh-CN');
    expect(out.map((f) => [f.ruleId, f.line, f.column, f.path, f.offset])).toEqual(
      findings.map((f) => [f.ruleId, f.line, f.column, f.path, f.offset]),
    );
    const portClash = out.find((f) => f.ruleId === 'port-clash');
    expect(portClash?.message).toBe(
      '容器 web 和 debug-tool 都声明了端口 8080/TCP：它们共用一个网络命名空间，后绑定的那个会失败，报错 "address already in use"',
    );
    expect(findings.find((f) => f.ruleId === 'port-clash')?.message).toMatch(/^containers web/);
  });

  it('leaves a finding of an unknown message id as it is', () => {
    const f = analyze(clash).findings[0];
    const odd = { ...f, messageId: `${f.ruleId}.noSuchKey` };
    expect(localizeFinding(odd, 'zh-CN')).toBe(odd);
  });
});

describe('prose params in Chinese', () => {
  it('says the YAML parser’s problem in Chinese, by its code', () => {
    expect(zh(pod('  x: "demo', 'y: 1'), 'yaml-syntax')).toContain('YAML 语法错误：双引号没有闭合');
    expect(zh('a:\n\tb: 1\n', 'yaml-syntax')).toEqual([
      'YAML 语法错误：不能用 Tab 缩进：YAML 只接受空格缩进',
    ]);
    expect(zh('a: 1\na: 2\n', 'yaml-syntax')).toEqual([
      'YAML 语法错误：同一个映射里出现了重复的键：键必须唯一',
    ]);
    expect(zh('a: @foo\n', 'yaml-syntax')).toEqual([
      'YAML 语法错误：不加引号的值不能以 @ 开头，请给整个值加上引号',
    ]);
    expect(zh('a:\n  b: 1\n c: 2\n', 'yaml-syntax')).toEqual([
      'YAML 语法错误：映射的各个键必须从同一列开始（检查这一行的缩进）',
    ]);
  });

  it('explains a Helm template in Chinese', () => {
    expect(zh(pod('  containers: {{ .Values.containers }}'), 'yaml-syntax')[0]).toBe(
      '这看起来是 Helm/Go 模板（"{{ … }}"），而不是 YAML：请先渲染（helm template …）',
    );
  });

  it('has a Chinese sentence for every parser code, and a Chinese fallback', () => {
    for (const code of PARSER_CODES) expect(parserDetail(code, '')).toMatch(/[\u4e00-\u9fff]/);
    expect(parserDetail('SOMETHING_NEW', 'Something new')).toBe('无法读取这一处的 YAML');
  });

  it('names schema and JSON types in Chinese', () => {
    expect(schemaType('integer')).toBe('整数');
    expect(schemaType('array of Container')).toBe('由 Container 组成的列表');
    expect(schemaType('map of string')).toBe('值为字符串的映射');
    expect(schemaType('integer or string')).toBe('整数或字符串');
    expect(jsonType('object')).toBe('对象');
    expect(
      zh(
        pod(
          '  containers:',
          '  - name: web',
          '    image: nginx:1.27',
          '    ports: [{containerPort: "8080"}]',
        ),
        'wrong-type',
      ),
    ).toEqual([
      'containerPort 应为整数，实际却是字符串 "8080"：API server 不会把字符串转换成数字，请去掉引号',
    ]);
    expect(zh(pod('  containers: {}'), 'wrong-type')).toEqual([
      'containers 应为由 Container 组成的列表，实际却是 JSON 对象（{…}）：API server 无法解码这个对象',
    ]);
  });

  it('says why a name is invalid in Chinese', () => {
    expect(nameProblems(validateDns1123Label('a.b').join('; '))).toBe('不能包含点号（.）');
    expect(nameProblems(validateDns1123Label('a'.repeat(64)).join('; '))).toBe(
      '不能超过 63 个字符',
    );
    const text = pod(
      '  containers:',
      '  - name: My_App',
      '    image: nginx:1.27',
      '    ports: [{containerPort: 8080, name: http--x}]',
    );
    expect(zh(text, 'invalid-name')).toEqual([
      `容器名 "My_App" 不合法：小写 RFC 1123 label 只能由小写字母、数字和 "-" 组成，并且必须以字母或数字开头和结尾（例如 "my-name" 或 "123-abc"，校验用的正则是 '[a-z0-9]([-a-z0-9]*[a-z0-9])?'）`,
      '端口名 "http--x" 不合法（端口名是 IANA 服务名：最多 15 个字符，只能用 a-z、0-9 和 "-"）：不能包含连续的连字符',
    ]);
  });

  it('says why a quantity is invalid in Chinese', () => {
    const text = pod(
      '  containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '    resources: {limits: {memory: 1KB}}',
    );
    expect(zh(text, 'invalid-quantity')).toEqual([
      `memory "1KB" 不是合法的 Kubernetes 数量：数量必须匹配正则表达式 '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'；是不是想写 "1Ki"？`,
    ]);
  });

  it('has its own message when a pod has no volume at all (no English "none")', () => {
    const text = pod(
      '  containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '    volumeMounts: [{name: data, mountPath: /data}]',
    );
    expect(analyze(text).findings.find((f) => f.ruleId === 'volume-not-found')?.message).toBe(
      'container app mounts volume "data", but the pod has no volume with that name (Not found); volumes: none',
    );
    expect(zh(text, 'volume-not-found')).toEqual([
      '容器 app 挂载了卷 "data"，但 Pod 里没有叫这个名字的卷（报错：Not found）；Pod 里一个有效的卷也没有',
    ]);
  });
});

describe('lists of names', () => {
  it('are enumerated with the Chinese comma', () => {
    const text = pod(
      '  containers:',
      '  - {name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}',
      '  - {name: shipper, image: busybox:1.36, volumeMounts: [{name: data, mountPath: /logs}]}',
      '  volumes:',
      '  - {name: data, emptyDir: {sizeLimit: 1Gi}}',
    );
    expect(zh(text, 'shared-writable-volume')).toEqual([
      '容器 app、shipper 都以读写方式挂载了卷 data：彼此写入的内容立即可见，它们之间没有任何锁，所以要约定好谁写哪些文件，只读的容器就挂成 readOnly',
    ]);
  });
});

describe('ruleText', () => {
  it('gives the summary and fix in either language', () => {
    expect(ruleText('host-ipc', 'zh-CN')).toEqual({
      summary: 'Pod 使用节点的 IPC 命名空间。',
      fix: '去掉 hostIPC。同一个 Pod 的容器之间本来就共享 IPC 命名空间，协作不需要它。',
    });
    expect(ruleText('host-ipc', 'en')).toEqual({
      summary: 'The pod uses the node’s IPC namespace.',
      fix: 'Remove hostIPC. Containers of one pod already share an IPC namespace with each other; nothing else is needed for them to cooperate.',
    });
    expect(ruleText('no-such-rule', 'zh-CN')).toEqual({ summary: '', fix: '' });
  });
});

// Quoted API-server output and kubectl lines may stay English; prose params may not.
const ENGLISH_PROSE = /\b(the|must|cannot|which|because|should|would|does|is not|are not)\b/;
const stripQuoted = (s: string): string =>
  s.replace(/"[^"]*"|'[^']*'|报错：[^）]*）|kubectl [^，；（）]*/g, ' ');

describe('the real corpus in Chinese', NEEDS_CORPUS, () => {
  for (const [file, text] of corpusFilesIfPresent()) {
    it(`${file}: every finding has a Chinese message without English prose`, () => {
      for (const f of localizeFindings(analyze(text).findings, 'zh-CN')) {
        expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        expect(stripQuoted(f.message)).not.toMatch(ENGLISH_PROSE);
      }
    });
  }
});
