import { jsonType, schemaType } from '../../i18n/zh-CN/details';
import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '值的类型不对：数字加了引号，该写列表的地方写成了对象，该写字符串的地方写了数字或 yes/no。',
  fix: '按字段要求的类型书写：整数不加引号；字符串字段里的数字和 yes/no/on/off 要加引号；需要列表的地方写成列表（`- item`）。',
  messages: {
    default:
      '{field} 应为{expected}，实际却是 JSON {actual}（{value}）：API server 无法解码这个对象',
    quotedNumber:
      '{field} 应为{expected}，实际却是字符串 {value}：API server 不会把字符串转换成数字，请去掉引号',
    needsString:
      '{field} 应为{expected}，实际却是{actual} {value}：kubectl 会把它作为 JSON {actual} 发送，API server 会拒绝，请加上引号',
    yaml11Number:
      '{field} 应为{expected}，但 kubectl 会把不带引号的 {value} 读成数字（YAML 1.1），API server 会拒绝，请加上引号',
    yaml11Boolean:
      '{field} 应为{expected}，但 kubectl 会把不带引号的 {value} 读成布尔值（YAML 1.1），API server 会拒绝，请加上引号',
  },
  params: (p) => ({
    ...p,
    expected: schemaType(String(p.expected ?? '')),
    actual: jsonType(String(p.actual ?? '')),
  }),
};
