// Findings and rule texts in the page's language. Findings arrive with their English message, so
// the first load carries no rule texts at all: the rules' English metadata (summary, fix) comes
// the first time the inspector shows a finding, and the Chinese rule texts with the page's other
// Chinese texts (loadLang in texts.ts); read before they have arrived, a message is English and
// a rule's summary and fix are empty.
import { ruleLocalizer } from '../../src/i18n/ruleLocalizer';
import { lazyModule } from '../lazy/lazyModule';

/** Every rule's Chinese texts (src/rules/<id>/zh-CN.ts), fetched on first use. */
export const zhRuleTexts = lazyModule(() => import('../../src/rules/zh-CN.generated'));

/** Every rule's English metadata (src/rules/<id>/meta.ts), fetched on first use. */
export const ruleCatalog = lazyModule(() => import('../../src/rules/catalog'));

export const { localizeFinding, localizeFindings, ruleText } = ruleLocalizer(
  (lang) => (lang === 'zh-CN' ? zhRuleTexts.get()?.ZH_CN_RULES : undefined),
  (id) => ruleCatalog.get()?.ruleMeta(id),
);
