import type { TimelineTexts } from '../en/timeline';

export const timeline: TimelineTexts = {
  button: '时间线',
  buttonTitle: 'Pod 随时间的变化，在关系图上播放',
  loading: '正在加载时间线…',
  notLoaded: '无法加载时间线。',
};
