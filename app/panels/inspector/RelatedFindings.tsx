import { useTexts } from '../../i18n/useTexts';
import { localizeFinding, ruleCatalog, ruleText } from '../../i18n/ruleTexts';
import { useLazyModule } from '../../lazy/useLazyModule';
import { useI18n } from '../../i18n/useI18n';
import type { Selection } from '../../state/types';
import type { FindingEntry } from '../findingGroups';
import { SeverityBadge } from '../SeverityBadge';
import { focusRing } from '../../styles';
import { Section } from './Section';

interface Props {
  entries: readonly FindingEntry[];
  onSelect: (s: Selection) => void;
}

/** The findings that touch the inspected element, each with its fix; a click selects it. */
export function RelatedFindings({ entries, onSelect }: Props) {
  const T = useTexts('inspector');
  const { lang } = useI18n();
  const catalog = useLazyModule(ruleCatalog, entries.length > 0);
  const ruleMeta = catalog.status === 'ready' ? catalog.module.ruleMeta : () => undefined;
  return (
    <Section title={T.related(entries.length)}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{T.relatedNone}</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {entries.map(({ finding, index }) => {
            const f = localizeFinding(finding, lang);
            return (
              <li key={index}>
                <button
                  type="button"
                  data-related-rule={f.ruleId}
                  onClick={() => onSelect({ kind: 'finding', index })}
                  className={`flex w-full flex-col gap-0.5 rounded-md px-1.5 py-1 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
                >
                  {/* Badge and rule above the message, so the message has the pane's width. */}
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                    <SeverityBadge severity={f.severity} muted={f.suppressed} />
                    <code className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">
                      {f.ruleId}
                    </code>
                  </span>
                  <span
                    className={`break-words ${f.suppressed ? 'text-slate-600 dark:text-slate-400' : ''}`}
                  >
                    {f.message}
                  </span>
                  {ruleMeta(f.ruleId) && (
                    // Fixes name long fields (securityContext.allowPrivilegeEscalation): any break.
                    <span className="text-xs wrap-anywhere text-slate-600 dark:text-slate-400">
                      {T.fixLabel}: {ruleText(f.ruleId, lang).fix}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
