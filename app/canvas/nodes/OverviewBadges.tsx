import type { OverviewBadge } from '../../../src/graph/badges';
import { badgeWidth, containerInner } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import { useTexts } from '../../i18n/useTexts';
import type { CanvasTexts } from '../../i18n/en/canvas';
import { wellKnownLabel } from '../labels';

const PILL =
  'inline-flex h-5 items-center rounded-full px-2 text-[14px] leading-5 whitespace-nowrap';
const TONE: Record<OverviewBadge['kind'], string> = {
  'well-known': 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  target: 'bg-orange-50 text-orange-800 dark:bg-orange-950 dark:text-orange-200',
  risk: 'bg-red-50 font-medium text-red-800 dark:bg-red-950 dark:text-red-200',
  capabilities: 'bg-red-50 font-medium text-red-800 dark:bg-red-950 dark:text-red-200',
  'host-port': 'bg-red-50 font-medium text-red-800 dark:bg-red-950 dark:text-red-200',
  restarts: 'bg-amber-50 text-amber-800 dark:bg-amber-950 dark:text-amber-200',
  reason: 'bg-red-50 font-medium text-red-800 dark:bg-red-950 dark:text-red-200',
};

function badgeText(b: OverviewBadge, T: CanvasTexts): string {
  switch (b.kind) {
    case 'well-known':
      return wellKnownLabel(b.id, T);
    case 'target':
      return T.ui.target(b.name);
    case 'risk':
    case 'capabilities':
      return b.text;
    case 'host-port':
      return b.text;
    case 'restarts':
      return T.ui.restarts(b.count);
    case 'reason':
      return T.ui.lastReason(b.reason);
  }
}

/** The overview pills of a container card; a pill wider than the card shortens in the middle. */
export function OverviewBadges({ badges, width }: { badges: OverviewBadge[]; width: number }) {
  const T = useTexts('canvas');
  if (badges.length === 0) return null;
  const room = containerInner(width) - 18;
  return (
    <div className="flex flex-wrap gap-x-1.5 gap-y-0">
      {badges.map((b, i) => {
        const text = badgeText(b, T);
        const shown = badgeWidth({ ...b, text }) > room + 18 ? shortenMiddle(text, 14, room) : text;
        return (
          <span key={`${b.kind}:${i}`} className={`${PILL} ${TONE[b.kind]}`} title={text}>
            {shown}
          </span>
        );
      })}
    </div>
  );
}
