import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Container and volume names are DNS labels: lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 63 characters. Port names are IANA service names: at most 15 characters, with at least one letter.',
    why: 'Names end up in file paths, DNS records, Service targetPorts and kubectl -c flags, so the API server rejects anything else.',
    analogy:
      'The doorbell panel takes names of one format only: a name that does not fit the label never goes up.',
  },
  'zh-CN': {
    what: '容器名和卷名必须是 DNS 标签：小写字母、数字和 “-”，以字母或数字开头和结尾，最长 63 个字符。端口名是 IANA 服务名：最长 15 个字符，且至少包含一个字母。',
    why: '这些名字会出现在文件路径、DNS 记录、Service 的 targetPort 和 kubectl -c 参数里，所以 API Server 会拒绝不合规的名字。',
    analogy: '门铃面板只接受一种格式的名字：不符合格式的名牌挂不上去。',
  },
  commands: rejected(),
};
