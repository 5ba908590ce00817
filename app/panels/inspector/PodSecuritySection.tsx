import type { ReactNode } from 'react';
import type { PodSecurityFailure } from '../../../src/k8s/podSecurity';
import { CheckFix } from '../../fix/CheckFix';
import { formatPath } from '../../../src/parse/path';
import { podSecurityFieldPath } from '../../../src/analysis/result';
import type { FieldPath } from '../../../src/types';
import { useI18n } from '../../i18n/useI18n';
import { useTexts } from '../../i18n/useTexts';
import { lazyModule } from '../../lazy/lazyModule';
import { useLazyModule } from '../../lazy/useLazyModule';
import type { InspectorContext } from './context';
import { Mono } from './Mono';
import { Section } from './Section';
import { useRevealField } from './useRevealField';

// Every check's title and explanation in both languages: fetched when a pod view first shows.
const checkTexts = lazyModule(() => import('../../../src/k8s/podSecurityTexts'));

/** Fields listed per check; a pod of many containers fails the same check in each. */
const SHOWN_FIELDS = 6;

const LEVEL_TONE: Record<string, string> = {
  restricted: 'text-emerald-800 dark:text-emerald-300',
  baseline: 'text-slate-900 dark:text-slate-100',
  privileged: 'text-rose-800 dark:text-rose-300',
};

// The failure path under the pod spec, or the template's annotation, as the API server writes it.
function fieldLabel(path: readonly (string | number)[]): string {
  return formatPath(podSecurityFieldPath({ podSpecPath: [] }, path));
}

/** The pod's Pod Security Standards level and each failed check: what, where, how to fix. */
export function PodSecuritySection({ ctx }: { ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const { lang } = useI18n();
  const texts = useLazyModule(checkTexts);
  const reveal = useRevealField(ctx);
  const { level, failures } = ctx.workload.podSecurity;
  const m = texts.status === 'ready' ? texts.module : undefined;
  return (
    <Section title={T.podSecurity}>
      <p className="text-sm" data-pod-security-level={level}>
        <span className={`font-semibold ${LEVEL_TONE[level] ?? ''}`}>
          {m ? m.podSecurityLevelName(level, lang) : level}
        </span>{' '}
        — {T.podSecurityMeaning[level]}
      </p>
      {failures.length > 0 &&
        (m ? (
          <ul className="mt-2 flex flex-col gap-2.5">
            {failures.map((f) => (
              <FailedCheck
                key={f.check}
                failure={f}
                text={m.podSecurityCheckText(f.check, lang)}
                podSpecPath={ctx.workload.ref.podSpecPath}
                reveal={reveal}
                fix={
                  // A stale graph's text is not the editor's: nothing to splice into.
                  f.check === 'capabilities_restricted' && reveal ? (
                    <CheckFix
                      result={ctx.result}
                      workload={ctx.result.workloads.indexOf(ctx.workload)}
                    />
                  ) : undefined
                }
              />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">{T.podSecurityLoading}</p>
        ))}
    </Section>
  );
}

interface FailedCheckProps {
  failure: PodSecurityFailure;
  text: { title: string; explanation: string };
  podSpecPath: FieldPath;
  reveal?: (path: FieldPath) => void;
  /** The check's fixes, where it has some. */
  fix?: ReactNode;
}

function FailedCheck({ failure: f, text, podSpecPath, reveal, fix }: FailedCheckProps) {
  const T = useTexts('inspector');
  const shown = f.paths.slice(0, SHOWN_FIELDS);
  return (
    <li
      data-check={f.check}
      data-check-level={f.level}
      className="rounded border border-slate-200 px-2.5 py-2 text-sm dark:border-slate-700"
    >
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold">{text.title}</span>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {T.podSecurityFailedLevel(f.level)}
        </span>
      </p>
      <p className="mt-0.5 text-slate-700 dark:text-slate-300">{text.explanation}</p>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        <span className="text-slate-500 dark:text-slate-400">{T.podSecurityContainers}: </span>
        {f.containers.length > 0 ? <Mono>{f.containers.join(', ')}</Mono> : T.podSecurityPodLevel}
      </p>
      <ul aria-label={T.podSecurityFields} className="mt-1 flex flex-col gap-0.5">
        {shown.map((p) => {
          const label = fieldLabel(p);
          return (
            <li key={label}>
              {reveal ? (
                <button
                  type="button"
                  className="text-left text-sky-800 underline decoration-dotted underline-offset-2 hover:decoration-solid dark:text-sky-300"
                  title={T.podSecuritySelect(label)}
                  onClick={() => reveal(podSecurityFieldPath({ podSpecPath }, p))}
                >
                  <Mono>{label}</Mono>
                </button>
              ) : (
                <Mono>{label}</Mono>
              )}
            </li>
          );
        })}
        {f.paths.length > shown.length && (
          <li className="text-slate-500 dark:text-slate-400">
            {T.podSecurityMore(f.paths.length - shown.length)}
          </li>
        )}
      </ul>
      {fix}
    </li>
  );
}
