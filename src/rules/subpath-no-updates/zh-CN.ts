import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'ConfigMap、Secret 或 projected 卷以 subPath 方式挂载，因此永远收不到更新。',
  fix: '把整个卷挂到一个目录下（用 items 挑选键），让应用读目录里的文件；或者在对象变化时滚动重启 Pod（checksum 注解）。',
  messages: {
    default:
      '容器 {container} 以 {field} {subPath} 挂载了 {type} 卷 {volume}：subPath 挂载是对最初那份快照的绑定挂载，之后对象的变化在容器重启之前永远到不了这个容器',
  },
};
