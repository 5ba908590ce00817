import { serviceEndpoints } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A Service port’s targetPort may be a number or the name of a container port (ports[].name). For a name, the endpoints controller looks, in each selected pod, for a port of that name and the Service port’s protocol among the pod’s containers, and uses its containerPort; each pod may map the name to a different number.',
    why: 'When no container declares the name, the pod is left out of that port’s endpoints: the Service exists and selects the pods, yet connections to that port go nowhere. Names are case-sensitive, and a port declared only on an init container (even a native sidecar) is not looked at.',
    analogy:
      'Mail addressed to “the accounts desk” in a building where no room has that sign on its door: the post room cannot deliver it.',
    notes: [
      {
        title: 'What podscope compares',
        text: 'The name and protocol against the ports of the containers (not init containers) of every workload in the input whose pod template labels match the Service’s selector. It says nothing when no workload matches (service-selects-nothing covers that) or when an operator completes a matching workload and may add the port.',
      },
    ],
  },
  'zh-CN': {
    what: 'Service 端口的 targetPort 可以是数字，也可以是容器端口的名字（ports[].name）。写名字时，端点控制器会在每个选中的 Pod 的容器里查找同名、且协议与 Service 端口一致的端口，并使用它的 containerPort；每个 Pod 可以把这个名字对应到不同的端口号。',
    why: '没有容器声明这个名字时，Pod 会被排除在这个端口的端点之外：Service 存在，也选中了 Pod，可连接这个端口的请求哪儿也到不了。名字区分大小写；只在 Init 容器（即使是原生边车容器）上声明的端口不会被查找。',
    analogy: '信封上写着“财务室”，可楼里没有哪间屋子的门牌是这个：收发室没法投递。',
    notes: [
      {
        title: 'podscope 比较的是什么',
        text: '把名字和协议与输入中每个 Pod 模板标签匹配 Service 选择算符的工作负载的容器端口（不含 Init 容器）比较。没有工作负载匹配时它不报告（那由 service-selects-nothing 负责），匹配的工作负载由控制器补全、可能会加上这个端口时也不报告。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L(
        'The Service’s endpoints and the port numbers the name resolved to: none for this port',
        'Service 的端点以及名字解析出的端口号：这个端口没有',
      ),
      serviceEndpoints(s, true),
    ),
  ],
};
