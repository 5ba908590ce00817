import { memo } from 'react';
import { BaseEdge, getBezierPath, ViewportPortal, type EdgeProps } from '@xyflow/react';
import { edgeLabel } from '../../../src/graph/labels';
import { pointOnPath } from '../edgePoint';
import { EDGE_STROKE, QUIET_STROKE, SELECTED_COLOR, SHARED_STROKE } from '../edgeStyles';
import type { FlowEdge } from '../flowTypes';
import { MountLabel } from './MountLabel';

/**
 * Every edge of the pod graph; mount edges carry a clickable label pill. The pills go to the
 * viewport portal, which React Flow puts after the nodes, so Tab reaches the nodes first and
 * then the mounts (the edge label layer comes before the nodes).
 */
export const GraphEdgeView = memo(function GraphEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  if (!data) return null;
  const { edge, shared } = data;
  const base = data.quiet ? QUIET_STROKE : shared ? SHARED_STROKE : EDGE_STROKE[edge.kind];
  const style = {
    stroke: selected ? SELECTED_COLOR : base.color,
    strokeWidth: selected ? base.width + 1.5 : base.width,
    strokeDasharray: base.dash,
  };
  const label = edgeLabel(edge);
  const at = pointOnPath(path, data.labelAt) ?? { x: labelX, y: labelY };
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={14} />
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
