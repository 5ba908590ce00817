import { memo, useContext } from 'react';
import { BaseEdge, getBezierPath, ViewportPortal, type EdgeProps } from '@xyflow/react';
import { edgeLabel } from '../../../src/graph/labels';
import { pointOnPath } from '../edgePoint';
import { ChangedEdgesContext } from '../changeMarks';
import { EDGE_STROKE, QUIET_STROKE, SELECTED_COLOR, SHARED_STROKE } from '../edgeStyles';
import type { FlowEdge } from '../flowTypes';
import { MountLabel } from './MountLabel';

/**
 * Every edge of the pod graph; mount edges carry a clickable label pill, a Service's edge the
 * port it sends to, next to the container it reaches. The pills go to the
 * viewport portal, which React Flow puts after the nodes, so Tab reaches the nodes first and
 * then the mounts (the edge label layer comes before the nodes).
 */
export const GraphEdgeView = memo(function GraphEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  // Compare mode: an added edge in the added colour, a removed one (a ghost's) dashed and faded.
  const change = useContext(ChangedEdgesContext)?.get(data?.edge.id ?? '');
  if (!data) return null;
  const { edge, shared } = data;
  const base = data.quiet ? QUIET_STROKE : shared ? SHARED_STROKE : EDGE_STROKE[edge.kind];
  const style = {
    stroke: selected ? SELECTED_COLOR : base.color,
    strokeWidth: selected ? base.width + 1.5 : base.width,
    strokeDasharray: change === 'removed' ? '6 4' : base.dash,
    ...(change && { stroke: change === 'added' ? '#059669' : '#dc2626' }),
    ...(change === 'removed' && { opacity: 0.7 }),
  };
  const label = edgeLabel(edge);
  const at = pointOnPath(path, data.labelAt) ?? { x: labelX, y: labelY };
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={14} />
      {edge.kind === 'targets' && label !== undefined && (
        <ViewportPortal>
          <TargetPortLabel
            text={label}
            port={`${edge.containerPort ?? edge.targetPort ?? edge.port ?? '?'}/${edge.protocol}`}
            dimmed={data.dimmed ?? false}
            at={pointOnPath(path, 0.8) ?? at}
          />
        </ViewportPortal>
      )}
      {edge.kind === 'mount' && label !== undefined && (
        <ViewportPortal>
          <MountLabel
            edgeId={id}
            text={label}
            description={data.description}
            readOnly={edge.readOnly}
            shared={shared}
            quiet={data.quiet ?? false}
            selected={selected ?? false}
            dimmed={data.dimmed ?? false}
            x={at.x}
            y={at.y}
          />
        </ViewportPortal>
      )}
    </>
  );
});

/** `80 → 8080`: where a Service's port arrives, drawn close to the container that declares it. */
function TargetPortLabel(props: {
  text: string;
  port: string;
  dimmed: boolean;
  at: { x: number; y: number };
}) {
  return (
    <div
      aria-hidden="true"
      data-service-port={props.port}
      style={{ transform: `translate(-50%, -50%) translate(${props.at.x}px, ${props.at.y}px)` }}
      className={`pointer-events-none absolute z-[5] rounded-full border bg-white px-2 font-mono text-[14px] leading-[22px] whitespace-nowrap dark:bg-slate-900 ${props.dimmed ? 'border-slate-200 text-[#5b6678] dark:border-slate-800 dark:text-slate-400' : 'border-cyan-600 text-cyan-900 shadow-sm dark:border-cyan-400 dark:text-cyan-100'}`}
    >
      {props.text}
    </div>
  );
}
