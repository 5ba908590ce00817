// Findings and rule texts in the page's language. The Chinese rule texts come with the page's
// other Chinese texts (loadLang in texts.ts), so the first load carries the English only; read
// before they have arrived, a text is English.
import { ruleLocalizer } from '../../src/i18n/ruleLocalizer';
import { lazyModule } from '../lazy/lazyModule';

/** Every rule's Chinese texts (src/rules/<id>/zh-CN.ts), fetched on first use. */
export const zhRuleTexts = lazyModule(() => import('../../src/rules/zh-CN.generated'));

export const { localizeFinding, localizeFindings, ruleText } = ruleLocalizer((lang) =>
  lang === 'zh-CN' ? zhRuleTexts.get()?.ZH_CN_RULES : undefined,
);
