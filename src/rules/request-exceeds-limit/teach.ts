import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'The request is what the scheduler reserves for a container; the limit is the most it may use. A request can never exceed its limit, and GPUs and hugepages need the request equal to the limit.',
    why: 'A request above the limit is a contradiction, so the API server rejects the object.',
    analogy: 'Asking the landlord to reserve more power for you than your own fuse lets through.',
  },
  'zh-CN': {
    what: '请求（request）是调度器为容器预留的量，限制（limit）是它最多能用的量。请求永远不能超过限制；GPU 和大页内存还要求请求等于限制。',
    why: '请求大于限制自相矛盾，所以 API Server 会拒绝这个对象。',
    analogy: '让房东给你预留的电量，比你自家电闸允许通过的还多。',
  },
  commands: rejected('containers.resources'),
};
