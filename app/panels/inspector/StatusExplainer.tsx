import { useMemo } from 'react';
import { explainStatus, lifecycleText } from '../../../src/lifecycle/index';
import type { ContainerStatusExplanation } from '../../../src/lifecycle/types';
import type { PodModel } from '../../../src/model/types';
import { useI18n } from '../../i18n/useI18n';
import { useLifecycleTexts } from '../../timeline/lifecycleTexts';
import { CommandList } from '../../teach/CommandList';
import { statusChip } from '../../canvas/nodes/statusChip';
import { StateIcon } from '../../canvas/nodes/StateIcon';
import { Mono } from './Mono';
import { Section } from './Section';

interface Props {
  model: PodModel;
  /** One container's part only; the whole pod when undefined. */
  container?: string;
}

/**
 * The engine's explanation of the pod's status: READY n/m and why, what holds the pod back, and
 * for each container its state, reason, exit code, restarts, current back-off, what to check
 * next and the commands that show it on the cluster (with the pod's and container's real names).
 */
export function StatusExplainer({ model, container }: Props) {
  const T = useLifecycleTexts();
  const { lang } = useI18n();
  const e = useMemo(() => explainStatus(model), [model]);
  const shown = e.containers.filter((c) => container === undefined || c.name === container);
  return (
    <Section title={T.status.title}>
      <div data-status-explainer={container ?? 'pod'} className="flex flex-col gap-2 text-sm">
        {container === undefined && (
          <>
            <p data-ready={`${e.readyContainers}/${e.totalContainers}`}>
              <span className="font-semibold">{T.ready(e.readyContainers, e.totalContainers)}</span>
              {e.phase !== undefined && <> · {e.phase}</>} —{' '}
              {e.ready ? T.status.ready : T.status.notReady}
            </p>
            {e.blockers.length > 0 && (
              <div>
                <h4 className="font-semibold">{T.status.blockers}</h4>
                <ul className="mt-0.5 list-disc pl-5">
                  {e.blockers.map((b, i) => (
                    <li key={i} data-blocker={b.id}>
                      {lifecycleText(b, lang)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        {shown.map((c) => (
          <ContainerStatus key={c.name} c={c} detailed={container !== undefined || !fine(c)} />
        ))}
      </div>
    </Section>
  );
}

const fine = (c: ContainerStatusExplanation): boolean =>
  c.state === 'running' && c.ready && c.advice.length === 0;

function ContainerStatus({ c, detailed }: { c: ContainerStatusExplanation; detailed: boolean }) {
  const T = useLifecycleTexts();
  const { lang } = useI18n();
  const chip = statusChip(c, T);
  return (
    <div
      data-container-status={c.name}
      data-status-reason={c.reason}
      className="rounded border border-slate-200 px-2.5 py-2 dark:border-slate-700"
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Mono>{c.name}</Mono>
        {chip ? (
          <span
            className={`inline-flex items-center gap-1 rounded-full border px-2 text-[13px] leading-5 font-semibold ${chip.tone}`}
          >
            <StateIcon state={chip.icon} className="size-3.5" />
            {chip.text}
          </span>
        ) : (
          <span className="text-emerald-800 dark:text-emerald-300">{T.status.healthy}</span>
        )}
        {c.restartCount > 0 && (
          <span className="text-slate-600 dark:text-slate-300">
            {T.status.restarts(c.restartCount)}
          </span>
        )}
      </p>
      {detailed && (
        <>
          {c.lastReason !== undefined && (
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              {T.last(c.lastReason)}
              {c.lastExitCode !== undefined && ` · ${T.exitCode(c.lastExitCode)}`}
            </p>
          )}
          {c.backoffSeconds !== undefined && (
            <p data-backoff={c.backoffSeconds} className="mt-1 text-slate-700 dark:text-slate-300">
              {T.status.backoff(T.seconds(c.backoffSeconds))}
            </p>
          )}
          {c.message !== undefined && (
            <p className="mt-1 font-mono text-xs break-words text-slate-600 dark:text-slate-400">
              {c.message}
            </p>
          )}
          {c.advice.length > 0 && (
            <div className="mt-1.5">
              <h4 className="font-semibold">{T.status.next}</h4>
              <ul className="mt-0.5 list-disc pl-5">
                {c.advice.map((a, i) => (
                  <li key={i} data-advice={a.id}>
                    {lifecycleText(a, lang)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {c.commands.length > 0 && (
            <div className="mt-1.5">
              <CommandList
                commands={c.commands.map((command) => ({
                  label: T.status.commandFor(c.name),
                  command,
                }))}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
