// Chinese for the English fragments some rules pass as params: schema type descriptions
// (k8s/schema describeType), JSON type names, name-validation and quantity-parse sentences.
// Each vocabulary is closed, so a table covers it; the tests feed every producer through it.
import { QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from '../../k8s/quantity';
import type { ParamLocalizer } from '../types';

const SCALARS: Record<string, string> = {
  string: '字符串',
  integer: '整数',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  'integer or string': '整数或字符串',
  'any value': '任意值',
  'date-time': '日期时间字符串',
  quantity: '资源数量（quantity）',
};

// describeType's grammar: a scalar, `array of X`, `map of X`, where X is a scalar, another
// array/map, or a Kubernetes type name (Container, Volume…), which stays as it is.
function element(english: string): string {
  if (english.startsWith('array of ') || english.startsWith('map of ')) return schemaType(english);
  return SCALARS[english] ?? ` ${english} `;
}

/** A schema type description (`array of Container`) in Chinese (`由 Container 组成的列表`). */
export function schemaType(english: string): string {
  if (english.startsWith('array of ')) return tidy(`由${element(english.slice(9))}组成的列表`);
  if (english.startsWith('map of ')) return tidy(`值为${element(english.slice(7))}的映射`);
  return SCALARS[english] ?? english;
}

const tidy = (s: string): string => s.replace(/ {2,}/g, ' ');

const JSON_TYPES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
};

/** A JSON type name (string, number, object…) in Chinese. */
export function jsonType(english: string): string {
  return JSON_TYPES[english] ?? english;
}

// The API server's validation sentences (k8s/names), one per problem.
const NAME_PROBLEMS: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must be no more than (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字符`],
  [/^must not contain dots$/, () => '不能包含点号（.）'],
  [
    /^a lowercase RFC 1123 label must consist of .*regex used for validation is '([^']*)'\)$/,
    (m) =>
      `小写 RFC 1123 label 只能由小写字母、数字和 "-" 组成，并且必须以字母或数字开头和结尾（例如 "my-name" 或 "123-abc"，校验用的正则是 '${m[1]}'）`,
  ],
  [
    /^must contain only alpha-numeric characters/,
    () => '只能包含小写字母、数字（a-z、0-9）和连字符（-）',
  ],
  [/^must contain at least one letter/, () => '至少要包含一个字母（a-z）'],
  [/^must not contain consecutive hyphens$/, () => '不能包含连续的连字符'],
  [/^must not begin or end with a hyphen$/, () => '不能以连字符开头或结尾'],
];

/** The `; `-joined validation sentences of invalid-name in Chinese, joined with `；`. */
export function nameProblems(english: string): string {
  return english
    .split('; ')
    .map((part) => {
      for (const [pattern, say] of NAME_PROBLEMS) {
        const m = part.match(pattern);
        if (m) return say(m);
      }
      return part;
    })
    .join('；');
}

const QUANTITY: Record<string, string> = {
  [QUANTITY_FORMAT_ERROR]: "数量必须匹配正则表达式 '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  [QUANTITY_SUFFIX_ERROR]: '无法识别数量的后缀',
};

/** quantity.go's parse errors in Chinese. */
export function quantityProblem(english: string): string {
  return QUANTITY[english] ?? english;
}

/** A `, `-joined list of names with the Chinese enumeration comma. */
export function enumeration(english: string | number | undefined): string {
  return String(english ?? '')
    .split(', ')
    .join('、');
}

/** A param localizer that turns the named list params into Chinese enumerations. */
export function lists(...names: string[]): ParamLocalizer {
  return (p) => {
    const out = { ...p };
    for (const n of names) if (out[n] !== undefined) out[n] = enumeration(out[n]);
    return out;
  };
}
