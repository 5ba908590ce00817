import { lists } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '两个或更多容器以读写方式挂载同一个卷。',
  fix: '只读的容器在 volumeMounts 上设置 readOnly: true；每个文件只让一个容器负责写。',
  messages: {
    default:
      '容器 {writers} 都以读写方式挂载了卷 {volume}：彼此写入的内容立即可见，它们之间没有任何锁，所以要约定好谁写哪些文件，只读的容器就挂成 readOnly',
  },
  params: lists('writers'),
};
