import { dryRun, MANIFEST_FILE } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'YAML is read by indentation: a tab where spaces belong, a missing colon or an unclosed quote makes the document unreadable. kubectl parses the YAML on your machine before it sends anything; Helm’s {{ }} templates are not YAML until they are rendered.',
    why: 'Nothing of the document applies: kubectl stops with “error converting YAML to JSON” and the pod never exists. In a file of several documents, the ones before the broken one may already have been applied.',
    analogy:
      'A lease with smudged lines that the landlord cannot read: nobody moves in until it is written out again.',
  },
  'zh-CN': {
    what: 'YAML 靠缩进表达结构：该用空格的地方用了 Tab、少了冒号、引号没闭合，整个文档就读不出来了。kubectl 在发送任何内容之前先在本地解析 YAML；Helm 的 {{ }} 模板在渲染之前也不是 YAML。',
    why: '这个文档里的内容一条都不会生效：kubectl 报 “error converting YAML to JSON” 后停止，Pod 根本不会被创建。一个文件里有多个文档时，出错文档之前的那些可能已经被应用了。',
    analogy: '一份字迹被弄花的租约，房东看不清：重新写好之前，谁也搬不进来。',
  },
  commands: (s) => [
    cmd(
      L(
        `kubectl’s own reading of ${MANIFEST_FILE}: the parse error and its line`,
        `kubectl 在本地解析 ${MANIFEST_FILE}：显示解析错误及行号`,
      ),
      dryRun(s, { client: true }),
    ),
  ],
};
