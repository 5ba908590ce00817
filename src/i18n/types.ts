// What a translation of one rule holds. English lives in the rule itself (src/rules/*.ts).
import type { MessageParams } from '../types';

/**
 * Rewrites the params whose values are English prose (a parser's sentence, a type name) so the
 * translated template does not show them; names, numbers, paths and quantities pass through.
 */
export type ParamLocalizer = (params: MessageParams, messageId: string) => MessageParams;

export interface RuleTranslation {
  summary: string;
  fix: string;
  /** Templates by message id, with the same `{param}` placeholders as the English ones. */
  messages: Record<string, string>;
  params?: ParamLocalizer;
}

export type RuleTranslations = Record<string, RuleTranslation>;
