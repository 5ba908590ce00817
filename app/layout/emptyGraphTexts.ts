// What the graph pane says when the input holds no workload, in both languages of the page.
import type { Bilingual } from '../i18n/bilingual';

const en = {
  title: 'No pod to draw yet',
  hint: 'Paste, upload or drop a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob manifest, or open an example.',
  others: (count: number, list: string): string =>
    `This input holds ${count === 1 ? 'one object' : `${count} objects`} that are not workloads: ${list}.`,
  separator: ', ',
};

export type EmptyGraphTexts = typeof en;

const zh: EmptyGraphTexts = {
  title: '还没有可以画出的 Pod',
  hint: '粘贴、上传或拖入一份 Pod、Deployment、StatefulSet、DaemonSet、Job 或 CronJob 清单，或者打开一个示例。',
  others: (count, list) => `这份输入包含 ${count} 个不是工作负载的对象：${list}。`,
  separator: '、',
};

export const emptyGraphTexts: Bilingual<EmptyGraphTexts> = { en, 'zh-CN': zh };
