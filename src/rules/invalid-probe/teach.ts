import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Each probe has exactly one handler: exec, httpGet, tcpSocket or grpc. A lifecycle hook has one of exec, httpGet or sleep; its tcpSocket field is kept only for backward compatibility and fails at runtime.',
    why: 'A probe or hook with no handler or with two cannot be run, so the API server rejects it. A hook with tcpSocket is accepted, but the kubelet cannot run it: the hook fails every time, and a failed postStart kills the container.',
    analogy:
      'A check-in rule that says “call, knock or text”: the caretaker needs to know which one to do.',
  },
  'zh-CN': {
    what: '每个探针只能有一种处理方式：exec、httpGet、tcpSocket 或 grpc。生命周期回调只能用 exec、httpGet 或 sleep 之一；它的 tcpSocket 字段只是为了向后兼容而保留，运行时会失败。',
    why: '没有处理方式或者有两种的探针或回调没法执行，所以 API Server 会拒绝它。用了 tcpSocket 的回调会被接受，但 kubelet 执行不了：回调每次都失败，postStart 失败还会杀掉容器。',
    analogy: '一条查房规定写着“打电话、敲门或发短信”：管家得知道到底做哪一种。',
  },
  commands: rejected('containers.livenessProbe'),
};
