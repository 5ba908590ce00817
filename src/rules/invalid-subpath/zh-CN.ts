import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'subPath 或 subPathExpr 是绝对路径或包含 ".."，或者同一个挂载上两者都设置了。',
  fix: 'subPath 写成相对于卷根目录的路径（logs/app 而不是 /logs/app），不要包含 “..”；subPath 和 subPathExpr 只用一个。',
  messages: {
    absolute:
      '容器 {container} 挂载卷 "{volume}" 时的 {field} "{value}" 必须是相对路径（指向卷内）',
    backsteps:
      '容器 {container} 挂载卷 "{volume}" 时的 {field} "{value}" 不能包含 \'..\'：它可能跳出卷的范围',
    both: '容器 {container} 挂载卷 "{volume}" 时同时设置了 subPath 和 subPathExpr：两者互斥',
    ephemeral:
      '临时容器（容器 {container}）不能设置 {field}：subPath 的绑定挂载会比临时容器活得更久',
  },
};
