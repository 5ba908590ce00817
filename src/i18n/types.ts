// Types for translating rule messages; each rule's Chinese is in src/rules/<id>/zh-CN.ts.
import type { MessageParams } from '../types';

/**
 * Rewrites the params whose values are English prose (a parser's sentence, a type name) so the
 * translated template does not show them; names, numbers, paths and quantities pass through.
 */
export type ParamLocalizer = (params: MessageParams, messageId: string) => MessageParams;
