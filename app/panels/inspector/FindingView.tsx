import { FindingFix } from '../../fix/FindingFix';
import { useTexts } from '../../i18n/useTexts';
import { nodesTouchedBy } from '../../../src/graph/touched';
import { localizeFinding, ruleCatalog, ruleText } from '../../i18n/ruleTexts';
import { useLazyModule } from '../../lazy/useLazyModule';
import type { Finding } from '../../../src/types';
import { useI18n } from '../../i18n/useI18n';
import { SeverityBadge } from '../SeverityBadge';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/**
 * A finding's own values: what was found where, on which elements, what the rule checks and the
 * fix in one sentence. The explanation after it says the rest.
 */
export function FindingView({
  finding,
  index,
  ctx,
}: {
  finding: Finding;
  /** The finding's index in `ctx.result.findings` (its quick fixes are looked up by it). */
  index?: number;
  ctx: InspectorContext;
}) {
  const T = useTexts('inspector');
  const { lang } = useI18n();
  const f = localizeFinding(finding, lang);
  const catalog = useLazyModule(ruleCatalog);
  // Unknown only once the catalog has said so; while it loads, the section waits quietly.
  const known =
    catalog.status === 'ready' ? catalog.module.ruleMeta(f.ruleId) !== undefined : undefined;
  const rule = known ? ruleText(f.ruleId, lang) : undefined;
  const ids = new Set(nodesTouchedBy(finding, ctx.graph));
  const touched = ctx.graph.nodes.filter((n) => ids.has(n.id));
  return (
    <>
      <Section title={T.message}>
        <p className="flex items-start gap-2 text-sm">
          <SeverityBadge severity={f.severity} muted={f.suppressed} />
          <span className="min-w-0 break-words">{f.message}</span>
        </p>
        <div className="mt-2">
          <Fields
            fields={[
              [T.rule, <Mono>{f.ruleId}</Mono>],
              [
                T.touches,
                touched.length > 0 && (
                  <span className="flex flex-wrap gap-x-2">
                    {touched.map((n) => (
                      <NodeLink
                        key={n.id}
                        target={{ kind: 'node', id: n.id }}
                        label={n.kind === 'namespace' ? T.namespace[n.name].title : n.name}
                        onSelect={ctx.onSelect}
                      />
                    ))}
                  </span>
                ),
              ],
              [T.path, <Mono>{f.path}</Mono>],
              [T.line, T.location(f.line, f.column)],
              [T.suppressedBy, f.suppressed && T.suppressed(f.suppressReason)],
            ]}
          />
        </div>
      </Section>
      <Section title={T.whatRule}>
        <p className="text-sm">{rule ? rule.summary : known === false && T.unknownRule}</p>
        {rule && (
          <p className="mt-1.5 text-sm">
            <span className="font-medium">{T.fixLabel}:</span> {rule.fix}
          </p>
        )}
        {index !== undefined && (
          <div className="mt-2">
            <FindingFix key={index} result={ctx.result} index={index} />
          </div>
        )}
      </Section>
    </>
  );
}
