import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Every field has a type: integer, string, boolean, object or list. YAML guesses a value’s type from how it is written: 8080 is a number, "8080" a string, and unquoted yes, no, on and off are booleans to the YAML 1.1 reader kubectl uses.',
    why: 'The API server does not convert types: a quoted port number, an unquoted version such as 1.10 in a string field, or a single item where a list belongs gets the object rejected.',
    analogy: 'Writing the rent in words where the form wants digits: the clerk cannot file it.',
  },
  'zh-CN': {
    what: '每个字段都有类型：整数、字符串、布尔、对象或列表。YAML 根据写法猜测值的类型：8080 是数字，"8080" 是字符串；对 kubectl 使用的 YAML 1.1 解析器来说，不加引号的 yes、no、on、off 都是布尔值。',
    why: 'API Server 不做类型转换：加了引号的端口号、字符串字段里不加引号的版本号（如 1.10）、该写列表的地方只写了一项，都会让整个对象被拒绝。',
    analogy: '在要求填数字的地方用汉字写租金：办事员没法登记。',
  },
  commands: rejected('containers'),
};
