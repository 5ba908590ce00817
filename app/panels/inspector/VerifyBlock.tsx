import type { VerifyCommand } from '../verify';
import { verifyText as T } from '../texts';
import { Section } from './Section';

/** kubectl commands, filled in with the real names, that show it on a live cluster. */
export function VerifyBlock({ commands }: { commands: readonly VerifyCommand[] }) {
  return (
    <Section title={T.heading}>
      <ul className="flex flex-col gap-2">
        {commands.map((c) => (
          <li key={c.command}>
            <p className="text-xs text-slate-600 dark:text-slate-400">{c.label}</p>
            <pre className="mt-0.5 rounded-md whitespace-pre-wrap break-all bg-slate-100 px-2 py-1.5 font-mono text-[12px] text-slate-800 dark:bg-slate-800 dark:text-slate-100">
              <code>{c.command}</code>
            </pre>
          </li>
        ))}
      </ul>
    </Section>
  );
}
