import type { RuleLesson } from '../../teach/lesson';
import { podField } from '../../teach/kubectl';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'An env entry with `value:` keeps its text in the pod spec itself: in the manifest file, in its repository, in the object the API server stores and in what kubectl get and describe print. A Secret keeps it in an object of its own, which RBAC can restrict apart from the workload.',
    why: 'Everyone who can read the Deployment, its Git history or a shared manifest can read the password, and it cannot be rotated without editing the workload. With valueFrom.secretKeyRef the workload names the Secret and only the kubelet and those allowed to read Secrets see the value.',
    analogy:
      'Writing the safe’s combination on the front of the safe, instead of in the manager’s envelope.',
    notes: [
      {
        title: 'How podscope decides',
        text: 'A name with PASSWORD, SECRET, TOKEN, API_KEY and the like (but not a name that points at a secret, such as PASSWORD_FILE or SECRET_NAME), or a value that is a URL with a password or a PEM private key. A value made only of $(OTHER_VAR) references holds nothing. The share dialog uses the same test before a link is made.',
      },
    ],
  },
  'zh-CN': {
    what: '用 `value:` 写的环境变量，文本就存在 Pod 规约里：清单文件里、代码仓库里、API 服务器保存的对象里，以及 kubectl get 和 kubectl describe 打印的内容里。Secret 则把它放在单独的对象里，RBAC 可以和工作负载分开限制对它的访问。',
    why: '能读到这个 Deployment、它的版本库历史或一份分享出去的清单的人，都能读到密码；而且不改工作负载就没法更换它。用 valueFrom.secretKeyRef 时，工作负载只写 Secret 的名字，只有 kubelet 和有权读取 Secret 的人才能看到值。',
    analogy: '把保险柜的密码写在保险柜正面，而不是放进经理的信封里。',
    notes: [
      {
        title: 'podscope 如何判断',
        text: '名字里带 DB_PASSWORD、SECRET_KEY、API_TOKEN 这类词（但指向密钥的名字除外，例如 PASSWORD_FILE、SECRET_NAME），或者值是带密码的 URL、PEM 私钥。只由 $(OTHER_VAR) 引用组成的值不含任何内容。分享对话框在生成链接前用的是同一套判断。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L(
        'Every env name and literal value of the running pod, as anyone who can read pods sees them',
        '运行中 Pod 的所有环境变量名和字面值，任何能读取 Pod 的人都能看到',
      ),
      podField(s, '{range .spec.containers[*].env[*]}{.name}={.value}{"\\n"}{end}'),
    ),
  ],
};
