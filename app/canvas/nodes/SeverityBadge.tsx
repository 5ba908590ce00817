import type { Severity } from '../../../src/types';
import { useTexts } from '../../i18n/useTexts';
import { findingsLabel } from '../labels';
import { SEVERITY_FILL } from '../styles';

/** A count of the findings on a node, in the colour of the worst one. */
export function SeverityBadge({ severity, count }: { severity?: Severity; count?: number }) {
  const T = useTexts('canvas');
  if (!severity) return null;
  const n = count ?? 1;
  return (
    <span
      role="img"
      aria-label={findingsLabel(n, severity, T)}
      title={findingsLabel(n, severity, T)}
      data-badge={severity}
      className={`ml-auto inline-flex h-[22px] min-w-[22px] shrink-0 items-center justify-center rounded-full px-1.5 text-[14px] font-semibold ${SEVERITY_FILL[severity]}`}
    >
      {n}
    </span>
  );
}
