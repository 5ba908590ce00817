// The YAML reader's sentences in Chinese. The yaml package reports an error code plus an English
// sentence; the code picks the Chinese sentence, and a few patterns of the English one refine it
// (which quote is unclosed, which character a plain value starts with).
import type { ErrorCode } from 'yaml';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH } from '../../parse/limits';

// Our own codes (src/parse/manifest.ts) next to yaml's.
type OwnCode =
  'TEMPLATE' | 'ALIAS_BOMB' | 'CONTROL_CHAR' | 'TOO_DEEP' | 'TOO_LARGE' | 'COMPLEX_KEY';

const BY_CODE: Record<ErrorCode | OwnCode, string> = {
  ALIAS_PROPS: '别名（*name）不能再带锚点或标签',
  BAD_ALIAS: '锚点或别名的名字不能为空，也不能以冒号结尾（会产生歧义）',
  BAD_DIRECTIVE: '无法识别的 YAML 指令（以 % 开头的行）',
  BAD_DQ_ESCAPE: '双引号字符串里有无效的转义序列（反斜杠后面的字符不合法）',
  BAD_INDENT: '缩进不对：这一行与同一层级的其他行没有对齐',
  BAD_PROP_ORDER: '锚点和标签必须写在 - 或 ? 这类指示符之后',
  BAD_SCALAR_START: '不加引号的值不能以这个字符开头，请给整个值加上引号',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能当作映射的键（多半是缩进或冒号的位置不对）',
  BLOCK_IN_FLOW: '方括号或花括号写成的流式集合里不能出现块结构',
  DUPLICATE_KEY: '同一个映射里出现了重复的键：键必须唯一',
  IMPOSSIBLE: 'YAML 解析器遇到了无法处理的结构',
  KEY_OVER_1024_CHARS: '键太长：冒号必须出现在键开始后的 1024 个字符以内',
  MISSING_CHAR: '缺少必要的字符（引号、逗号、冒号或 -）',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行内（多半是上一行缺少冒号，或引号没有闭合）',
  MULTIPLE_ANCHORS: '一个节点最多只能有一个锚点',
  MULTIPLE_DOCS: '这里只能有一个文档',
  MULTIPLE_TAGS: '一个节点最多只能有一个标签',
  NON_STRING_KEY: '映射的键必须是字符串',
  RESOURCE_EXHAUSTION: '别名展开得太多，超出了资源上限',
  TAB_AS_INDENT: '不能用 Tab 缩进：YAML 只接受空格缩进',
  TAG_RESOLVE_FAILED: '无法识别的 YAML 标签（以 ! 开头）',
  UNEXPECTED_TOKEN: '这里出现了意料之外的符号（多半是缩进或标点有误）',
  BAD_COLLECTION_TYPE: '标签与集合的类型不匹配',
  TEMPLATE: '这看起来是 Helm/Go 模板（"{{ … }}"），而不是 YAML：请先渲染（helm template …）',
  ALIAS_BOMB: `别名展开后超过 ${MAX_ALIAS_EXPANSION} 个值（疑似“别名炸弹”）`,
  CONTROL_CHAR: '含有 YAML 文本不允许的控制字符：这是二进制文件吗？',
  TOO_DEEP: `嵌套超过 ${MAX_DEPTH} 层，不予读取`,
  TOO_LARGE: '文档超过 3 MiB（API 服务器拒绝更大的请求）或输入超过 16 MiB，不予读取',
  COMPLEX_KEY: '映射的键必须是普通的值，不能是列表或映射',
};

// More precise sentences for the yaml messages users meet most (unclosed quotes, flow commas).
const REFINED: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Missing closing "quote/, () => '双引号没有闭合'],
  [/^Missing closing 'quote/, () => '单引号没有闭合'],
  [/^Missing , or : between flow map items/, () => '花括号里的各项之间缺少逗号或冒号'],
  [/^Missing , or : between flow sequence items/, () => '方括号里的各项之间缺少逗号或冒号'],
  [/^Missing , between/, () => '各项之间缺少逗号'],
  [/^Missing space after :/, () => '冒号后面缺少空格'],
  [/^Implicit map keys need to be followed by map values/, () => '键后面缺少冒号和值'],
  [/^Sequence item without - indicator/, () => '列表项缺少开头的 -'],
  [/^Comments must be separated/, () => '注释符 # 前面必须有空格'],
  [/^Tags and anchors must be separated/, () => '标签和锚点后面必须有空格'],
  [/^Missing directives-end/, () => '指令之后缺少文档开始标记 ---'],
  [/^All sequence items must start at the same column/, () => '列表的各项必须从同一列开始'],
  [
    /^All mapping items must start at the same column/,
    () => '映射的各个键必须从同一列开始（检查这一行的缩进）',
  ],
  [
    /^Flow (sequence|map) in block collection must be sufficiently indented and end with a (.)$/,
    (m) => `${m[1] === 'map' ? '花括号' : '方括号'}写成的集合缩进不够，或者缺少结尾的 ${m[2]}`,
  ],
  [/^Flow (sequence|map) must end with a (.)$/, (m) => `缺少结尾的 ${m[2]}`],
  [/^Block scalar/, () => '多行文本块（| 或 >）的缩进不对：内容行要比键缩进得更多'],
  [/^Plain value cannot start with a tab/, () => '不加引号的值不能以 Tab 开头'],
  [
    /^Plain value cannot start with .*(\S)$/,
    (m) => `不加引号的值不能以 ${m[1]} 开头，请给整个值加上引号`,
  ],
  [/^Map keys must be unique/, () => BY_CODE.DUPLICATE_KEY],
  [/^Tabs are not allowed as indentation/, () => BY_CODE.TAB_AS_INDENT],
];

/** A Chinese sentence for one YAML syntax issue, from its code and the parser's English text. */
export function parserDetail(code: string | undefined, english: string): string {
  for (const [pattern, say] of REFINED) {
    const m = english.match(pattern);
    if (m) return say(m);
  }
  if (code && code in BY_CODE) return BY_CODE[code as keyof typeof BY_CODE];
  return '无法读取这一处的 YAML';
}

/** Every code this table covers (for tests). */
export const PARSER_CODES = Object.keys(BY_CODE);
