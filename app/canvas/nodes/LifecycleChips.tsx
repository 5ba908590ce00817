// The pod over time on the graph's cards: a container's state at the timeline's cursor or what
// its status says, and the frame's READY count. Fetched the first time a card has one to show.
import type { ContainerState, ContainerStatusExplanation } from '../../../src/lifecycle/types';
import type { ReadyCount } from '../flowTypes';
import { useLifecycleTexts } from '../../timeline/lifecycleTexts';
import { shortenMiddle } from '../../../src/graph/text';
import { statusChip } from './statusChip';
import { STATE_TONE, StateIcon } from './StateIcon';

// The chip takes the place of the card's image line (its height, its type size), so the card
// keeps the size the layout gave it; zoomed in, the place of the detail lines' image line.
const LINE = 'flex min-w-0 items-center whitespace-nowrap';
const PILL = 'inline-flex items-center gap-1 rounded-full border font-semibold';
const SIZE = {
  overview: { line: 'h-5', pill: 'h-5 px-1.5 text-[14px] leading-5', icon: 'size-3.5', font: 14 },
  detail: {
    line: 'h-[13px]',
    pill: 'h-[13px] px-1 text-[10px] leading-[13px]',
    icon: 'size-2.5',
    font: 10,
  },
};

interface ChipProps {
  state?: ContainerState;
  status?: ContainerStatusExplanation;
  /** The line's width in px: a long reason is shortened in the middle to fit it. */
  width: number;
  dense?: boolean;
}

/**
 * A card's line for the pod over time: the container's state at the timeline's cursor while a
 * timeline is shown, else what the input's status says when it is not running and Ready. A word
 * and a shape, never colour alone.
 */
export function CardChip({ state, status, width, dense }: ChipProps) {
  const T = useLifecycleTexts();
  const size = SIZE[dense ? 'detail' : 'overview'];
  // Room for the text: the line less the pill's icon, gap, padding and border.
  const room = width - size.font * 1.6 - 6;
  if (state !== undefined)
    return (
      <div className={`${LINE} ${size.line}`}>
        <span data-state-chip={state} className={`${PILL} ${size.pill} ${STATE_TONE[state]}`}>
          <StateIcon state={state} className={size.icon} />
          {T.state[state]}
        </span>
      </div>
    );
  const shown = status && statusChip(status, T);
  if (!shown || !status) return null;
  const detail = [
    status.reason,
    status.exitCode !== undefined ? T.exitCode(status.exitCode) : '',
    status.lastReason !== undefined ? T.last(status.lastReason) : '',
    status.lastExitCode !== undefined ? T.exitCode(status.lastExitCode) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className={`${LINE} ${size.line}`} title={detail || undefined}>
      <span
        data-status-chip={status.reason ?? status.state}
        className={`${PILL} ${size.pill} ${shown.tone}`}
      >
        <StateIcon state={shown.icon} className={size.icon} />
        {shortenMiddle(shown.text, size.font, room)}
      </span>
    </div>
  );
}

// Red while a container waits or has failed, amber while some container is not Ready yet.
const TONE = {
  trouble: 'bg-red-600 text-white dark:bg-red-700',
  partial: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  ready: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
};

/** The pod frame's READY n/m and STATUS (a failing container's reason, else the phase), as `kubectl get pod` prints them. */
export function ReadyPill({ count, phase }: { count: ReadyCount; phase?: string }) {
  const T = useLifecycleTexts();
  const tone = count.trouble ? 'trouble' : count.ready < count.total ? 'partial' : 'ready';
  return (
    <span
      data-ready={`${count.ready}/${count.total}`}
      data-ready-tone={tone}
      title={T.readyTitle}
      className={`shrink-0 rounded-full px-2.5 leading-6 font-medium whitespace-nowrap ${TONE[tone]}`}
    >
      {T.ready(count.ready, count.total)}
      {(count.reason ?? phase) !== undefined && ` · ${count.reason ?? phase}`}
    </span>
  );
}
