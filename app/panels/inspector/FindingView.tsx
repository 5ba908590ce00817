import { localizeFinding, ruleText } from '../../../src/i18n/localize';
import { ruleMeta } from '../../../src/rules/catalog';
import type { Finding } from '../../../src/types';
import { useI18n } from '../../i18n/useI18n';
import { SeverityBadge } from '../SeverityBadge';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { Section } from './Section';
import { useInspectorTexts } from './texts';

/** A finding: what was found where and what the rule checks; the lesson after it says the rest. */
export function FindingView({ finding }: { finding: Finding }) {
  const T = useInspectorTexts();
  const { lang } = useI18n();
  const f = localizeFinding(finding, lang);
  const known = ruleMeta(f.ruleId) !== undefined;
  return (
    <>
      <Section title={T.message}>
        <p className="flex items-start gap-2 text-sm">
          <SeverityBadge severity={f.severity} />
          <span className="min-w-0 break-words">{f.message}</span>
        </p>
        <div className="mt-2">
          <Fields
            fields={[
              [T.rule, <Mono>{f.ruleId}</Mono>],
              [T.path, <Mono>{f.path}</Mono>],
              [T.line, T.location(f.line, f.column)],
              [T.suppressedBy, f.suppressed && T.suppressed(f.suppressReason)],
            ]}
          />
        </div>
      </Section>
      <Section title={T.whatRule}>
        <p className="text-sm">{known ? ruleText(f.ruleId, lang).summary : T.unknownRule}</p>
      </Section>
    </>
  );
}
