import type { RuleLesson } from '../../teach/lesson';
import { explainSpec, verdict } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'The API server checks every field against the object’s schema. kubectl asks for strict field validation by default, so a field the schema does not know is an error; with validation turned off it would be dropped without a word.',
    why: 'A misspelt or misplaced field (volumemounts, resource, a probe one level too high) is a setting you believe you made and never did. Strict validation rejects the whole object; older tools silently ignore the field, which is worse.',
    analogy:
      'A clause written on a form that has no box for it: either the clerk refuses the form, or the clause is quietly left out — neither is what you meant.',
  },
  'zh-CN': {
    what: 'API Server 会按对象的 schema 检查每一个字段。kubectl 默认要求严格字段校验，schema 里不存在的字段就是错误；如果关掉校验，这个字段会被悄悄丢掉。',
    why: '拼错或放错层级的字段（volumemounts、resource、探针放高了一层）就是一个你以为设置了、其实从没生效的配置。严格校验会拒绝整个对象；老工具则默默忽略这个字段，后果更糟。',
    analogy:
      '在表格上写了一条表格里根本没有栏目的条款：要么办事员拒收，要么这条被悄悄略过——哪种都不是你想要的。',
  },
  commands: (s) => [verdict(s, true), explainSpec(s, 'containers')],
};
