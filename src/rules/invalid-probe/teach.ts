import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Each probe has exactly one handler: exec, httpGet, tcpSocket or grpc (lifecycle hooks: exec, httpGet or sleep).',
    why: 'A probe with no handler or with two cannot be run, so the API server rejects it.',
    analogy:
      'A check-in rule that says “call, knock or text”: the caretaker needs to know which one to do.',
  },
  'zh-CN': {
    what: '每个探针只能有一种处理方式：exec、httpGet、tcpSocket 或 grpc（生命周期钩子：exec、httpGet 或 sleep）。',
    why: '没有处理方式或者有两种的探针没法执行，所以 API Server 会拒绝它。',
    analogy: '一条查房规定写着“打电话、敲门或发短信”：管家得知道到底做哪一种。',
  },
  commands: rejected('containers.livenessProbe'),
};
