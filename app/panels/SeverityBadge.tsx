import type { Severity } from '../../src/types';
import { severityBadge } from './styles';
import { useTexts } from '../i18n/useTexts';
import { panelTexts } from './panelTexts';

/** The severity as a small coloured label (colour never carries the meaning alone). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { severity: severityText } = useTexts(panelTexts);
  return (
    <span
      className={`inline-block w-16 shrink-0 rounded px-1.5 py-0.5 text-center text-[11px] leading-4 font-semibold tracking-wide uppercase ring-1 ring-inset ${severityBadge[severity]}`}
    >
      {severityText[severity].label}
    </span>
  );
}
