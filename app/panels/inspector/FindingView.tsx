import { ruleById } from '../../../src/rules/index';
import type { Finding } from '../../../src/types';
import { SeverityBadge } from '../SeverityBadge';
import { linkButton } from '../styles';
import { findingsText, inspectorText as T } from '../texts';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { Section } from './Section';

/** A finding: what was found where, what the rule checks, how to fix it, where to read more. */
export function FindingView({ finding: f }: { finding: Finding }) {
  const rule = ruleById(f.ruleId);
  return (
    <>
      <Section title={T.message}>
        <p className="flex items-start gap-2 text-[13px]">
          <SeverityBadge severity={f.severity} />
          <span className="min-w-0 break-words">{f.message}</span>
        </p>
        <div className="mt-2">
          <Fields
            fields={[
              [T.rule, <Mono>{f.ruleId}</Mono>],
              [T.path, <Mono>{f.path}</Mono>],
              [T.line, findingsText.locationLabel(f.line, f.column)],
              [T.suppressedBy, f.suppressed && findingsText.suppressed(f.suppressReason)],
            ]}
          />
        </div>
      </Section>
      {rule ? (
        <>
          <Section title={T.what_rule}>
            <p className="text-[13px]">{rule.summary}</p>
          </Section>
          <Section title={T.fix}>
            <p className="text-[13px]">{rule.fix}</p>
            <p className="mt-2 text-[13px]">
              <a href={rule.docs} target="_blank" rel="noreferrer noopener" className={linkButton}>
                {T.docs}
              </a>
            </p>
          </Section>
        </>
      ) : (
        <Section title={T.what_rule}>
          <p className="text-[13px]">{T.unknownRule}</p>
        </Section>
      )}
    </>
  );
}
