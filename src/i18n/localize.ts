// Findings and rule texts in the reader's language. Rules keep English templates; findings carry
// a message id and params, so any language can rebuild the message from its own template.
import { formatMessage } from '../messages';
import { ruleMeta } from '../rules/catalog';
import type { RuleMeta } from '../rules/types';
import type { Finding } from '../types';
import type { Lang } from './lang';
import type { RuleTranslation } from './types';
import { ZH_CN_RULES } from './zh-CN/index';

export type { Lang } from './lang';

function translation(ruleId: string, lang: Lang): RuleTranslation | undefined {
  return lang === 'zh-CN' ? ZH_CN_RULES[ruleId] : undefined;
}

/** A finding with its message in `lang`; English (and anything untranslated) is kept as is. */
export function localizeFinding(f: Finding, lang: Lang): Finding {
  const t = translation(f.ruleId, lang);
  const key = f.messageId.startsWith(`${f.ruleId}.`)
    ? f.messageId.slice(f.ruleId.length + 1)
    : f.messageId;
  const template = t?.messages[key];
  if (!t || template === undefined) return f;
  const params = t.params ? t.params(f.params, key) : f.params;
  return { ...f, message: formatMessage(template, params) };
}

/** Every finding localized, in the same order; English returns the very same array. */
export function localizeFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  if (lang === 'en') return findings as Finding[];
  return findings.map((f) => localizeFinding(f, lang));
}

/** A rule's one-sentence summary and its fix in `lang` (English when the id is unknown there). */
export function ruleText(ruleId: string, lang: Lang): { summary: string; fix: string } {
  const t = translation(ruleId, lang);
  if (t) return { summary: t.summary, fix: t.fix };
  const rule = ruleMeta(ruleId);
  return { summary: rule?.summary ?? '', fix: rule?.fix ?? '' };
}

/** Rule metadata with summary, fix and message templates in `lang`, for reports that list rules. */
export function localizeRules<R extends RuleMeta>(rules: readonly R[], lang: Lang): R[] {
  if (lang === 'en') return rules as R[];
  return rules.map((r) => {
    const t = translation(r.id, lang);
    return t
      ? { ...r, summary: t.summary, fix: t.fix, messages: { ...r.messages, ...t.messages } }
      : r;
  });
}
