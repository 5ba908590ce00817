// Findings and rule texts in the reader's language, with every translation linked in: for the
// CLI, the reports and tests. The page's first load uses app/i18n/ruleTexts.ts instead, which
// fetches the Chinese when it is first wanted.
import { ruleMeta } from '../rules/catalog';
import { ZH_CN_RULES } from '../rules/zh-CN.generated';
import { ruleLocalizer } from './ruleLocalizer';

export type { Lang } from './lang';

export const { localizeFinding, localizeFindings, ruleText, localizeRules } = ruleLocalizer(
  (lang) => (lang === 'zh-CN' ? ZH_CN_RULES : undefined),
  ruleMeta,
);
