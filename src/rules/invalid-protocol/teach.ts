import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'A port’s protocol is the transport: TCP (the default), UDP or SCTP, written in upper case. HTTP and gRPC run over TCP; they are named, not declared as protocols.',
    why: 'The API server rejects any other value, including lower-case tcp.',
    analogy: 'Ticking “carrier pigeon” as the delivery method on the post office form.',
  },
  'zh-CN': {
    what: '端口的 protocol 指的是传输层协议：TCP（默认）、UDP 或 SCTP，必须大写。HTTP 和 gRPC 跑在 TCP 之上，它们用端口名表示，而不是写在 protocol 里。',
    why: 'API Server 会拒绝其他任何值，包括小写的 tcp。',
    analogy: '在邮局的表格上把投递方式勾成了“信鸽”。',
  },
  commands: rejected('containers.ports'),
};
