import type { Severity } from '../../src/types';
import { severityBadge } from '../styles';
import { useTexts } from '../i18n/useTexts';

/** Grey, for a suppressed finding: set apart by colour while its text keeps full contrast. */
const MUTED = 'bg-slate-100 text-slate-700 ring-slate-400/40 dark:bg-slate-800 dark:text-slate-300';

/** The severity as a small coloured label (colour never carries the meaning alone). */
export function SeverityBadge({
  severity,
  muted = false,
}: {
  severity: Severity;
  muted?: boolean;
}) {
  const { severity: severityText } = useTexts('panels');
  return (
    <span
      className={`inline-block w-16 shrink-0 rounded px-1.5 py-0.5 text-center text-[11px] leading-4 font-semibold tracking-wide uppercase ring-1 ring-inset ${muted ? MUTED : severityBadge[severity]}`}
    >
      {severityText[severity].label}
    </span>
  );
}
