import { parserDetail } from '../../i18n/zh-CN/parser';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '文档不是合法的 YAML（或 JSON），kubectl 读不了它。',
  fix: '修正标出的位置：用空格缩进，补上缺的冒号或引号。Helm chart 先渲染（helm template），检查渲染结果而不是模板。',
  messages: {
    default: 'YAML 语法错误：{detail}',
    template: '{detail}',
    limit: '拒绝读取输入：{detail}',
  },
  params: (p) => ({ ...p, detail: parserDetail(String(p.code ?? ''), String(p.detail ?? '')) }),
};
