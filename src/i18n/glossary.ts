// The Chinese words podscope uses for Kubernetes and Linux terms: kubernetes.io/zh-cn's
// vocabulary, one word per idea, so a room learning from the page learns the words the
// documentation uses. glossary.test.ts checks every Chinese string in src/ and app/ against it.

export interface GlossaryTerm {
  /** The English term. */
  en: string;
  /** The Chinese word to use. */
  zh: string;
  /** Ways of writing the idea that the Chinese texts must not use. */
  avoid: readonly RegExp[];
}

// A Latin word outside a code span, a parenthesis right after its Chinese word, a field path
// (`resources.limits`), an identifier (`log-sidecar`) or a longer word.
const latin = (word: string): RegExp => new RegExp(`(?<![\`（(.\\w-])${word}(?![\`）)\\w.-])`, 'i');

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    en: 'sidecar container',
    zh: '边车容器',
    avoid: [latin('sidecars?'), /边车(?!容器)/],
  },
  { en: 'init container', zh: 'Init 容器', avoid: [/init ?容器/, /Init容器/, /初始化容器/] },
  { en: 'ephemeral container', zh: '临时容器', avoid: [/短暂容器/, /临时性容器/] },
  { en: 'volume', zh: '卷', avoid: [/存储卷/, /数据卷/] },
  {
    en: 'QoS class',
    zh: 'QoS 类',
    avoid: [/QoS ?(?:类别|等级|级别)/, /服务质量(?:类别|等级|级别)/],
  },
  {
    en: 'capability (Linux)',
    zh: '权能（capability）',
    avoid: [/Linux ?能力/, /能力集/, latin('capabilit(?:y|ies)')],
  },
  { en: 'request (resources)', zh: '请求（request）', avoid: [latin('requests?')] },
  { en: 'limit (resources)', zh: '限制（limit）', avoid: [latin('limits?')] },
  {
    en: 'agent',
    zh: 'Agent（代理 is kept for proxies）',
    avoid: [/(?:监控|指标|日志|密钥|节点|采集|安全)代理/, /代理程序/],
  },
  {
    en: 'badge (on the page)',
    zh: '徽标（标签 is kept for Kubernetes labels, browser tabs and image tags）',
    avoid: [/(?:端口|角色|连线上的|边上的|每个)标签/],
  },
  { en: 'namespace', zh: '命名空间', avoid: [/名字空间/, /名称空间/] },
  { en: 'probe', zh: '探针', avoid: [/探测器/, /健康探针/] },
  { en: 'liveness probe', zh: '存活探针', avoid: [/活性探针/, /存活性探针/] },
  { en: 'readiness probe', zh: '就绪探针', avoid: [/就绪性探针/] },
  // kubernetes.io/zh-cn: 容器生命周期回调 (Container Lifecycle Hooks).
  { en: 'lifecycle hook', zh: '回调', avoid: [/钩子/] },
];

export interface GlossaryMiss {
  /** The glossary word the text should use. */
  use: string;
  /** What the text says instead. */
  found: string;
}

/** Where a Chinese text writes a glossary idea in a word the glossary avoids. */
export function glossaryMisses(text: string): GlossaryMiss[] {
  const out: GlossaryMiss[] = [];
  // Message placeholders ({limit}) are names in code, not words.
  text = text.replace(/\{\w+\}/g, '{}');
  for (const term of GLOSSARY)
    for (const pattern of term.avoid) {
      const m = pattern.exec(text);
      if (m) out.push({ use: term.zh, found: m[0] });
    }
  return out;
}
