import { podLabels, serviceEndpoints } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A Service finds its pods by label: every key=value of its selector must be among a pod’s labels. For a Deployment, StatefulSet or DaemonSet those are the labels of the pod template (spec.template.metadata.labels), not of the workload object itself.',
    why: 'A selector that matches nothing is not an error anywhere: the Service gets a cluster IP and a DNS name, and every connection to it is refused or times out, because it has no endpoints. A typo in one label value is enough.',
    analogy:
      'A reception desk that forwards calls for “Smith, 3rd floor” when the Smiths live on the 4th: the phone rings nowhere.',
    notes: [
      {
        title: 'What podscope compares',
        text: 'The selector against the pod template labels of every workload in the same input (in the same namespace when both name one). Labels a controller adds to its pods (statefulset.kubernetes.io/pod-name, pod-template-hash, job-name…) match any value, and workloads an operator completes count as possible matches, since the operator adds labels podscope cannot see; a Service without a selector, with an empty one, or of type ExternalName is not checked, and neither is an input with no workloads at all.',
      },
    ],
  },
  'zh-CN': {
    what: 'Service 通过标签找到它的 Pod：选择算符里的每个 键=值 都必须出现在 Pod 的标签中。对 Deployment、StatefulSet 或 DaemonSet 来说，这指的是 Pod 模板的标签（spec.template.metadata.labels），而不是工作负载对象自己的标签。',
    why: '选择算符什么都不匹配，在任何地方都不算错误：Service 照样拿到集群 IP 和 DNS 名称，但因为没有端点，每个连接都会被拒绝或超时。一个标签值写错就足以造成这种情况。',
    analogy: '前台把找“三楼史密斯”的电话转过去，可史密斯一家住在四楼：电话在哪儿都不会响。',
    notes: [
      {
        title: 'podscope 比较的是什么',
        text: '把选择算符和同一份输入里每个工作负载的 Pod 模板标签比较（两边都写了命名空间时要求相同）。控制器给 Pod 加上的标签（statefulset.kubernetes.io/pod-name、pod-template-hash、job-name 等）匹配任何值，由控制器补全的工作负载算作可能匹配，因为控制器会加上 podscope 看不到的标签；没有选择算符、选择算符为空或类型为 ExternalName 的 Service 不检查，完全没有工作负载的输入也不检查。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L(
        'The Service’s endpoints: none means no pod matches its selector',
        'Service 的端点：没有就说明没有 Pod 匹配它的选择算符',
      ),
      serviceEndpoints(s),
    ),
    cmd(
      L(
        'The pods and their labels, to compare with the selector',
        'Pod 及其标签，用来和选择算符对比',
      ),
      podLabels(s),
    ),
  ],
};
