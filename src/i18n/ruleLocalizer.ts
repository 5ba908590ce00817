// Findings and rule texts in the reader's language. Rules keep English templates; findings carry
// a message id and params, so any language can rebuild the message from its own template. Where
// the translations come from is the caller's choice: the engine links them in (localize.ts), the
// page fetches them the first time it speaks Chinese (app/i18n/ruleTexts.ts).
import { formatMessage } from '../messages';
import type { RuleFolderMeta, RuleMeta, RuleTranslation, RuleTranslations } from '../rules/types';
import type { Finding } from '../types';
import type { Lang } from './lang';

/** The rule translations of a language, or undefined when there are none (English, or not loaded). */
export type TranslationSource = (lang: Lang) => RuleTranslations | undefined;

/** A rule's English metadata by id, or undefined (an unknown id, or a catalog not loaded yet). */
export type MetaSource = (ruleId: string) => RuleFolderMeta | undefined;

export interface RuleLocalizer {
  /** A finding with its message in `lang`; English (and anything untranslated) is kept as is. */
  localizeFinding: (f: Finding, lang: Lang) => Finding;
  /** Every finding localized, in the same order; English returns the very same array. */
  localizeFindings: (findings: readonly Finding[], lang: Lang) => Finding[];
  /** A rule's one-sentence summary and its fix in `lang` (English when the id is unknown there). */
  ruleText: (ruleId: string, lang: Lang) => { summary: string; fix: string };
  /** Rule metadata with summary, fix and message templates in `lang`, for reports that list rules. */
  localizeRules: <R extends RuleMeta>(rules: readonly R[], lang: Lang) => R[];
}

/** The localizing functions over one source of translations and one of English metadata. */
export function ruleLocalizer(source: TranslationSource, meta: MetaSource): RuleLocalizer {
  const translation = (ruleId: string, lang: Lang): RuleTranslation | undefined =>
    lang === 'en' ? undefined : source(lang)?.[ruleId];

  const localizeFinding = (f: Finding, lang: Lang): Finding => {
    const t = translation(f.ruleId, lang);
    const key = f.messageId.startsWith(`${f.ruleId}.`)
      ? f.messageId.slice(f.ruleId.length + 1)
      : f.messageId;
    const template = t?.messages[key];
    if (!t || template === undefined) return f;
    const params = t.params ? t.params(f.params, key) : f.params;
    return { ...f, message: formatMessage(template, params) };
  };

  return {
    localizeFinding,
    localizeFindings: (findings, lang) =>
      lang === 'en' ? (findings as Finding[]) : findings.map((f) => localizeFinding(f, lang)),
    ruleText: (ruleId, lang) => {
      const t = translation(ruleId, lang);
      if (t) return { summary: t.summary, fix: t.fix };
      const rule = meta(ruleId);
      return { summary: rule?.summary ?? '', fix: rule?.fix ?? '' };
    },
    localizeRules: <R extends RuleMeta>(rules: readonly R[], lang: Lang): R[] =>
      lang === 'en'
        ? (rules as R[])
        : rules.map((r) => {
            const t = translation(r.id, lang);
            return t
              ? { ...r, summary: t.summary, fix: t.fix, messages: { ...r.messages, ...t.messages } }
              : r;
          }),
  };
}
