import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { FRAME_PADDING } from '../../../src/graph/layout';
import { textWidth } from '../../../src/graph/text';
import { LANE_GAP, LANE_LABEL_HEIGHT } from '../../../src/graph/lanes';
import { useTexts } from '../../i18n/useTexts';
import { nodeAriaLabel } from '../labels';
import type { PodFlowNode } from '../flowTypes';
import { ROLE_STRIP } from '../styles';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { LazyReadyPill } from './LazyChips';
import { SeverityBadge } from './SeverityBadge';

const QOS_TONE: Record<string, string> = {
  Guaranteed: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
  Burstable: 'bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100',
  BestEffort: 'bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100',
};

// Restricted is the hardened level; privileged means some check of baseline fails.
const POD_SECURITY_TONE: Record<string, string> = {
  restricted: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
  baseline: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  privileged: 'bg-rose-100 text-rose-800 dark:bg-rose-900 dark:text-rose-100',
};

// Children and lanes are placed from the frame's outer corner; absolutely positioned content
// starts inside its border.
const BORDER = 2;

function list(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
}

/** A lane's hint ("start together") is shown only where it fits beside the lane's title. */
function hintFits(title: string, hint: string, width: number): boolean {
  // Titles are set in capitals, which run wider than the estimate's average letter.
  return textWidth(title, 14) * 1.3 + textWidth(hint, 14) * 1.05 + 30 <= width;
}

/**
 * The pod frame: identity, QoS, the Pod Security level, the effective requests and limits, restart policy and hostname
 * in its header (a compact frame, in presentation mode, keeps the first row); one labelled lane
 * per container role below. Its children are separate React Flow nodes drawn on top of it.
 */
export const PodFrameNode = memo(function PodFrameNode({
  id,
  data,
  selected,
}: NodeProps<PodFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  // A limit some container leaves unset leaves the pod uncapped: the sum of the others is no cap.
  const bounded = Object.fromEntries(
    Object.entries(n.limits).filter(([r]) => !n.unboundedLimits.includes(r)),
  );
  const unbounded = n.unboundedLimits.map((r) => `${r} ${T.ui.unbounded}`).join(' · ');
  return (
    <NodeCard
      kind="pod"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      podSecurity={n.podSecurity}
      className="relative h-full w-full rounded-2xl border-2 border-slate-300 bg-white/90 text-[14px] leading-5 text-slate-800 shadow-sm dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-100"
    >
      <header
        className="flex flex-col justify-center"
        style={{ height: data.header, paddingInline: FRAME_PADDING }}
      >
        <div className="flex min-h-[30px] min-w-0 flex-wrap items-center gap-x-2">
          <NodeTitle id={id} label={label} selected={selected}>
            <span className="text-slate-500 dark:text-slate-400">{n.workloadKind}</span>{' '}
            <span className="text-[17px] font-semibold break-all">{n.name}</span>
          </NodeTitle>
          {n.namespace !== undefined && (
            <span className="text-slate-500 dark:text-slate-400">
              {T.ui.namespaceShort(n.namespace)}
            </span>
          )}
          <span
            className={`shrink-0 rounded-full px-2.5 leading-6 font-medium whitespace-nowrap ${QOS_TONE[n.qosClass] ?? QOS_TONE.BestEffort}`}
            title={n.partial ? T.ui.partialTitle : undefined}
            data-partial={n.partial ? 'true' : undefined}
          >
            {T.ui.qos(n.qosClass)}
            {n.partial && T.ui.partial}
          </span>
          <span
            className={`shrink-0 rounded-full px-2.5 leading-6 font-medium whitespace-nowrap ${POD_SECURITY_TONE[n.podSecurity] ?? POD_SECURITY_TONE.baseline}`}
            title={n.partial ? T.ui.partialTitle : T.ui.podSecurityTitle}
            data-partial={n.partial ? 'true' : undefined}
          >
            {T.ui.podSecurity(n.podSecurity)}
            {n.partial && T.ui.partial}
          </span>
          {data.ready ? (
            <LazyReadyPill count={data.ready} phase={n.phase} />
          ) : (
            n.phase !== undefined && (
              <span className="shrink-0 text-slate-500 dark:text-slate-400">{n.phase}</span>
            )
          )}
          <SeverityBadge severity={n.severity} count={n.findings} />
        </div>
        <div
          className="flex min-w-0 flex-wrap gap-x-4 leading-5 break-all text-slate-600 dark:text-slate-300"
          hidden={data.compact}
        >
          <span>
            {T.ui.requests} <span className="font-mono">{list(n.requests) || T.ui.none}</span>
          </span>
          <span>
            {T.ui.limits}{' '}
            <span className="font-mono">{list(bounded) || (unbounded ? '' : T.ui.none)}</span>
            {unbounded && (
              <span className="font-mono text-amber-700 dark:text-amber-400">
                {list(bounded) ? ' · ' : ''}
                {unbounded}
              </span>
            )}
          </span>
          <span>
            {T.ui.restartPolicy} <span className="font-mono">{n.restartPolicy}</span>
          </span>
        </div>
      </header>
      {data.lanes.map((lane, i) => (
        <div key={lane.role} aria-hidden="true">
          {lane.x > FRAME_PADDING && (
            <span
              className="absolute w-px bg-slate-200 dark:bg-slate-700"
              style={{
                left: lane.x - LANE_GAP / 2 - BORDER,
                top: lane.y - BORDER,
                height: lane.height,
              }}
            />
          )}
          <div
            className="absolute flex items-center gap-1.5 text-[14px] whitespace-nowrap"
            style={{
              left: lane.x - BORDER,
              top: lane.y - BORDER,
              width: lane.width,
              height: LANE_LABEL_HEIGHT,
            }}
            data-lane={lane.role}
            data-lane-index={i}
          >
            <span className={`h-2 w-2 shrink-0 rounded-full ${ROLE_STRIP[lane.role]}`} />
            <span className="font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
              {T.lane[lane.role].title}
            </span>
            {hintFits(T.lane[lane.role].title, T.lane[lane.role].hint, lane.width) && (
              <span className="text-slate-500 dark:text-slate-400">{T.lane[lane.role].hint}</span>
            )}
          </div>
        </div>
      ))}
    </NodeCard>
  );
});
