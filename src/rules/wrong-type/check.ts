import type { Document } from 'yaml';
import { describeType, type FieldType } from '../../k8s/schema';
import type { FieldPath, MessageParams } from '../../types';
import type { DocumentRule } from '../types';
import { containerAt, scalarAt, walkSchema } from '../schemaWalk';
import { meta } from './meta';

// kubectl reads YAML 1.1 (go-yaml v2), where these plain scalars are booleans; this engine reads
// YAML 1.2, where they are strings. The API server receives what kubectl read.
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

// YAML 1.1 integers that YAML 1.2 leaves as strings: digit separators (1_000) and 0b binary.
const YAML11_INTEGER = /^[-+]?(?:0b[01_]+|[0-9][0-9_]*_[0-9_]*)$/;

function readAsKubectl(ast: Document.Parsed, path: FieldPath, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const bool = YAML11_TRUE.has(value) || YAML11_FALSE.has(value);
  if (!bool && !YAML11_INTEGER.test(value)) return value;
  if (scalarAt(ast, path)?.type !== 'PLAIN') return value;
  if (bool) return YAML11_TRUE.has(value);
  const digits = value.replace(/_/g, '');
  const sign = digits.startsWith('-') ? -1 : 1;
  const body = digits.replace(/^[-+]/, '');
  return sign * (body.startsWith('0b') ? parseInt(body.slice(2), 2) : Number(body));
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function fieldName(path: FieldPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    if (typeof s === 'string') return s;
    if (typeof s === 'object') return `[${s.key}]`;
  }
  return 'value';
}

function messageFor(expected: FieldType, value: unknown, written: unknown): string {
  if (typeof written === 'string' && typeof value === 'boolean') return 'yaml11Boolean';
  if (typeof written === 'string' && typeof value === 'number') return 'yaml11Number';
  const numeric = expected.kind === 'integer' || expected.kind === 'number';
  if (typeof value === 'string' && numeric && value.trim() !== '' && !Number.isNaN(Number(value)))
    return 'quotedNumber';
  const stringy =
    expected.kind === 'string' ||
    expected.kind === 'date-time' ||
    expected.kind === 'int-or-string';
  if ((typeof value === 'number' || typeof value === 'boolean') && stringy) return 'needsString';
  return 'default';
}

export const rule: DocumentRule = {
  ...meta,
  check({ document, workloads, report }) {
    const root = document.value;
    walkSchema(root, workloads, {
      read: (path, value) => readAsKubectl(document.ast, path, value),
      mismatch(path, expected, value, written) {
        const messageId = messageFor(expected, value, written);
        const reread = messageId.startsWith('yaml11') && typeof written === 'string';
        const params: MessageParams = {
          field: fieldName(path),
          expected: describeType(expected),
          actual: jsonType(value),
          value: reread ? written : shown(written),
        };
        const containers = containerAt(root, workloads, path);
        report({
          path,
          messageId,
          params,
          ...(containers ? { containers } : {}),
        });
      },
    });
  },
};
