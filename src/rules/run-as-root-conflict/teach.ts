import { describePod } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'runAsNonRoot: true asks the kubelet to check, before it creates the container, that the process will not run as user 0. runAsUser sets that user. Each field can be set on the pod and on the container; the container’s value wins, field by field, so a pod-wide runAsNonRoot meets a container’s runAsUser: 0.',
    why: 'The API server accepts the pod, the scheduler places it, the image is pulled — and then the kubelet refuses to create the container: the pod shows CreateContainerConfigError and the event says "container’s runAsUser breaks non-root policy". Nothing restarts it into working.',
    analogy:
      'A house rule “no master keys” and a tenant handed the master key: the caretaker will not let them in, however long they wait at the door.',
    notes: [
      {
        title: 'Without runAsUser',
        text: 'When no runAsUser is in effect, the kubelet checks the image’s user instead: a root image fails with "container has runAsNonRoot and image will run as root", and a user given by name (not a number) fails because it cannot be verified. podscope cannot see the image, so only the written runAsUser: 0 is an error here.',
      },
    ],
  },
  'zh-CN': {
    what: 'runAsNonRoot: true 让 kubelet 在创建容器之前检查进程不会以用户 0 运行；runAsUser 指定这个用户。两个字段都能设在 Pod 上和容器上，容器的值按字段覆盖 Pod 的值，于是 Pod 级的 runAsNonRoot 会和容器的 runAsUser: 0 撞在一起。',
    why: 'API 服务器接受了 Pod，调度器也安排了节点，镜像也拉下来了——然后 kubelet 拒绝创建容器：Pod 显示 CreateContainerConfigError，事件里写着 "container’s runAsUser breaks non-root policy"。怎么重启都不会好。',
    analogy:
      '楼规写着“禁止使用万能钥匙”，却给了住户一把万能钥匙：物业不会放他进门，在门口等多久都没用。',
    notes: [
      {
        title: '没有设置 runAsUser 时',
        text: '没有生效的 runAsUser 时，kubelet 改为检查镜像的用户：root 镜像会失败，报错 "container has runAsNonRoot and image will run as root"；以名字（而不是数字）指定的用户因为无法核实也会失败。podscope 看不到镜像，所以这里只有明确写出的 runAsUser: 0 才算错误。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L(
        'The pod’s state and events: CreateContainerConfigError and the kubelet’s reason',
        'Pod 的状态和事件：CreateContainerConfigError 以及 kubelet 给出的原因',
      ),
      describePod(s),
    ),
  ],
};
